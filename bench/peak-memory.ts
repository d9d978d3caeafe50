// Peak memory of one router call, measured in a fresh process so that nothing an earlier run left in
// the heap (or a high-water mark it set) is counted: the parent spawns this file once per measurement;
// the child opens the database, settles, notes its RSS high-water mark, makes the call and reports
// the new mark. "Above baseline" is the difference: what the call itself needed at its worst.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TdktApp } from '../core/app.ts';

const NODE = join(import.meta.dirname, '../node_modules/.bin/node');

export interface PeakMemory {
  /** RSS high-water mark before the call, MB. */
  baselineMb: number;
  /** RSS high-water mark after the call, MB. */
  peakMb: number;
  ms: number;
}

/** Runs `method(args)` on `dbPath` in a child process and returns its memory figures. */
export function measurePeakMemory(dbPath: string, dataDir: string, method: string, args: unknown): PeakMemory {
  const out = execFileSync(NODE, ['--expose-gc', import.meta.filename, dbPath, dataDir, method, JSON.stringify(args)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as PeakMemory;
}

const mb = () => process.resourceUsage().maxRSS / 1024;

if (import.meta.main) {
  const [dbPath, dataDir, method, args] = process.argv.slice(2);
  const app = new TdktApp({ dbPath, dataDir });
  // Modules loaded, statements compiled, the file's pages read once: what any open app already holds.
  await app.invoke('campaigns.list', {});
  globalThis.gc?.();
  const baselineMb = mb();
  const t0 = performance.now();
  const env = await app.call(method, JSON.parse(args));
  const ms = performance.now() - t0;
  const peakMb = mb();
  app.close();
  if (!env.ok) throw new Error(`${method} failed: ${env.error.message}`);
  process.stdout.write(JSON.stringify({ baselineMb, peakMb, ms } satisfies PeakMemory));
}
