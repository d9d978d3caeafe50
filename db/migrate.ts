import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseError, failureText, KEPT, newerVersionText } from './errors.ts';
import type { Migration } from './migrations/migration.ts';
import { latestVersion, migrations as allMigrations } from './migrations/index.ts';

export interface MigrationResult {
  from: number;
  to: number;
  /** The copy taken before migrating, beside the file; null when nothing ran or the file was new. */
  backup: string | null;
}

export function userVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Where the copy taken before a migration goes: beside the file, named after the version it held. */
export function preMigrationBackupPath(dbPath: string, fromVersion: number, stamp: string): string {
  return join(dirname(dbPath), `${basename(dbPath)}.truoc-nang-cap-v${fromVersion}-${stamp}.bak`);
}

const PARTIAL = '.dang-ghi';

/**
 * The copy is written under a temporary name, flushed and only then renamed: a copy cut short by a
 * kill or a full disk must never carry the name of a backup. Partial copies of earlier runs go first.
 */
function writePreMigrationCopy(db: BetterSqlite3.Database, dbPath: string, backup: string): void {
  const prefix = `${basename(dbPath)}.truoc-nang-cap-`;
  for (const name of readdirSync(dirname(dbPath))) {
    if (name.startsWith(prefix) && (name.endsWith(PARTIAL) || name.endsWith(`${PARTIAL}-journal`))) rmSync(join(dirname(dbPath), name), { force: true });
  }
  const partial = `${backup}${PARTIAL}`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, backup);
  } catch (cause) {
    rmSync(partial, { force: true });
    throw cause;
  }
}

/**
 * Brings the file up to the latest schema. An existing database is copied first (VACUUM INTO gives a
 * consistent copy); the pending steps then run in one transaction, each in its own savepoint, so a
 * failing step leaves the file exactly as it was and the copy stays beside it.
 */
export function migrate(
  db: BetterSqlite3.Database,
  dbPath: string,
  list: readonly Migration[] = allMigrations,
  now: () => Date = () => new Date(),
): MigrationResult {
  const from = userVersion(db);
  const target = list.length ? list[list.length - 1].version : 0;
  if (from > target) {
    throw new DatabaseError(newerVersionText(dbPath, from, target), dbPath);
  }
  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0 && dbPath !== ':memory:') {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backup = preMigrationBackupPath(dbPath, from, stamp);
    if (existsSync(backup)) throw new DatabaseError(`Tệp sao lưu "${backup}" đã tồn tại. ${KEPT}`, dbPath);
    try {
      writePreMigrationCopy(db, dbPath, backup);
    } catch (cause) {
      throw new DatabaseError(
        `Không tạo được bản sao lưu trước khi nâng cấp tệp dữ liệu "${dbPath}": ${failureText(cause, backup)?.text ?? 'lỗi không mong đợi.'} ${KEPT}`,
        dbPath,
        { cause, reason: 'failed' },
      );
    }
  }
  let current = pending[0];
  const runAll = db.transaction(() => {
    for (const m of pending) {
      current = m;
      db.transaction(() => m.up(db))();
      db.pragma(`user_version = ${m.version}`);
    }
  });
  try {
    runAll();
  } catch (cause) {
    throw new DatabaseError(
      `Không nâng cấp được tệp dữ liệu "${dbPath}" (bước v${current.version} "${current.name}"): ${failureText(cause, dbPath)?.text ?? 'lỗi không mong đợi.'} ${KEPT}${backup ? ` Bản sao lưu: ${backup}` : ''}`,
      dbPath,
      { cause, reason: 'failed' },
    );
  }
  return { from, to: target, backup };
}

export { latestVersion };
