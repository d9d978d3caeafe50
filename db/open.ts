import { existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { DatabaseError } from './errors.ts';
import { migrate } from './migrate.ts';
import type { Database } from './schema.ts';

export interface Connection {
  path: string;
  raw: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): void;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function looksLikeSqlite(path: string): boolean {
  const head = readFileSync(path).subarray(0, 16).toString('latin1');
  return head.length === 0 || head === SQLITE_MAGIC;
}

/**
 * Opens (creating if needed) and migrates a database file. Anything that is not a SQLite database is
 * refused before SQLite touches it, so a wrong file picked by the user is never modified.
 */
export function openDatabase(path: string, options: { create?: boolean } = {}): Connection {
  const create = options.create ?? true;
  const exists = path === ':memory:' || existsSync(path);
  if (!exists && !create) throw new DatabaseError(`Không tìm thấy tệp dữ liệu "${path}".`, path);
  if (exists && path !== ':memory:' && !looksLikeSqlite(path)) {
    throw new DatabaseError(`Tệp "${path}" không phải là cơ sở dữ liệu TĐKT (SQLite). Tệp được giữ nguyên.`, path);
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { fileMustExist: !create });
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('synchronous = NORMAL');
  } catch (cause) {
    throw new DatabaseError(`Không mở được tệp dữ liệu "${path}": ${(cause as Error).message}`, path, { cause });
  }
  try {
    migrate(raw, path);
  } catch (error) {
    raw.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    path,
    raw,
    db,
    close() {
      raw.close();
    },
  };
}

/** A consistent copy of the live database (safe while it is open). */
export function backupTo(conn: Connection, target: string): void {
  if (existsSync(target)) throw new DatabaseError(`Tệp "${target}" đã tồn tại.`, target);
  conn.raw.prepare('VACUUM INTO ?').run(target);
}
