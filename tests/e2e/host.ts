// The browser host as a real child process on a fresh database, and Debian's Chromium driving it. The
// web cold-start benchmark starts the host and the browser through here too, so both measure and test
// the same start.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_HOST_BUNDLE } from '../../build/bundle-web-host.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = join(ROOT, 'test-output/e2e');

/** Launch options for Debian's Chromium, in its own new headless mode so playwright adds no headless flag of its own. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const START_TIMEOUT_MS = 30_000;

export interface Host {
  url: string;
  stop(): Promise<void>;
}

export interface Running {
  url: string;
  page: Page;
  /** The host's API as the page calls it, for setting up data without clicking through screens. */
  api(method: string, args?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  // The host closes its database on SIGTERM; one that hangs is not left running.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * `npm run web`'s server, the bundle build/bundle-web-host.ts writes (`npm run test:e2e` builds it
 * first), on `dbPath`; ready once it prints its URL. `staticDir` replaces out/web.
 */
export function startHost(dbPath: string, staticDir?: string): Promise<Host> {
  const args = [WEB_HOST_BUNDLE, '--db', dbPath, '--port', '0'];
  if (staticDir) args.push('--static', staticDir);
  // node_modules/.bin/node is the pinned Node 24; a bare `node` here is Node 20.
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${why}\nstdout: ${out}\nstderr: ${err}`));
    };
    const timer = setTimeout(() => fail(`Máy chủ không in địa chỉ sau ${START_TIMEOUT_MS / 1000} giây.`), START_TIMEOUT_MS);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /TĐKT: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/u.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ url: m[1], stop: () => stopChild(child) });
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.once('exit', (code) => fail(`Máy chủ dừng (mã ${code}).`));
    child.once('error', (e) => fail(`Không chạy được máy chủ: ${e.message}`));
  });
}

/** Removes the files directly in `dir`, not its folders: each test file cleans only its own pictures. */
function emptyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) rmSync(join(dir, entry.name), { force: true });
  }
}

async function callApi(url: string, method: string, args: unknown): Promise<unknown> {
  const base = new URL(url);
  const response = await fetch(new URL(`/api/${method}`, base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${base.searchParams.get('token')}` },
    body: JSON.stringify(args ?? {}),
  });
  const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.result;
}

/** `shots` is where this test file keeps its pictures; only this run's are left there. */
export async function startApp(shots = SHOTS): Promise<Running> {
  emptyFolder(shots);
  const work = mkdtempSync(join(tmpdir(), 'tdkt-e2e-'));
  const host = await startHost(join(work, 'e2e.sqlite'));
  let context: BrowserContext | undefined;
  const stop = async () => {
    await context?.close().catch(() => {});
    await host.stop();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
      ...CHROMIUM,
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return { url: host.url, page, api: (method, args) => callApi(host.url, method, args), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
