import { existsSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { DatabaseError, toDatabaseError } from './errors.ts';
import { type MigrationResult, migrate } from './migrate.ts';
import type { Database } from './schema.ts';
import { markHeld, openChecked } from './verify.ts';

export interface Connection {
  path: string;
  raw: BetterSqlite3.Database;
  db: Kysely<Database>;
  /** What opening did to the schema (from = to when nothing was pending), for the log. */
  migration: MigrationResult;
  /** Folds the WAL into the file, then closes: afterwards the file alone holds every committed change. */
  close(): void;
}

function walLeft(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

/**
 * Opens (creating if needed) and migrates a database file, as its one writer. The file is checked first
 * without writing to it (db/verify.ts), so a wrong file picked by the user is never modified; while the
 * connection is open no other process can open the file, and its lock dies with the process.
 */
export function openDatabase(path: string, options: { create?: boolean } = {}): Connection {
  const create = options.create ?? true;
  const raw = path === ':memory:' ? new BetterSqlite3(path) : openChecked(path, { allowNew: create, integrity: 'quick' });
  let migration: MigrationResult;
  try {
    // The first writes: in EXCLUSIVE locking mode the WAL index lives in this process's memory, so no
    // "-shm" file is made and no other process can share the file.
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('synchronous = NORMAL');
    migration = migrate(raw, path);
  } catch (error) {
    raw.close();
    throw toDatabaseError(error, path, path, false);
  }
  const release = path === ':memory:' ? () => {} : markHeld(path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    path,
    raw,
    db,
    migration,
    close() {
      if (!raw.open) return;
      let failure: unknown = null;
      try {
        raw.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        failure = error;
      }
      raw.close();
      release();
      // Closing checkpoints once more and deletes the WAL; one still holding data must not be deleted
      // by anyone (a restore would lose it), so the caller hears about it.
      if (path !== ':memory:' && walLeft(path)) {
        throw new DatabaseError(
          `Chưa ghi hết dữ liệu vào tệp "${path}": phần còn lại nằm trong tệp "${path}-wal" bên cạnh. Đừng xoá hay di chuyển riêng tệp đó; mở lại dữ liệu để hoàn tất.`,
          path,
          { cause: failure, reason: 'failed' },
        );
      }
    },
  };
}

/** A consistent copy of the live database (safe while it is open). */
export function backupTo(conn: Connection, target: string): void {
  if (existsSync(target)) throw new DatabaseError(`Tệp "${target}" đã tồn tại.`, target);
  conn.raw.prepare('VACUUM INTO ?').run(target);
}
