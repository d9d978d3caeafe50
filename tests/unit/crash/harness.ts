// The crash harness: runs one operation of the app in a child process (child.ts), measures how long
// the operation itself takes, then SIGKILLs it again and again at seeded uniform random moments of that
// duration, each time on a fresh copy of the same starting folder. After every kill it checks what a
// user would find: the database file is there, passes PRAGMA integrity_check, holds exactly the old
// content or exactly what a complete run leaves, the app opens it, and whatever the app lists
// (backups, issued documents) is whole. Seed and moments are logged so a failure can be replayed with
// TDKT_CRASH_SEED.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { seededRandom } from '../../../core/demo/random.ts';
import { TdktApp } from '../../../core/app.ts';
import { verifyDatabaseFile } from '../../../db/verify.ts';
import { databaseDigest, ROOT, tableCounts, tempDir } from '../helpers.ts';
import type { Operation } from './operation.ts';

export const DB_NAME = 'tdkt.sqlite';
/** Per crash test: 20+ child processes on a 2-core machine shared with other runs. */
export const CRASH_TIMEOUT_MS = 180_000;
const NODE = join(ROOT, 'node_modules/.bin/node');
const CHILD = join(ROOT, 'tests/unit/crash/child.ts');

export interface DbState {
  exists: boolean;
  integrity: string;
  version: number;
  digest: string;
  counts: Record<string, number>;
}

/** What the file holds, read the way SQLite recovers it (a hot WAL is replayed). */
export function inspect(dbPath: string): DbState {
  if (!existsSync(dbPath)) return { exists: false, integrity: '', version: -1, digest: '', counts: {} };
  const raw = new BetterSqlite3(dbPath, { fileMustExist: true });
  try {
    const integrity = (raw.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ');
    return {
      exists: true,
      integrity,
      version: raw.pragma('user_version', { simple: true }) as number,
      digest: databaseDigest(raw),
      counts: tableCounts(raw),
    };
  } finally {
    raw.close();
  }
}

/** A fresh copy of a starting folder (the database and its data folder). */
export function copyOf(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-crash-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

interface Run {
  /** The operation's length as the child measured it (READY to DONE), or until the kill. */
  ms: number;
  killed: boolean;
  code: number | null;
  stderr: string;
}

/** Runs the operation; kills it `killAfterMs` after it started, or lets it finish. */
export function runOperation(task: Operation, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(NODE, [CHILD, JSON.stringify(task)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let started = 0;
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!started && stdout.includes('READY\n')) {
        started = performance.now();
        if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const done = /DONE ([\d.]+)\n/u.exec(stdout);
      const ms = done ? Number(done[1]) : started ? performance.now() - started : 0;
      resolve({ ms, killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

/** TDKT_CRASH_SEED replays a run; otherwise every run tries new moments. */
export function crashSeed(): number {
  const given = Number(process.env.TDKT_CRASH_SEED);
  return Number.isInteger(given) && given > 0 ? given : Date.now() % 2_147_483_647;
}

/** The database file inside a backup entry: the file itself, or the .sqlite inside a folder or a .zip. */
function databaseInBackup(path: string, scratch: string): string {
  if (statSync(path).isDirectory()) {
    const name = readdirSync(path).find((n) => n.endsWith('.sqlite'));
    if (!name) throw new Error('thư mục sao lưu không có tệp .sqlite');
    return join(path, name);
  }
  if (path.endsWith('.zip')) {
    const entries = unzipSync(readFileSync(path));
    const name = Object.keys(entries).find((n) => n.endsWith('.sqlite'));
    if (!name) throw new Error('tệp .zip sao lưu không có tệp .sqlite');
    const out = join(scratch, basename(name));
    writeFileSync(out, entries[name]);
    return out;
  }
  return path;
}

/** Problems with the backups the app lists: each must verify in full and hold one of `allowed` digests. */
export async function listedBackupProblems(app: TdktApp, allowed: string[]): Promise<string[]> {
  const problems: string[] = [];
  const scratch = tempDir('tdkt-crash-backup-');
  for (const entry of await app.invoke('backup.list', {})) {
    try {
      const file = databaseInBackup(entry.path, scratch);
      verifyDatabaseFile(file, { integrity: 'full' });
      const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      const digest = databaseDigest(raw);
      raw.close();
      if (!allowed.includes(digest)) problems.push(`bản sao lưu "${entry.name}" chứa dữ liệu khác cả cũ lẫn mới`);
    } catch (error) {
      problems.push(`bản sao lưu "${entry.name}" được liệt kê nhưng không dùng được: ${(error as Error).message}`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  return problems;
}

/** Problems with the register: every issued document's file is there, with the hash recorded for it. */
export async function registerProblems(app: TdktApp): Promise<string[]> {
  const problems: string[] = [];
  for (const doc of await app.invoke('documents.list', {})) {
    if (!existsSync(doc.path)) problems.push(`văn bản ${doc.numberText} có trong sổ nhưng không có tệp ${doc.fileName}`);
    else if (createHash('sha256').update(readFileSync(doc.path)).digest('hex') !== doc.fileHash) {
      problems.push(`tệp của văn bản ${doc.numberText} (${doc.fileName}) không khớp mã băm trong sổ`);
    }
  }
  return problems;
}

/** Files a killed run left behind under a temporary-looking name (reported, not failed: nothing lists them). */
export function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tmp$|\.tam$|-journal$|\.partial$|^\./u.test(e.name)) found.push(relative(dir, p));
    }
  };
  walk(dir);
  return found;
}

export interface CrashSpec {
  name: string;
  /** The starting folder, copied afresh for every run. */
  template: string;
  /** The operation on the database of a copy; `variant` cycles through 0..variants-1. */
  task(dbPath: string, variant: number): Operation;
  variants?: number;
  kills: number;
  /** What else a user would see after a run, with the app open on the copy. */
  check?(app: TdktApp, ctx: { old: DbState; done: DbState[]; dir: string }): Promise<string[]>;
}

export interface CrashReport {
  failures: string[];
  log: string[];
  kills: number;
  finishedAnyway: number;
  /** Median length of the complete runs seen so far, per variant (ms). */
  durations: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Everything wrong with the state a run left in `dir`, measured against the old and the complete states. */
async function judge(spec: CrashSpec, dir: string, old: DbState, done: DbState[], variant: number, deterministic: boolean) {
  const problems: string[] = [];
  const dbPath = join(dir, DB_NAME);
  const state = inspect(dbPath);
  if (!state.exists) return { problems: ['tệp dữ liệu đã mất'], which: 'mất' };
  if (state.integrity !== 'ok') problems.push(`PRAGMA integrity_check: ${state.integrity.slice(0, 200)}`);
  const target = done[variant];
  const isOld = state.digest === old.digest;
  const isNew = deterministic
    ? state.digest === target.digest
    : state.version === target.version && JSON.stringify(state.counts) === JSON.stringify(target.counts);
  const which = isOld ? 'cũ' : isNew ? 'mới' : 'khác';
  if (!isOld && !isNew) {
    const diff = Object.keys({ ...old.counts, ...target.counts, ...state.counts })
      .filter((t) => state.counts[t] !== target.counts[t] || state.counts[t] !== old.counts[t])
      .map((t) => `${t}: ${state.counts[t] ?? '-'} (cũ ${old.counts[t] ?? '-'}, mới ${target.counts[t] ?? '-'})`);
    problems.push(`dữ liệu không phải bản cũ cũng không phải bản mới (v${state.version}; ${diff.join(', ') || 'cùng số dòng, khác nội dung'})`);
  }
  let app: TdktApp | undefined;
  try {
    app = new TdktApp({ dbPath, create: false });
  } catch (error) {
    problems.push(`ứng dụng không mở được tệp: ${(error as Error).message}`);
  }
  if (app) {
    try {
      problems.push(...((await spec.check?.(app, { old, done, dir })) ?? []));
    } finally {
      app.close();
    }
  }
  return { problems, which };
}

export async function crashLoop(spec: CrashSpec): Promise<CrashReport> {
  const seed = crashSeed();
  const rnd = seededRandom(seed);
  const variants = spec.variants ?? 1;
  const report: CrashReport = { failures: [], log: [], kills: 0, finishedAnyway: 0, durations: [] };
  const scratch = copyOf(spec.template);
  const old = inspect(join(scratch, DB_NAME));
  rmSync(scratch, { recursive: true, force: true });

  // Two complete runs per variant: their end state is "the new", their length spreads the kills. Every
  // later run that finishes before its moment adds its length too: on a busy machine one slow run
  // would otherwise stretch the moments past most runs' end.
  const done: DbState[] = [];
  const lengths: number[][] = [];
  let deterministic = true;
  for (let v = 0; v < variants; v++) {
    lengths[v] = [];
    const ends: DbState[] = [];
    for (let k = 0; k < 2; k++) {
      const dir = copyOf(spec.template);
      const run = await runOperation(spec.task(join(dir, DB_NAME), v));
      if (run.code !== 0) throw new Error(`${spec.name}: a complete run failed (${run.code}): ${run.stderr}`);
      lengths[v].push(run.ms);
      report.durations[v] = median(lengths[v]);
      ends.push(inspect(join(dir, DB_NAME)));
      if (k === 0) {
        done[v] = ends[0];
        const { problems } = await judge(spec, dir, old, done, v, true);
        report.failures.push(...problems.map((p) => `chạy trọn vẹn (biến thể ${v}): ${p}`));
      }
      rmSync(dir, { recursive: true, force: true });
    }
    deterministic &&= ends[0].digest === ends[1].digest;
  }
  report.log.push(
    `${spec.name}: seed ${seed}; complete run ${report.durations.map((d) => `${d.toFixed(0)} ms`).join(' / ')}; ` +
      `${deterministic ? 'same end state every time' : 'end state varies: compared by row counts'}`,
  );

  // Fractions are drawn up front, in order, so a seed replays the same ones whatever finishes first.
  // Runs that finish before their moment do not count as kills.
  const fractions = Array.from({ length: spec.kills * 4 }, () => rnd.next());
  // Two children at a time (the machine has two cores and a child mostly waits on its own start-up),
  // and no judging while a child runs: the checks are synchronous and would delay the kill timers.
  for (let attempt = 0; report.kills < spec.kills && attempt < fractions.length; attempt += 2) {
    const batch = [attempt, attempt + 1].filter((i) => i < fractions.length).map((i) => {
      const variant = i % variants;
      const length = report.durations[variant];
      const dir = copyOf(spec.template);
      return { i, variant, length, dir, delay: fractions[i] * length };
    });
    const runs = await Promise.all(batch.map((b) => runOperation(spec.task(join(b.dir, DB_NAME), b.variant), b.delay)));
    for (const [k, b] of batch.entries()) {
      const run = runs[k];
      if (run.killed) report.kills++;
      else {
        report.finishedAnyway++;
        if (run.code === 0) lengths[b.variant].push(run.ms);
        report.durations[b.variant] = median(lengths[b.variant]);
      }
      const { problems, which } = await judge(spec, b.dir, old, done, b.variant, deterministic);
      const rest = leftovers(b.dir);
      const line =
        `#${b.i} v${b.variant} kill at ${fractions[b.i].toFixed(3)} × ${b.length.toFixed(0)} ms = ${b.delay.toFixed(0)} ms: ` +
        `${run.killed ? 'killed' : `finished (${run.code})`}, data ${which}${rest.length ? `, left: ${rest.join(', ')}` : ''}`;
      report.log.push(line);
      report.failures.push(...problems.map((p) => `${line}\n    ${p}`));
      rmSync(b.dir, { recursive: true, force: true });
    }
  }
  const lengthsNow = report.durations.map((d) => `${d.toFixed(0)} ms`).join(' / ');
  console.log(
    `${report.log.join('\n')}\n${spec.name}: ${report.kills} kills, ${report.finishedAnyway} finished first ` +
      `(median complete run now ${lengthsNow}), ${report.failures.length} problems`,
  );
  return report;
}
