// What every kind of long work implements to run in the jobs worker (core/jobs/worker.ts). The worker
// thread has no database (db/open.ts holds SQLite in EXCLUSIVE mode) and no Electron: a task gets plain
// serialisable input that the main thread read beforehand, and gives back bytes for it to write.

export interface JobTask<I, O> {
  /** Runs in the worker thread: no database, no Electron. `progress(done, total)` as it goes;
   *  stop early (throw the jobs module's cancellation error) when `signal.aborted`. */
  run(input: I, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<O> | O;
}

/** A file a task made, not yet written anywhere: the main thread stages it in the data folder. */
export interface MadeFile {
  name: string;
  bytes: Uint8Array;
}

/** What the tasks that make files return. */
export interface MadeFiles {
  files: MadeFile[];
}

/** Thrown by a task that stopped because it was cancelled; the runner records the job as 'da_huy'. */
export class JobCancelled extends Error {
  constructor() {
    super('job cancelled');
    this.name = 'JobCancelled';
  }
}

/** The check a task makes between two pieces of work. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelled();
}
