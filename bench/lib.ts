// Shared by every benchmark: timing, the result shape the runner prints, and the standalone entry.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  median: number;
  unit: 'ms' | 'MB';
  /** The figure must be at most this. */
  target: number;
  /** Shown in the table only: the JSON form is fixed to name/median/unit/target. */
  note?: string;
}

export interface BenchOptions {
  /** Progress goes to stderr so that `--json` keeps stdout to the JSON array alone. */
  log: (message: string) => void;
}

export const defaultOptions: BenchOptions = {
  log: (message) => process.stderr.write(`${message}\n`),
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Warm-ups first (statement preparation, JIT, page cache), then the timed runs. */
export async function timeRuns(runs: number, warmups: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Like timeRuns, with the CPU time the process itself spent in each run (user + system). On a machine
 * others load, wall time waits for the cores; CPU time mostly does not, so it says what a quiet
 * machine would show. Only meaningful for work done on this process's own threads.
 */
export async function timeRunsWithCpu(runs: number, warmups: number, fn: () => unknown): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmups; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `tdkt-bench-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatLine(r: BenchResult): string {
  if (Number.isNaN(r.median)) return `${r.name}: no figure (target ≤ ${r.target.toLocaleString('en-US')} ${r.unit}) FAILED${r.note ? ` [${r.note}]` : ''}`;
  const ok = r.median <= r.target;
  const note = r.note ? ` [${r.note}]` : '';
  return `${r.name}: median ${fmt.format(r.median)} ${r.unit} (target ≤ ${r.target.toLocaleString('en-US')} ${r.unit}) ${ok ? 'OK' : 'MISSED'}${note}`;
}

export function printResults(results: readonly BenchResult[], json: boolean): void {
  if (json) {
    const plain = results.map(({ name, median, unit, target }) => ({ name, median, unit, target }));
    process.stdout.write(`${JSON.stringify(plain, null, 2)}\n`);
    return;
  }
  for (const r of results) process.stdout.write(`${formatLine(r)}\n`);
  // Other sessions share this machine: a busy core inflates every figure, so say how busy it was.
  process.stdout.write(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min)\n`);
  const missed = results.filter((r) => !(r.median <= r.target)).length;
  process.stdout.write(missed ? `${missed} of ${results.length} targets MISSED or FAILED\n` : `all ${results.length} targets met\n`);
}

/** `node bench/x.ts [--json]`: a missed target is reported, not an error, so the exit code stays 0. */
export async function runStandalone(bench: (options: BenchOptions) => Promise<BenchResult[]>): Promise<void> {
  const json = process.argv.includes('--json');
  printResults(await bench(defaultOptions), json);
}
