// What makes a file a TĐKT database, checked read-only before SQLite is allowed to write a byte to it:
// switching on WAL, migrating or swapping it in by a restore all modify the file, so a file refused
// here must never have reached any of them.
import { closeSync, openSync, readSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseError } from './errors.ts';
import { latestVersion } from './migrations/index.ts';

/** PRAGMA application_id of every TĐKT file: "TDKT" in ASCII. Files of schema v1–v2 predate it (0). */
export const APPLICATION_ID = 0x5444_4b54;

/** Tables a TĐKT file of any released schema version has. */
export const CORE_TABLES = ['agency', 'settings', 'units', 'groups', 'group_members', 'campaigns', 'works', 'audit_log'];

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The first bytes of the file, without reading the rest of it. */
function readHeader(path: string, bytes = 100): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export type FileState = 'empty' | 'sqlite';

/** 'empty' for a 0-byte file; throws for anything that does not start with the SQLite header. */
export function sqliteHeaderState(path: string, label: string): FileState {
  const head = readHeader(path);
  if (head.length === 0) return 'empty';
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new DatabaseError(`Tệp "${label}" không phải là cơ sở dữ liệu TĐKT (SQLite). Tệp được giữ nguyên.`, path);
  }
  return 'sqlite';
}

export interface VerifyOptions {
  /** How the file is named in messages (defaults to its path). */
  label?: string;
  /** Full integrity_check (restore) or the faster quick_check (every open). */
  integrity?: 'full' | 'quick';
}

/**
 * Throws a Vietnamese DatabaseError naming the file unless it is a complete TĐKT database this version
 * can open. Opens the file read-only: nothing is written to it whatever the outcome.
 */
export function verifyDatabaseFile(path: string, options: VerifyOptions = {}): void {
  const label = options.label ?? path;
  if (sqliteHeaderState(path, label) === 'empty') {
    throw new DatabaseError(`Tệp "${label}" rỗng (0 byte), không chứa dữ liệu TĐKT. Tệp được giữ nguyên.`, path);
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new DatabaseError(`Không đọc được tệp "${label}". Tệp được giữ nguyên.`, path, { cause });
  }
  try {
    const appId = raw.pragma('application_id', { simple: true }) as number;
    const version = raw.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID && !(appId === 0 && version <= 2)) {
      throw new DatabaseError(`Tệp "${label}" là cơ sở dữ liệu của một chương trình khác, không phải của TĐKT. Tệp được giữ nguyên.`, path);
    }
    if (version > latestVersion) {
      throw new DatabaseError(
        `Tệp "${label}" được tạo bởi phiên bản mới hơn của phần mềm (lược đồ v${version}, phần mềm này hỗ trợ đến v${latestVersion}). Hãy cập nhật phần mềm. Tệp được giữ nguyên.`,
        path,
      );
    }
    const check = options.integrity === 'full' ? 'integrity_check' : 'quick_check';
    const problems = raw.prepare(`PRAGMA ${check}`).pluck().all() as string[];
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new DatabaseError(`Tệp "${label}" bị hỏng (kiểm tra toàn vẹn không đạt). Tệp được giữ nguyên.`, path);
    }
    const names = new Set(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (version === 0 && names.size > 0) {
      throw new DatabaseError(`Tệp "${label}" là cơ sở dữ liệu của một chương trình khác, không phải của TĐKT. Tệp được giữ nguyên.`, path);
    }
    if (version > 0) {
      const missing = CORE_TABLES.filter((t) => !names.has(t));
      if (missing.length > 0) {
        throw new DatabaseError(`Tệp "${label}" thiếu bảng dữ liệu của TĐKT (${missing.join(', ')}). Tệp được giữ nguyên.`, path);
      }
    }
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`Tệp "${label}" bị hỏng hoặc không đọc được. Tệp được giữ nguyên.`, path, { cause: error });
  } finally {
    raw.close();
  }
}
