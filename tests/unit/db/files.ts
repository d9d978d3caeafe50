// Database files the db tests start from, made the way the app or another program would make them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../../db/open.ts';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Runs `sql` on the file as another program would, through a connection that leaves no side files
 * behind, so the case under test starts from the file alone. `wal` switches the file to WAL first;
 * `unsafe` allows writing the schema table.
 */
export function tamper(path: string, sql: string, options: { wal?: boolean; unsafe?: boolean } = {}): void {
  const db = new BetterSqlite3(path);
  db.pragma('locking_mode = EXCLUSIVE');
  if (options.wal ?? true) db.pragma('journal_mode = WAL');
  db.unsafeMode(options.unsafe ?? false);
  db.exec(sql);
  db.close();
}

/** A real TĐKT database as this version leaves it after close, with `rows` settings (some pages of data). */
export function tdktFile(dir: string, name = 'tdkt.sqlite', rows = 1): string {
  const path = join(dir, name);
  const conn = openDatabase(path);
  const put = conn.raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  conn.raw.transaction(() => {
    for (let i = 0; i < rows; i++) put.run(`khoa-${i}`, `Giá trị số ${i} — Ủy ban nhân dân phường Linh Trung`);
  })();
  conn.close();
  return path;
}
