import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseError, failureText, toDatabaseError } from '../../../db/errors.ts';
import { migrate } from '../../../db/migrate.ts';
import { migrations } from '../../../db/migrations/index.ts';
import { tempDir } from '../helpers.ts';

/** The error SQLite itself raises for `run`. */
function sqliteError(run: () => void): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('SQLite raised nothing');
}

describe('SQLite failures in Vietnamese', () => {
  const dir = tempDir();
  const path = join(dir, 'tdkt.sqlite');
  new BetterSqlite3(path).exec('CREATE TABLE t (x)');

  const cases: [string, () => void, RegExp, string][] = [
    [
      'database is locked',
      () => {
        const holder = new BetterSqlite3(path);
        holder.pragma('locking_mode = EXCLUSIVE');
        holder.exec('BEGIN IMMEDIATE; COMMIT');
        try {
          new BetterSqlite3(path, { timeout: 0 }).exec('BEGIN IMMEDIATE');
        } finally {
          holder.close();
        }
      },
      /đang được mở bởi một chương trình khác \(ứng dụng TĐKT, dòng lệnh hoặc chế độ trình duyệt\)\. Hãy đóng chương trình đó rồi thử lại\./u,
      'in-use',
    ],
    [
      'file is not a database',
      () => {
        const text = join(dir, 'ghi-chu.txt');
        writeFileSync(text, 'x'.repeat(4096));
        new BetterSqlite3(text).pragma('user_version');
      },
      /không phải là cơ sở dữ liệu TĐKT \(SQLite\)/u,
      'refused',
    ],
    [
      'attempt to write a readonly database',
      () => new BetterSqlite3(path, { readonly: true }).exec('INSERT INTO t VALUES (1)'),
      /tệp chỉ đọc hoặc không có quyền ghi vào thư mục chứa nó\. Hãy chép tệp sang một thư mục có quyền ghi/u,
      'failed',
    ],
    [
      'database or disk is full',
      () => {
        const db = new BetterSqlite3(':memory:');
        db.exec('CREATE TABLE big (x)');
        db.pragma('max_page_count = 3');
        for (let i = 0; i < 100; i++) db.prepare('INSERT INTO big VALUES (?)').run('x'.repeat(4000));
      },
      /đã đầy\. Hãy giải phóng dung lượng rồi thử lại\./u,
      'failed',
    ],
  ];

  for (const [english, run, vietnamese, reason] of cases) {
    it(`"${english}" becomes a sentence that names the file`, () => {
      const cause = sqliteError(run);
      expect(cause.message).toBe(english);
      const error = toDatabaseError(cause, path, 'tdkt.sqlite', true);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error.message).toMatch(vietnamese);
      expect(error.message).toContain('"tdkt.sqlite"');
      expect(error.message).not.toContain(english);
      expect(error.reason).toBe(reason);
      expect(error.cause).toBe(cause);
    });
  }

  it('keeps an unknown failure generic, its text for the log only', () => {
    const cause = new Error('something internal');
    expect(failureText(cause, 'x')).toBeNull();
    const error = toDatabaseError(cause, path, 'tdkt.sqlite', false);
    expect(error.message).toBe('Không mở được tệp dữ liệu "tdkt.sqlite".');
    expect(error.cause).toBe(cause);
  });

  it('says a migration failed because the disk is full, without SQLite’s text', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', migrations);
    // A migration that rebuilds a table (0005) leaves free pages the filler would reuse: none may be left.
    db.exec('VACUUM');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const filling = { version: 99, name: 'lớn', up: (d: BetterSqlite3.Database) => d.exec("CREATE TABLE filler AS SELECT hex(randomblob(5000)) FROM settings UNION ALL SELECT hex(randomblob(5000))") };
    const error = sqliteError(() => migrate(db, ':memory:', [...migrations, filling]));
    expect(error.message).toBe('Không nâng cấp được tệp dữ liệu ":memory:" (bước v99 "lớn"): Ổ đĩa chứa tệp ":memory:" đã đầy. Hãy giải phóng dung lượng rồi thử lại. Tệp được giữ nguyên.');
  });
});
