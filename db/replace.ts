// Replacing a database file all at once: the new database is built complete under a temporary name
// beside the target and renamed over it, so an interruption at any moment leaves either the old file or
// the new one, never a half-built one or none.
import { existsSync, renameSync, rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseError, inUseText, toDatabaseError } from './errors.ts';
import { connectExclusive } from './verify.ts';

/** The files SQLite may keep beside a database. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Where the new database is built: beside the target, so the final rename stays on one file system. */
export function buildPathFor(target: string): string {
  return `${target}.dang-tao.tmp`;
}

function removeWithSideFiles(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Takes the lock on an existing database file the way openDatabase does, so that no TĐKT process can
 * open it until the holder is closed. null when the file is not a database at all: no process can hold
 * such a file as one. Refused in Vietnamese when another process holds it. `forSwap` also readies the
 * file to be renamed over (which writes to it); without it nothing is written.
 */
function hold(path: string, label: string, forSwap: boolean): BetterSqlite3.Database | null {
  const raw = connectExclusive(path, label, true);
  try {
    raw.exec('BEGIN IMMEDIATE; COMMIT');
    // Rollback-journal mode folds a WAL left beside the file into it and deletes it while the lock is
    // held; closing the holder later then deletes no "-wal" by name, which by then could be the new
    // file's.
    if (forSwap) raw.pragma('journal_mode = DELETE');
    return raw;
  } catch (cause) {
    raw.close();
    if ((cause as { code?: string }).code === 'SQLITE_NOTADB') return null;
    throw toDatabaseError(cause, path, label, true);
  }
}

export interface ReplaceSteps {
  /** Writes the complete new database at `path` and closes it. */
  build(path: string): void | Promise<void>;
  /** Runs once the old file is held, just before the swap; returns how to undo it if the swap fails. */
  beforeSwap?(): () => void;
}

/**
 * Puts a freshly built database at `target`, replacing the file there if any. Refused in Vietnamese,
 * with `target` unchanged, when another process holds it. After any failure no temporary file is left.
 */
export async function replaceDatabaseFile(target: string, steps: ReplaceSteps): Promise<void> {
  const temp = buildPathFor(target);
  // Refused before the work of building, not only after it.
  if (existsSync(target)) hold(target, target, false)?.close();
  if (existsSync(temp)) {
    // Left by an interrupted run, unless another run is building it right now.
    hold(temp, target, false)?.close();
    removeWithSideFiles(temp);
  }
  try {
    await steps.build(temp);
  } catch (error) {
    removeWithSideFiles(temp);
    throw error;
  }
  let holder: BetterSqlite3.Database | null = null;
  let undo: (() => void) | undefined;
  try {
    holder = existsSync(target) ? hold(target, target, true) : null;
    undo = steps.beforeSwap?.();
    // A stale WAL or shared-memory file of the old file would be read as the new file's; no process
    // has them open while the old file is held. A rollback journal there is the holder's own (its
    // header zeroed, so never replayed), and SQLite removes it when the holder closes: on Windows it
    // could not be deleted while open.
    try {
      for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    } catch (cause) {
      throw toDatabaseError(cause, target, target, true);
    }
    // Windows refuses to replace a file that any process holds open, this holder included; there the
    // OS itself refuses the rename if another program opened the file since. Elsewhere the holder stays
    // over the rename, so no process can open the old file in between and write into a replaced file.
    if (process.platform === 'win32') {
      holder?.close();
      holder = null;
    }
    try {
      renameSync(temp, target);
    } catch (cause) {
      // Windows answers EPERM or EACCES when another program holds the file (elsewhere: permissions).
      const code = (cause as { code?: string }).code ?? '';
      if (process.platform === 'win32' && ['EPERM', 'EACCES'].includes(code)) {
        throw new DatabaseError(inUseText(target), target, { cause, reason: 'in-use' });
      }
      throw toDatabaseError(cause, target, target, true);
    }
  } catch (error) {
    holder?.close();
    undo?.();
    removeWithSideFiles(temp);
    throw error;
  }
  holder?.close();
}
