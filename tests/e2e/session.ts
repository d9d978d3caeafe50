// How a screen test file opens the app: one host and browser for the whole file, at the office screen,
// working as the demo's own city, with the data it needs put in through the API before the first
// screen; a picture of the screen a test failed on; everything stopped and removed at the end.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Running, SHOTS, startApp } from './host.ts';
import { createUi } from './ui.ts';

/** The agency the documents are headed with: the city the demo data comes from. */
export const THU_DUC = {
  parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
  name: 'Ủy ban nhân dân thành phố Thủ Đức',
  locality: 'Thủ Đức',
  abbreviation: 'UBND',
};

export interface SessionOptions {
  /** Where this file keeps its pictures. */
  shots?: string;
  /** Sets the agency to THU_DUC (default) before anything else. */
  agency?: boolean;
  /** Loads the demo data (default). */
  demo?: boolean;
  /** The window; 1366×768, the usual office screen, by default. */
  viewport?: { width: number; height: number };
  timeoutMs?: number;
  /** Data the file's tests need, through the API, once the demo is in. */
  prepare?(app: Running): Promise<void>;
  /** The page to open first (a hash route such as '#/van-ban') and the test id that shows it is drawn. */
  route?: string;
  /** null: the test file waits for its own first screen. */
  ready?: string | null;
  cleanup?(): void;
}

/** Registers the file's hooks; `opened` receives the running app first, before `prepare` and any test. */
export function openSession(options: SessionOptions, opened: (app: Running) => void): void {
  let app: Running | undefined;
  const shots = options.shots ?? SHOTS;
  const { shotIfFailed } = createUi(() => app!.page, shots);

  beforeAll(async () => {
    app = await startApp(shots);
    opened(app);
    const { page } = app;
    await page.setViewportSize(options.viewport ?? { width: 1366, height: 768 });
    page.setDefaultTimeout(options.timeoutMs ?? 15_000);
    if (options.agency ?? true) await app.api('settings.saveAgency', THU_DUC);
    if (options.demo ?? true) await app.api('demo.load', {});
    await options.prepare?.(app);
    await page.goto(`${app.url}${options.route ?? ''}`);
    const ready = options.ready === undefined ? 'dashboard' : options.ready;
    if (ready !== null) await page.getByTestId(ready).waitFor();
  });

  afterEach(async ({ task }) => {
    if (app) await shotIfFailed(task);
  });

  afterAll(async () => {
    await app?.stop();
    options.cleanup?.();
  });
}
