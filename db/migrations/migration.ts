import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. Runs inside a transaction; never edited once released (add a new one instead). */
export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}
