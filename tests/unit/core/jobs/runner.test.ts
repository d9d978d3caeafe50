// The runner with its real worker thread and the real zip task: progress in order up to the total, files
// that read back, cancel that leaves nothing behind, failures in Vietnamese with the worker still usable,
// a worker that ran out of memory replaced, and a main thread that keeps ticking while the worker works.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../../core/api/types.ts';
import type { Context } from '../../../../core/context.ts';
import { listZip, readZipEntry } from '../../../../core/files/zip.ts';
import { JobRunner, type RunnerOptions } from '../../../../core/jobs/runner.ts';
import type { MadeFile } from '../../../../core/jobs/task.ts';
import { sampleEntries, sampleText, ZIP_FOLDER, zipJob } from '../../../fixtures/jobs/zip-job.ts';
import { freshApp } from '../../helpers.ts';

const entries = sampleEntries;

interface Harness {
  ctx: Context;
  runner: JobRunner;
  events: JobInfo[];
  outDir: string;
  finished: string[];
  /** The events the runner logged, by their `event` field. */
  logged: string[];
  /** A zip job of `files` into <data>/nen/<archive>. */
  zip(files: MadeFile[], archive?: string, level?: number): string;
  /** Resolves with the job once it leaves 'dang_chay' (or once `until` holds). */
  wait(id: string, until?: (info: JobInfo) => boolean): Promise<JobInfo>;
}

const open: Array<() => void> = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

function harness(options: Partial<RunnerOptions> = {}): Harness {
  const app = freshApp();
  const events: JobInfo[] = [];
  const logged: string[] = [];
  const log = app.log;
  const warn = log.warn.bind(log);
  // Keeps logging for real and notes what was logged, so a test can tell a terminated worker from one
  // that simply finished its task, whatever the machine's speed.
  log.warn = ((obj: unknown, ...rest: unknown[]) => {
    if (obj && typeof obj === 'object' && 'event' in obj) logged.push(String((obj as { event: unknown }).event));
    return (warn as (...a: unknown[]) => void)(obj, ...rest);
  }) as typeof log.warn;
  const waiters: Array<() => void> = [];
  const runner = new JobRunner({
    ...options,
    emit: (info) => {
      events.push(info);
      for (const w of waiters.splice(0)) w();
    },
    log: app.log,
  });
  open.push(() => {
    runner.close();
    app.close();
  });
  const ctx: Context = { conn: app.connection, dataDir: app.dataDir, reopen() {}, now: () => new Date(), jobs: runner };
  const outDir = join(app.dataDir, ZIP_FOLDER);
  const finished: string[] = [];
  const h: Harness = {
    ctx,
    runner,
    events,
    outDir,
    finished,
    logged,
    zip(files, archive = 'goi.zip', level = 6) {
      return runner.start(ctx, zipJob(files, archive, level, (a) => finished.push(a)));
    },
    wait(id, until = (info) => info.state !== 'dang_chay') {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`job ${id} still ${JSON.stringify(runner.get(id))}`)), 30_000);
        const check = () => {
          const info = runner.get(id);
          if (until(info)) {
            clearTimeout(timer);
            resolve(info);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
  return h;
}

describe('the jobs runner', () => {
  it('runs the zip task in the worker: progress in order up to the total, the archive written in the data folder', async () => {
    const h = harness();
    const files = entries(12, 200_000);
    const copies = files.map((f) => f.bytes.slice());
    const id = h.zip(files);
    // The input's buffers were moved to the worker, not copied.
    expect(files[0].bytes.byteLength).toBe(0);
    const info = await h.wait(id);
    expect(info.state).toBe('xong');
    const mine = h.events.filter((e) => e.id === id);
    const done = mine.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const last = mine.filter((e) => e.state === 'dang_chay').at(-1)!;
    expect(last.done).toBe(12);
    expect(mine.some((e) => e.label === 'Đang nén 12/12 tệp')).toBe(true);
    expect(info.label).toBe('Đã nén xong 12 tệp');
    expect(info.finishedAt).not.toBeNull();
    const archive = join(h.outDir, 'goi.zip');
    expect(info.files).toEqual([{ name: 'goi.zip', path: archive, bytes: expect.any(Number) }]);
    const read = listZip(archive).map((entry) => {
      const chunks: Uint8Array[] = [];
      readZipEntry(archive, entry, (c) => chunks.push(c.slice()));
      return { name: entry.name, bytes: Buffer.concat(chunks) };
    });
    expect(read.map((r) => r.name)).toEqual(files.map((f) => f.name));
    expect(read.map((r, i) => Buffer.compare(r.bytes, Buffer.from(copies[i])))).toEqual(copies.map(() => 0));
  });

  it('formats large counts the Vietnamese way in the label', async () => {
    const h = harness();
    const id = h.zip(Array.from({ length: 1500 }, (_, i) => ({ name: `t${i}.txt`, bytes: new Uint8Array([i % 256]) })), 'nhieu.zip', 0);
    const info = await h.wait(id);
    expect(info.label).toBe('Đã nén xong 1.500 tệp');
    expect(h.events.filter((e) => e.id === id).some((e) => /^Đang nén [\d.]+\/1\.500 tệp$/u.test(e.label))).toBe(true);
  });

  it('cancelled mid-way: state da_huy, finish never runs, no file and no temporary file; the next job runs at once', async () => {
    const h = harness();
    const id = h.zip(entries(60, 300_000), 'huy.zip');
    await h.wait(id, (i) => i.done >= 1);
    const cancelled = h.runner.cancel(id);
    expect(cancelled.state).toBe('da_huy');
    expect(cancelled.label).toMatch(/^Đã hủy khi được \d+\/60 tệp; không tệp nào được ghi$/u);
    const done = cancelled.done;
    expect(done).toBeLessThan(60);
    // The worker stops at its next step (the flag is read at every progress call), so the next job
    // finishes long before the cancelled one would have.
    const started = performance.now();
    const next = await h.wait(h.zip(entries(2, 1000), 'sau.zip'));
    expect(next.state).toBe('xong');
    expect(performance.now() - started).toBeLessThan(1500);
    const after = h.runner.get(id);
    expect(after.state).toBe('da_huy');
    expect(after.done).toBe(done);
    expect(after.files).toEqual([]);
    expect(h.finished).toEqual(['sau.zip']);
    expect(readdirSync(h.outDir)).toEqual(['sau.zip']);
  });

  it('cancelling a job that waits its turn takes it out of the queue; cancelling a finished job changes nothing', async () => {
    const h = harness();
    const first = h.zip(entries(8, 200_000), 'mot.zip');
    const second = h.zip(entries(2, 1000), 'hai.zip');
    expect(h.runner.get(second).label).toBe('Đang chờ để nén 2 tệp');
    expect(h.runner.cancel(second).state).toBe('da_huy');
    expect((await h.wait(first)).state).toBe('xong');
    expect(h.runner.cancel(first).state).toBe('xong');
    expect(h.finished).toEqual(['mot.zip']);
  });

  it('a task that ignores its signal is terminated after the grace time, and a fresh worker takes the next job', async () => {
    const h = harness({ cancelGraceMs: 100 });
    // One big entry at level 9 is one long zlib call: nothing in it looks at the signal.
    const id = h.zip([{ name: 'lon.txt', bytes: sampleText(6 << 20, 7) }], 'lon.zip', 9);
    await h.wait(id, () => h.events.some((e) => e.id === id && e.label.startsWith('Đang nén 0/1')));
    h.runner.cancel(id);
    const next = await h.wait(h.zip(entries(1, 1000), 'nhanh.zip'));
    expect(next.state).toBe('xong');
    // Not a stopwatch (a loaded machine takes seconds to start a worker): the runner says it terminated
    // the worker, which a task left to finish its zlib call would never make it say.
    expect(h.logged).toContain('job-terminated');
    expect(existsSync(join(h.outDir, 'lon.zip'))).toBe(false);
    expect(readdirSync(h.outDir)).toEqual(['nhanh.zip']);
  });

  it('a task that throws gives loi with its Vietnamese message, and the worker runs the next job', async () => {
    const h = harness();
    const bad = await h.wait(h.zip([{ name: 'a.txt', bytes: new Uint8Array(3) }, { name: 'A.txt', bytes: new Uint8Array(3) }], 'loi.zip'));
    expect(bad.state).toBe('loi');
    expect(bad.label).toBe('Không nén được tệp');
    expect(bad.error).toEqual({ code: 'invalid', message: 'Tệp "A.txt" có hai lần trong tệp nén; mỗi tệp cần một tên riêng.', fields: undefined });
    expect(bad.files).toEqual([]);
    const good = await h.wait(h.zip(entries(3, 1000), 'tot.zip'));
    expect(good.state).toBe('xong');
    expect(readdirSync(h.outDir)).toEqual(['tot.zip']);
  });

  it('a failing finish is loi in Vietnamese (a bug: "Lỗi không mong đợi" with a reference), never a stack', async () => {
    const h = harness();
    const id = h.runner.start(h.ctx, {
      kind: 'nen_tep',
      task: 'zip',
      input: { archiveName: 'x.zip', entries: entries(1, 100) },
      total: 1,
      wording: { verb: 'nén', noun: 'tệp' },
      finish: () => ['/etc/passwd'],
    });
    const info = await h.wait(id);
    expect(info.state).toBe('loi');
    expect(info.error?.code).toBe('internal');
    expect(info.error?.message).toMatch(/^Lỗi không mong đợi, việc này chưa làm được \(mã tra cứu [0-9a-f]{8}\)/u);
    expect(info.error?.message).not.toMatch(/passwd|Error|at /u);
  });

  it('keeps the main thread responsive (a 10 ms timer ticks ≤ 50 ms apart) while the worker compresses for over a second', async () => {
    const h = harness();
    const files = entries(24, 1 << 20);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const info = await h.wait(h.zip(files, 'nang.zip', 9));
    const took = performance.now() - started;
    clearInterval(timer);
    expect(info.state).toBe('xong');
    expect(took).toBeGreaterThan(1000);
    const sorted = [...gaps].sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const figures = `${took.toFixed(0)} ms of work: ${gaps.length} ticks, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
    console.log(`main thread during a job: ${figures}`);
    // The two cores here are shared with other test processes: at a load of 9, a plain busy thread
    // beside this one gave the odd tick of 52–146 ms too. So the bound holds for 95 % of the ticks, and
    // no tick comes near the length of the work, as one would if the work ran on this thread.
    expect(at(0.95), figures).toBeLessThanOrEqual(50);
    expect(at(1), figures).toBeLessThan(took / 4);
    // Throttled: at most about 20 progress events a second, whatever the task reports.
    expect(h.events.filter((e) => e.state === 'dang_chay').length).toBeLessThanOrEqual(Math.ceil(took / 50) + 4);
  });

  it('forgets finished jobs after the keep time, with a Vietnamese not-found', async () => {
    let now = Date.parse('2021-04-20T03:00:00Z');
    const h = harness({ now: () => new Date(now), keepMinutes: 30 });
    const id = h.zip(entries(1, 100));
    await h.wait(id);
    now += 29 * 60_000;
    expect(h.runner.list().map((j) => j.id)).toEqual([id]);
    now += 2 * 60_000;
    expect(h.runner.list()).toEqual([]);
    expect(() => h.runner.get(id)).toThrow('Không tìm thấy việc này (có thể đã xong từ lâu hoặc chương trình đã được mở lại).');
  });

  it('a worker that runs out of memory fails its job in Vietnamese and is replaced for the next one', async () => {
    const h = harness({ resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 } });
    // Every entry is an object of its own in the worker's heap once the message is read there.
    const many = Array.from({ length: 60_000 }, (_, i) => ({ name: `${'giấy khen '.repeat(100)}${i}.txt`, bytes: new Uint8Array(1) }));
    const oom = await h.wait(h.zip(many, 'qua-lon.zip', 0));
    expect(oom.state).toBe('loi');
    expect(oom.error?.message).toBe('Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác rồi thử lại.');
    const good = await h.wait(h.zip(entries(2, 1000), 'sau.zip'));
    expect(good.state).toBe('xong');
  });
});
