// The application object every host holds: one open database in a data folder, and the router.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Connection, openDatabase } from '../db/open.ts';
import type { Envelope } from './api/envelope.ts';
import type { Args, Method, Result } from './api/contract.ts';
import type { Context } from './context.ts';
import { dataFolderFor } from './files/data-folder.ts';
import { handlers } from './handlers.ts';
import { createRouter } from './router.ts';

export const DB_FILE_NAME = 'tdkt.sqlite';

export interface AppOptions {
  /** The database file; ':memory:' for tests. */
  dbPath: string;
  /** Where documents, backups and logs go; defaults to the database's own data folder. */
  dataDir?: string;
  now?: () => Date;
  /** false: refuse to create a missing file (CLI commands that read an existing database). */
  create?: boolean;
}

export class TdktApp {
  readonly dbPath: string;
  readonly dataDir: string;
  private conn: Connection;
  private readonly router;
  private readonly context: Context;

  constructor(options: AppOptions) {
    this.dbPath = options.dbPath;
    if (!options.dataDir && options.dbPath === ':memory:') throw new Error('An in-memory database needs a dataDir.');
    this.dataDir = options.dataDir ?? dataFolderFor(options.dbPath);
    // Opened first: a refused file must not get a data folder beside it.
    this.conn = openDatabase(options.dbPath, { create: options.create ?? true });
    mkdirSync(this.dataDir, { recursive: true });
    const app = this;
    this.context = {
      get conn() {
        return app.conn;
      },
      dataDir: this.dataDir,
      reopen: () => {
        if (this.conn.raw.open) this.conn.close();
        this.conn = openDatabase(this.dbPath);
      },
      now: options.now ?? (() => new Date()),
    };
    this.router = createRouter(handlers, () => this.context);
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

  get connection(): Connection {
    return this.conn;
  }

  close(): void {
    this.conn.close();
  }
}

/** The database `fileName` in `folder`, its files in its own data folder beside it. */
export function openApp(folder: string, fileName = DB_FILE_NAME, now?: () => Date): TdktApp {
  return new TdktApp({ dbPath: join(folder, fileName), now });
}
