// The jobs worker thread: runs one task at a time for the runner (core/jobs/runner.ts), reporting its
// progress at most PROGRESS_EVERY_MS apart (and always the last figure), and hands the output back with
// its bytes moved, not copied. The map of tasks is static so that every bundle (the web host's, the
// Electron main's) contains them: a new kind of job is one line here.
import { parentPort } from 'node:worker_threads';
import { type CancelMessage, type RunMessage, toWire, transferables, type WorkerMessage } from './protocol.ts';
import { JobCancelled, type JobTask } from './task.ts';
import { renderBatch } from '../certificates/batch.ts';
import { registrationFormsTask } from './tasks/registration-forms.ts';
import { zipTask } from './tasks/zip.ts';

export const TASKS = {
  zip: zipTask,
  certificates: { run: renderBatch },
  registrationForms: registrationFormsTask,
} satisfies Record<string, JobTask<never, unknown>>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]['run']>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]['run']>>;

export const PROGRESS_EVERY_MS = 50;

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** The check of the running job's cancel flag, for a cancel message that arrives while it awaits. */
let checkCurrent: (() => void) | null = null;

async function run(message: RunMessage): Promise<void> {
  const { jobId } = message;
  const flag = new Int32Array(message.cancel);
  const controller = new AbortController();
  // The runner's flag is read at every progress call, so a task busy in a synchronous loop sees its
  // signal aborted at its next check although this thread never gets to read a message.
  const cancelled = () => {
    if (!controller.signal.aborted && Atomics.load(flag, 0) === 1) controller.abort();
    return controller.signal.aborted;
  };
  let last = { done: -1, total: -1 };
  let sent = { done: -1, total: -1 };
  let sentAt = Number.NEGATIVE_INFINITY;
  const flush = () => {
    if (last.done === sent.done && last.total === sent.total) return;
    post({ type: 'progress', jobId, done: last.done, total: last.total });
    sent = last;
    sentAt = performance.now();
  };
  const progress = (done: number, total: number) => {
    last = { done, total };
    if (done >= total || performance.now() - sentAt >= PROGRESS_EVERY_MS) flush();
    cancelled();
  };
  checkCurrent = () => void cancelled();
  try {
    const task = (TASKS as Record<string, JobTask<unknown, unknown>>)[message.task];
    if (!task) throw new Error(`no job task "${message.task}"`);
    const output = await task.run(message.input, progress, controller.signal);
    if (cancelled()) throw new JobCancelled();
    if (last.done >= 0) flush();
    post({ type: 'done', jobId, output }, transferables(output));
  } catch (error) {
    if (error instanceof JobCancelled || cancelled()) post({ type: 'cancelled', jobId });
    else post({ type: 'failed', jobId, error: toWire(error) });
  } finally {
    checkCurrent = null;
  }
}

parentPort?.on('message', (message: RunMessage | CancelMessage) => {
  if (message?.type === 'run') void run(message);
  else if (message?.type === 'cancel') checkCurrent?.();
});
