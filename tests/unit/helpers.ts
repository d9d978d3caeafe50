import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TdktApp } from '../../core/app.ts';

export function tempDir(prefix = 'tdkt-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh app on a real database file in its own folder; `now` is fixed so dates are predictable. */
export function freshApp(now = '2021-04-20T03:00:00.000Z'): TdktApp {
  const dir = tempDir();
  return new TdktApp({ dbPath: join(dir, 'tdkt.sqlite'), now: () => new Date(now) });
}

export async function demoApp(now?: string): Promise<TdktApp> {
  const app = freshApp(now);
  await app.invoke('demo.load', {});
  return app;
}

/** Calls a method expecting a refusal; returns the envelope's error. */
export async function refusal(app: TdktApp, method: string, args: unknown) {
  const env = await app.call(method, args);
  if (env.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(env.result).slice(0, 200)}`);
  return env.error;
}

export const ROOT = join(import.meta.dirname, '../..');
