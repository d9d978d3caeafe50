// What makes a file a TĐKT database, checked before SQLite is allowed to write a byte to it: switching on
// WAL, migrating or swapping it in by a restore all modify the file, so a file refused here must never
// have reached any of them.
//
// The checks run in two steps. The first 100 bytes (the SQLite header, which holds application_id and
// user_version) refuse random bytes, another program's file and a newer version without SQLite opening
// the file at all. The rest (integrity, tables) needs SQLite: it runs on a read-write connection in
// EXCLUSIVE locking mode that only reads. That mode is chosen because it is the only one that writes
// nothing beside the file either: a read-only connection to a WAL file creates "-wal" and "-shm" and
// leaves them behind, while an exclusive connection keeps the WAL index in its own memory (no "-shm")
// and deletes the empty "-wal" it opened when it closes. It is also the lock that keeps a second process
// out: the file's OS lock is taken by the first read and held until the connection closes (or its
// process dies), so the same connection serves openDatabase as the app's one writer.
//
// One case does write: a "-wal" left by a crash holds committed transactions, and SQLite folds them
// into the file when the connection closes. That completes the same database; it never changes what it
// contains.
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseError, inUseText, KEPT, newerVersionText, toDatabaseError } from './errors.ts';
import { APPLICATION_ID, m0003_application_id } from './migrations/0003_application_id.ts';
import { latestVersion } from './migrations/index.ts';

export { APPLICATION_ID };

/** Tables a TĐKT file of any released schema version has. */
export const CORE_TABLES = ['agency', 'settings', 'units', 'groups', 'group_members', 'campaigns', 'works', 'audit_log'];

/**
 * How long a second opener waits for the lock before it is refused: long enough to ride out another
 * program that is just closing the file, short enough for an answer while the user waits.
 */
const LOCK_WAIT_MS = 1000;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const HEADER_BYTES = 100;

// POSIX drops every lock a process holds on a file as soon as the process closes any descriptor of that
// file, so even reading the header of a file this process already holds would quietly let other
// processes in. Files held here are therefore refused before they are touched.
const heldHere = new Set<string>();

/** Records `path` as held by this process until the returned function is called. */
export function markHeld(path: string): () => void {
  const key = resolve(path);
  heldHere.add(key);
  return () => heldHere.delete(key);
}

/**
 * A read-write connection to `path` that has not read the file yet, in EXCLUSIVE locking mode: its first
 * transaction takes the file's OS lock and keeps it until the connection closes. Refused at once when
 * this process holds the file already.
 */
export function connectExclusive(path: string, label: string, mustExist: boolean): BetterSqlite3.Database {
  if (heldHere.has(resolve(path))) throw new DatabaseError(inUseText(label), path, { reason: 'in-use' });
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { fileMustExist: mustExist, timeout: LOCK_WAIT_MS });
  } catch (cause) {
    throw toDatabaseError(cause, path, label, true);
  }
  raw.pragma('locking_mode = EXCLUSIVE');
  return raw;
}

export interface Header {
  userVersion: number;
  applicationId: number;
}

/** The header of a SQLite file, reading its first 100 bytes only; null for a 0-byte file. */
export function readHeader(path: string, label: string = path): Header | null {
  let head: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(HEADER_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    throw toDatabaseError(cause, path, label, true);
  }
  if (head.length === 0) return null;
  if (head.length < HEADER_BYTES || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new DatabaseError(`Tệp "${label}" không phải là cơ sở dữ liệu TĐKT (SQLite). ${KEPT}`, path);
  }
  // Offsets from the SQLite file format: user_version at 60, application_id at 68, both big-endian.
  return { userVersion: head.readUInt32BE(60), applicationId: head.readInt32BE(68) };
}

function foreign(path: string, label: string): DatabaseError {
  return new DatabaseError(`Tệp "${label}" là cơ sở dữ liệu của một chương trình khác, không phải của TĐKT. ${KEPT}`, path);
}

/** Refuses another program's mark, or TĐKT's from a newer version. Files before v3 carry no mark. */
function checkIdentity({ applicationId, userVersion }: Header, path: string, label: string): void {
  const unmarked = applicationId === 0 && userVersion < m0003_application_id.version;
  if (applicationId !== APPLICATION_ID && !unmarked) throw foreign(path, label);
  if (userVersion > latestVersion) throw new DatabaseError(`${newerVersionText(label, userVersion, latestVersion)} ${KEPT}`, path);
}

export interface VerifyOptions {
  /** How the file is named in messages (defaults to its path). */
  label?: string;
  /** Full integrity_check (restore) or the faster quick_check (every open). */
  integrity?: 'full' | 'quick';
}

export interface OpenCheckedOptions extends VerifyOptions {
  /** A missing, 0-byte or table-less file is a new database (true) or refused (false). */
  allowNew?: boolean;
}

function refuseNew(path: string, label: string, header: Header | null): never {
  const what = header ? 'không chứa dữ liệu TĐKT' : 'rỗng (0 byte), không chứa dữ liệu TĐKT';
  throw new DatabaseError(`Tệp "${label}" ${what}. ${KEPT}`, path);
}

/** The checks that need SQLite; run inside the transaction that took the lock, before any write. */
function checkContents(raw: BetterSqlite3.Database, path: string, label: string, integrity: 'full' | 'quick', allowNew: boolean): void {
  // The header read by SQLite, which also sees a page 1 still in a "-wal".
  const header = {
    applicationId: raw.pragma('application_id', { simple: true }) as number,
    userVersion: raw.pragma('user_version', { simple: true }) as number,
  };
  checkIdentity(header, path, label);
  const problems = raw.prepare(`PRAGMA ${integrity === 'full' ? 'integrity_check' : 'quick_check'}`).pluck().all() as string[];
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new DatabaseError(`Tệp "${label}" bị hỏng (kiểm tra toàn vẹn không đạt). ${KEPT}`, path, { cause: new Error(problems.slice(0, 20).join('\n')) });
  }
  const names = new Set(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (header.userVersion === 0) {
    if (names.size > 0) throw foreign(path, label);
    if (!allowNew) refuseNew(path, label, header);
    return;
  }
  const missing = CORE_TABLES.filter((t) => !names.has(t));
  if (missing.length === CORE_TABLES.length) throw foreign(path, label);
  if (missing.length > 0) {
    throw new DatabaseError(`Tệp "${label}" thiếu bảng dữ liệu của TĐKT (${missing.join(', ')}). ${KEPT}`, path);
  }
}

/**
 * A connection to `path` that holds the file's lock and has written nothing, once the file passed every
 * check; otherwise a Vietnamese DatabaseError naming the file, which is left as it was.
 */
export function openChecked(path: string, options: OpenCheckedOptions = {}): BetterSqlite3.Database {
  const label = options.label ?? path;
  const allowNew = options.allowNew ?? false;
  // Before the header is read: reading it closes a descriptor of the file (see heldHere).
  if (heldHere.has(resolve(path))) throw new DatabaseError(inUseText(label), path, { reason: 'in-use' });
  const exists = existsSync(path);
  if (!exists && !allowNew) throw new DatabaseError(`Không tìm thấy tệp dữ liệu "${label}".`, path, { reason: 'failed' });
  const header = exists ? readHeader(path, label) : null;
  if (exists && header === null && !allowNew) refuseNew(path, label, null);
  if (header) checkIdentity(header, path, label);
  // A new database's folder is made with it (the app's data folder on a first start).
  if (!exists) mkdirSync(dirname(path), { recursive: true });

  const raw = connectExclusive(path, label, !allowNew);
  try {
    raw.exec('BEGIN IMMEDIATE');
    try {
      if (header) checkContents(raw, path, label, options.integrity ?? 'quick', allowNew);
    } finally {
      // Some failures (I/O, a full disk) already ended the transaction.
      if (raw.inTransaction) raw.exec('ROLLBACK');
    }
  } catch (error) {
    raw.close();
    throw toDatabaseError(error, path, label, true);
  }
  return raw;
}

/**
 * Throws a Vietnamese DatabaseError naming the file unless it is a complete TĐKT database this version
 * can open, or another process holds it. Nothing is written to the file whatever the outcome.
 */
export function verifyDatabaseFile(path: string, options: VerifyOptions = {}): void {
  openChecked(path, { ...options, allowNew: false }).close();
}
