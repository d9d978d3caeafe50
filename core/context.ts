import type { Connection } from '../db/open.ts';
import type { JobRunner } from './jobs/runner.ts';

/** What a handler works with: the open database and where the app keeps its files. */
export interface Context {
  conn: Connection;
  /** Folder for backups and generated files (the user-data folder on the desktop). */
  dataDir: string;
  /** Replaces the open database (restore). */
  reopen(): void;
  now(): Date;
  /** The long work of this database, off the main thread (core/jobs). */
  jobs: JobRunner;
}
