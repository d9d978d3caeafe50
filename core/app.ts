// The application object every host holds: one open database in a data folder, and the router.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Connection, openDatabase } from '../db/open.ts';
import type { Envelope } from './api/envelope.ts';
import type { Args, Method, Result } from './api/contract.ts';
import type { AppEvent, BackupEntry } from './api/types.ts';
import { dailyBackup } from './backup/daily.ts';
import { tidyAfterRestore } from './backup/restore.ts';
import type { Context } from './context.ts';
import { registeredFiles } from './documents/register.ts';
import { dataFolderFor } from './files/data-folder.ts';
import { carryLegacyFiles } from './files/legacy-layout.ts';
import { handlers } from './handlers.ts';
import { JobRunner, type JobSpec } from './jobs/runner.ts';
import type { TaskName } from './jobs/worker.ts';
import { type AppLog, createLog, type Logger } from './log/logger.ts';
import { createRouter } from './router.ts';
import { userVersion } from '../db/migrate.ts';

export const DB_FILE_NAME = 'tdkt.sqlite';

export interface AppOptions {
  /** The database file; ':memory:' for tests. */
  dbPath: string;
  /** Where documents, backups and logs go; defaults to the database's own data folder. */
  dataDir?: string;
  now?: () => Date;
  /** false: refuse to create a missing file (CLI commands that read an existing database). */
  create?: boolean;
  /** false: no automatic backup on the first open of a day (default true). */
  autoBackup?: boolean;
}

export class TdktApp {
  readonly dbPath: string;
  readonly dataDir: string;
  /** JSON lines in <dataDir>/nhat-ky: startup, failures the router turned into messages. */
  readonly log: Logger;
  private readonly appLog: AppLog;
  private conn: Connection;
  private readonly router;
  private readonly context: Context;
  /** The automatic backup this open took (null: today had one, or the database is new). */
  readonly autoBackup: BackupEntry | null = null;
  /**
   * What went wrong in the housekeeping of opening (carrying old files, the daily backup): it must not
   * keep the user from their data, so it is kept here for the log instead of thrown.
   */
  readonly openProblems: unknown[] = [];
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private readonly jobs: JobRunner;

  constructor(options: AppOptions) {
    this.dbPath = options.dbPath;
    if (!options.dataDir && options.dbPath === ':memory:') throw new Error('An in-memory database needs a dataDir.');
    this.dataDir = options.dataDir ?? dataFolderFor(options.dbPath);
    this.appLog = createLog(this.dataDir);
    this.log = this.appLog.log;
    // A new (or empty) file has nothing to back up yet.
    const hadData = options.dbPath !== ':memory:' && existsSync(options.dbPath) && statSync(options.dbPath).size > 0;
    // Opened first: a refused file must not get a data folder beside it.
    this.conn = this.open({ create: options.create ?? true });
    mkdirSync(this.dataDir, { recursive: true });
    try {
      if (options.dbPath !== ':memory:') tidyAfterRestore(this.dbPath, this.dataDir);
    } catch (error) {
      this.housekeepingFailed('tidy-after-restore', error);
    }
    if (!options.dataDir) {
      try {
        carryLegacyFiles(this.dbPath, this.dataDir, registeredFiles(this.conn.raw));
      } catch (error) {
        this.housekeepingFailed('legacy-files', error);
      }
    }
    this.jobs = new JobRunner({ emit: (payload) => this.emit({ name: 'progress', payload }), log: this.log, now: options.now });
    const app = this;
    this.context = {
      get conn() {
        return app.conn;
      },
      dataDir: this.dataDir,
      reopen: () => {
        if (this.conn.raw.open) this.conn.close();
        this.conn = this.open({ create: true });
      },
      now: options.now ?? (() => new Date()),
      jobs: this.jobs,
    };
    this.router = createRouter(handlers, () => this.context, this.log);
    if (hadData && (options.autoBackup ?? true)) {
      try {
        this.autoBackup = dailyBackup(this.context);
      } catch (error) {
        this.housekeepingFailed('daily-backup', error);
      }
    }
  }

  private housekeepingFailed(step: string, error: unknown): void {
    this.openProblems.push(error);
    this.log.error({ event: 'open-housekeeping', step, dbPath: this.dbPath, err: error }, 'housekeeping at open failed');
  }

  private open(options: { create: boolean }): Connection {
    try {
      const conn = openDatabase(this.dbPath, options);
      const { from, to, backup } = conn.migration;
      // A new file's first schema is its creation, not an upgrade worth a line.
      if (from > 0 && from !== to) this.log.info({ event: 'migration', dbPath: this.dbPath, from, to, backup }, 'database migrated');
      this.log.info({ event: 'open', dbPath: this.dbPath, schemaVersion: userVersion(conn.raw) }, 'database opened');
      return conn;
    } catch (error) {
      // Logged only into a data folder that is already there: a refused stranger gets none beside it.
      if (existsSync(this.dataDir)) this.log.error({ event: 'open', dbPath: this.dbPath, err: error }, 'database not opened');
      this.appLog.close();
      throw error;
    }
  }

  /** Untyped entry for hosts: whatever arrives over a wall is validated by the router. */
  call(method: string, args: unknown): Promise<Envelope> {
    return this.router.call(method, args);
  }

  /** Typed entry for core-side callers (CLI, tests): throws the Vietnamese message on failure. */
  async invoke<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
    const envelope = await this.router.call(method, args);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { apiError: envelope.error });
    return envelope.result as Result<M>;
  }

  /** Starts a job prepared by a core-side caller (a CLI command, a test); the API's own jobs start in their handlers. */
  startJob<N extends TaskName>(spec: JobSpec<N>): string {
    return this.jobs.start(this.context, spec);
  }

  /** Job progress for a host to pass on (Electron's 'progress' channel, the browser host's /api/events). */
  onEvent(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A host that failed to pass one event on must not stop the job nor the other hosts.
        this.log.error({ event: 'event-listener', name: event.name, err: error }, 'event listener failed');
      }
    }
  }

  get connection(): Connection {
    return this.conn;
  }

  /** Throws (after logging it) when the WAL could not be folded into the file: nothing may delete it then. */
  close(): void {
    this.jobs.close();
    try {
      this.conn.close();
      this.log.info({ event: 'close', dbPath: this.dbPath }, 'database closed');
    } catch (error) {
      this.log.error({ event: 'close', dbPath: this.dbPath, err: error }, 'database not closed cleanly');
      throw error;
    } finally {
      this.appLog.close();
    }
  }
}

/** The database `fileName` in `folder`, its files in its own data folder beside it. */
export function openApp(folder: string, fileName = DB_FILE_NAME, now?: () => Date): TdktApp {
  return new TdktApp({ dbPath: join(folder, fileName), now });
}
