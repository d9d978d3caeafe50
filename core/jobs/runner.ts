// Long work off the main thread. A job is three steps: the caller prepares plain input on the main thread
// (it alone may read the database: db/open.ts holds SQLite in EXCLUSIVE mode, so not even a worker
// thread can open it), a task turns it into bytes in the worker, and `finish` writes the files and rows
// back on the main thread. One worker, started on the first job and kept for the next ones, runs one job
// at a time; the others wait their turn. The table of jobs lives in memory: a finished job is forgotten
// after KEEP_MINUTES.
import { statSync } from 'node:fs';
import { basename, extname, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { notFound } from '../api/envelope.ts';
import type { JobFile, JobInfo, JobState } from '../api/types.ts';
import type { Context } from '../context.ts';
import type { Logger } from '../log/logger.ts';
import { toEnvelopeError } from '../router.ts';
import { type JobPhase, type JobWording, jobLabel } from './label.ts';
import { fromWire, transferables, type RunMessage, type WorkerMessage } from './protocol.ts';
import type { TaskInput, TaskName, TaskOutput } from './worker.ts';

export const KEEP_MINUTES = 30;
/** How long a cancelled task has to stop by itself before its worker is terminated. */
export const CANCEL_GRACE_MS = 2000;

/**
 * The worker file beside this module, with this module's own extension: worker.ts from the sources
 * (Node 24 runs it as it is), worker.mjs beside the web host's bundle, worker.js beside Electron's main
 * bundle (build/bundle-web-host.ts and electron.vite.config.ts emit it under that name).
 */
export const WORKER_URL = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

export interface JobSpec<N extends TaskName> {
  /** What the job is about ("giay_khen"), for the UI and the log. */
  kind: string;
  task: N;
  /** Given to the task in the worker. Its whole ArrayBuffers are moved there, not copied: give the job its own. */
  input: TaskInput<N>;
  total: number;
  wording: JobWording;
  /**
   * On the main thread, with the task's output: writes the files (core/jobs/files.ts stages them) and the
   * rows, and returns the full paths written, all inside the data folder. Never runs for a cancelled job.
   */
  finish(ctx: Context, output: TaskOutput<N>): Promise<string[]> | string[];
}

export interface RunnerOptions {
  /** Every change of a job, for the hosts' event streams. */
  emit(info: JobInfo): void;
  log?: Logger;
  now?: () => Date;
  cancelGraceMs?: number;
  keepMinutes?: number;
  /** For the worker thread (a smaller heap in tests of a worker that runs out of memory). */
  resourceLimits?: ResourceLimits;
  workerUrl?: URL;
}

interface Job {
  info: JobInfo;
  phase: JobPhase;
  wording: JobWording;
  ctx: Context;
  task: TaskName;
  // Let go once used: a finished job stays in the table for KEEP_MINUTES, its batch need not.
  input: unknown;
  finish: JobSpec<TaskName>['finish'] | null;
  cancel: SharedArrayBuffer;
}

const CRASH_CODES: Record<string, string> = { ERR_WORKER_OUT_OF_MEMORY: 'ENOMEM' };

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private worker: Worker | null = null;
  private current: Job | null = null;
  private graceTimer: NodeJS.Timeout | null = null;
  private readonly options: RunnerOptions;

  constructor(options: RunnerOptions) {
    this.options = options;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  start<N extends TaskName>(ctx: Context, spec: JobSpec<N>): string {
    this.forgetOld();
    const id = randomUUID();
    const job: Job = {
      info: {
        id,
        kind: spec.kind,
        state: 'dang_chay',
        done: 0,
        total: spec.total,
        label: '',
        files: [],
        error: null,
        startedAt: this.now().toISOString(),
        finishedAt: null,
      },
      phase: 'queued',
      wording: spec.wording,
      ctx,
      task: spec.task,
      input: spec.input,
      finish: spec.finish as JobSpec<TaskName>['finish'],
      cancel: new SharedArrayBuffer(4),
    };
    this.jobs.set(id, job);
    this.queue.push(job);
    this.changed(job);
    this.next();
    return id;
  }

  get(id: string): JobInfo {
    this.forgetOld();
    return this.public(this.find(id));
  }

  list(): JobInfo[] {
    this.forgetOld();
    return [...this.jobs.values()].map((job) => this.public(job));
  }

  /** Stops a waiting or running job; one already finished (or writing its files) is left as it is. */
  cancel(id: string): JobInfo {
    const job = this.find(id);
    if (job.info.state !== 'dang_chay' || job.phase === 'finishing') return this.public(job);
    if (job.phase === 'queued') {
      this.queue.splice(this.queue.indexOf(job), 1);
    } else {
      Atomics.store(new Int32Array(job.cancel), 0, 1);
      this.worker?.postMessage({ type: 'cancel' });
      const worker = this.worker;
      this.graceTimer = setTimeout(() => {
        // Still busy with it: a task that never looks at its signal does not hold the next job up.
        if (this.current === job && this.worker === worker) {
          this.options.log?.warn({ event: 'job-terminated', jobId: id, kind: job.info.kind }, 'cancelled job did not stop; worker terminated');
          this.dropWorker();
          this.release();
        }
      }, this.options.cancelGraceMs ?? CANCEL_GRACE_MS);
      this.graceTimer.unref();
    }
    this.end(job, 'da_huy');
    return this.public(job);
  }

  /** Cancels every job and stops the worker (the app is closing). */
  close(): void {
    for (const job of [...this.queue, ...(this.current ? [this.current] : [])]) if (job.info.state === 'dang_chay') this.end(job, 'da_huy');
    this.queue.length = 0;
    this.current = null;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.dropWorker();
  }

  private find(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw notFound('việc này (có thể đã xong từ lâu hoặc chương trình đã được mở lại)');
    return job;
  }

  private public(job: Job): JobInfo {
    return { ...job.info, files: job.info.files.map((f) => ({ ...f })), error: job.info.error && { ...job.info.error } };
  }

  private changed(job: Job): void {
    job.info.label = jobLabel(job.wording, job.info.state, job.phase, job.info.done, job.info.total);
    this.options.emit(this.public(job));
  }

  private end(job: Job, state: JobState): void {
    job.phase = 'ended';
    job.input = null;
    job.finish = null;
    job.info.state = state;
    job.info.finishedAt = this.now().toISOString();
    this.changed(job);
  }

  private forgetOld(): void {
    const before = this.now().getTime() - (this.options.keepMinutes ?? KEEP_MINUTES) * 60_000;
    for (const [id, job] of this.jobs) {
      if (job.info.finishedAt !== null && Date.parse(job.info.finishedAt) < before) this.jobs.delete(id);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.workerUrl ?? WORKER_URL, { resourceLimits: this.options.resourceLimits });
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onCrash(worker, error));
    worker.on('exit', (code) => this.onCrash(worker, new Error(`job worker exited with code ${code}`)));
    return worker;
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    job.phase = 'running';
    this.changed(job);
    try {
      this.worker ??= this.spawn();
      this.worker.ref();
      const message: RunMessage = { type: 'run', jobId: job.info.id, task: job.task, input: job.input, cancel: job.cancel };
      this.worker.postMessage(message, transferables(job.input));
      job.input = null;
    } catch (error) {
      // Input that cannot cross to a thread (a function, a class instance) is a bug of the caller.
      this.release();
      this.fail(job, error);
    }
  }

  /** The worker is free again: let the process exit while no job needs it, and start the next job. */
  private release(): void {
    this.current = null;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
    this.worker?.unref();
    this.next();
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const job = this.current;
    if (worker !== this.worker || !job || message.jobId !== job.info.id) return;
    const live = job.info.state === 'dang_chay';
    switch (message.type) {
      case 'progress':
        if (!live) return;
        job.info.done = message.done;
        job.info.total = message.total;
        this.changed(job);
        return;
      case 'done':
        this.release();
        if (live) void this.finish(job, message.output);
        return;
      case 'failed':
        this.release();
        if (live) this.fail(job, fromWire(message.error));
        return;
      case 'cancelled':
        this.release();
        if (live) this.end(job, 'da_huy');
        return;
    }
  }

  private onCrash(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const job = this.current;
    const code = CRASH_CODES[(error as NodeJS.ErrnoException).code ?? ''];
    this.release();
    if (job?.info.state === 'dang_chay') this.fail(job, code ? Object.assign(new Error(error.message), { code, cause: error }) : error);
  }

  private async finish(job: Job, output: unknown): Promise<void> {
    job.phase = 'finishing';
    this.changed(job);
    try {
      // Set until the job ends, and a job ends only here or before its output arrives.
      const paths = await job.finish!(job.ctx, output as TaskOutput<TaskName>);
      job.info.files = paths.map((path) => fileInfo(job.ctx.dataDir, path));
      this.end(job, 'xong');
    } catch (error) {
      this.fail(job, error);
    }
  }

  private fail(job: Job, error: unknown): void {
    const envelope = toEnvelopeError(error, this.options.log, { method: `job:${job.info.kind}`, args: { task: job.task, total: job.info.total } });
    job.info.error = envelope.ok ? null : envelope.error;
    this.end(job, 'loi');
  }
}

function fileInfo(dataDir: string, path: string): JobFile {
  const inside = relative(dataDir, path);
  if (!isAbsolute(path) || inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`job file outside the data folder: ${path}`);
  }
  return { name: basename(path), path, bytes: statSync(path).size };
}

/** Starts a job for the database of `ctx` and returns its id at once; progress arrives as app events. */
export function startJob<N extends TaskName>(ctx: Context, spec: JobSpec<N>): string {
  return ctx.jobs.start(ctx, spec);
}
