// Every SQLite and file-system failure the app can meet has its Vietnamese sentence. Where this machine
// can cause the failure, it is caused for real (a full device, a file that is not a database, a
// duplicate key); the rest (a corrupt page, a locked file on Windows, a read-only volume) are the
// same error objects better-sqlite3 and Node throw, built with their class and code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { explainSystemError } from '../../../../core/errors/system.ts';
import { tempDir } from '../../helpers.ts';

const ENGLISH = /constraint|failed|database|locked|expected|received|invalid|unexpected|required|object|string|number|disk|space|file|denied|permission|busy/i;

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

function said(error: Error): string {
  const explained = explainSystemError(error);
  if (!explained) throw new Error(`no sentence for ${(error as { code?: string }).code}: ${error.message}`);
  expect(explained.message.replace(/"[^"]*"/gu, '""'), error.message).not.toMatch(ENGLISH);
  return explained.message;
}

const nodeError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, errno: -1, syscall, path });

describe('SQLite failures', () => {
  const db = () => {
    const raw = new BetterSqlite3(':memory:');
    raw.exec(`PRAGMA foreign_keys = ON;
      CREATE TABLE units (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, short_name TEXT UNIQUE, level INTEGER CHECK (level > 0));
      CREATE TABLE works (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id));
      INSERT INTO units (id, code, short_name, level) VALUES (1, 'A', 'a', 1);`);
    return raw;
  };

  it('says which field holds a value already used, and why a reference or a missing value is refused', () => {
    const raw = db();
    const unique = caught(() => raw.exec("INSERT INTO units (code, short_name) VALUES ('B', 'a')"));
    expect(said(unique)).toMatch(/^Giá trị này đã được dùng/u);
    expect(explainSystemError(unique)).toMatchObject({ code: 'conflict', fields: { shortName: 'Giá trị này đã được dùng' } });
    expect(said(caught(() => raw.exec('INSERT INTO works (unit_id) VALUES (99)')))).toMatch(/^Dữ liệu tham chiếu tới một bản ghi không còn/u);
    raw.exec('INSERT INTO works (unit_id) VALUES (1)');
    expect(said(caught(() => raw.exec('DELETE FROM units')))).toMatch(/đang được nơi khác dùng/u);
    expect(said(caught(() => raw.exec('INSERT INTO units (code) VALUES (NULL)')))).toMatch(/^Còn thiếu một giá trị bắt buộc/u);
    expect(said(caught(() => raw.exec("INSERT INTO units (code, level) VALUES ('C', 0)")))).toMatch(/^Có giá trị nằm ngoài phạm vi/u);
  });

  it('says a file that is not a database is damaged, and a full one is full', () => {
    const dir = tempDir();
    const path = join(dir, 'rac.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 7));
    const notADb = new BetterSqlite3(path);
    expect(said(caught(() => notADb.pragma('user_version')))).toMatch(/^Tệp dữ liệu bị hỏng\. Hãy khôi phục từ một bản sao lưu/u);
    notADb.close();
    const raw = db();
    raw.pragma(`max_page_count = ${raw.pragma('page_count', { simple: true })}`);
    const full = caught(() => {
      for (let i = 0; ; i++) raw.prepare('INSERT INTO units (code) VALUES (?)').run(`${i}`.padEnd(400, 'x'));
    });
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');
    expect(said(full)).toMatch(/^Ổ đĩa chứa tệp dữ liệu đã đầy/u);
  });

  it.each([
    ['SQLITE_BUSY', 'database is locked', /^Tệp dữ liệu đang bận/u],
    ['SQLITE_BUSY_SNAPSHOT', 'database is locked', /^Tệp dữ liệu đang bận/u],
    ['SQLITE_LOCKED', 'database table is locked', /^Tệp dữ liệu đang bận/u],
    ['SQLITE_READONLY', 'attempt to write a readonly database', /^Không ghi được vào tệp dữ liệu/u],
    ['SQLITE_READONLY_DBMOVED', 'attempt to write a readonly database', /^Không ghi được vào tệp dữ liệu/u],
    ['SQLITE_CORRUPT', 'database disk image is malformed', /^Tệp dữ liệu bị hỏng/u],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', /^Không đọc hoặc ghi được tệp dữ liệu trên ổ đĩa/u],
    ['SQLITE_IOERR_FSYNC', 'disk I/O error', /^Không đọc hoặc ghi được tệp dữ liệu trên ổ đĩa/u],
    ['SQLITE_CANTOPEN', 'unable to open database file', /^Không mở được tệp dữ liệu/u],
    ['SQLITE_RANGE', 'column index out of range', /^Yêu cầu có quá nhiều mục cùng lúc/u],
    ['SQLITE_TOOBIG', 'string or blob too big', /^Yêu cầu có quá nhiều mục cùng lúc/u],
    ['SQLITE_ERROR', 'too many SQL variables', /^Yêu cầu có quá nhiều mục cùng lúc/u],
    ['SQLITE_NOMEM', 'out of memory', /^Máy không đủ bộ nhớ/u],
    ['SQLITE_ERROR', 'cannot rollback - no transaction is active', /^Tệp dữ liệu không ghi được \(thường do ổ đĩa đã đầy/u],
    ['SQLITE_ERROR', 'no such table: x', /^Cơ sở dữ liệu gặp lỗi.*"Xuất nhật ký"/u],
  ])('%s (%s)', (code, message, expected) => {
    expect(said(new BetterSqlite3.SqliteError(message, code))).toMatch(expected);
  });
});

describe('file-system failures', () => {
  it('names the file for what this machine can cause for real', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), '');
    // A write's error carries no path (the file was opened before): the sentence goes without a name.
    expect(said(caught(() => writeFileSync('/dev/full', 'x')))).toBe('Ổ đĩa đã đầy nên không ghi được tệp. Hãy giải phóng dung lượng ổ đĩa rồi thử lại.');
    expect(said(caught(() => readFileSync(join(dir, 'khong-co.docx'))))).toMatch(/^Không tìm thấy tệp hoặc thư mục ".*\/khong-co\.docx"/u);
    expect(said(caught(() => readFileSync(dir)))).toMatch(/là một thư mục, không phải tệp/u);
    expect(said(caught(() => mkdirSync(join(dir, 'a.docx'))))).toMatch(/^Tệp ".*\/a\.docx" đã có/u);
    expect(said(caught(() => writeFileSync(join(dir, 'a.docx', 'b.docx'), '')))).toMatch(/^Không tìm thấy tệp hoặc thư mục ".*\/a\.docx\/b\.docx"/u);
  });

  it.each([
    ['EACCES', /^Không có quyền mở hoặc ghi tệp "C:\/Users\/vanthu\/a\.docx"/u],
    ['EPERM', /^Không có quyền mở hoặc ghi tệp "C:\/Users\/vanthu\/a\.docx"\. Nếu tệp đang mở trong Word/u],
    ['EBUSY', /^Tệp "C:\/Users\/vanthu\/a\.docx" đang được một chương trình khác \(ví dụ Word\) mở/u],
    ['EROFS', /^Ổ đĩa chỉ cho phép đọc nên không ghi được tệp "C:\/Users\/vanthu\/a\.docx"/u],
    ['EMFILE', /^Máy đang mở quá nhiều tệp cùng lúc/u],
    ['ENFILE', /^Máy đang mở quá nhiều tệp cùng lúc/u],
    ['ENOSPC', /^Ổ đĩa đã đầy nên không ghi được tệp "C:\/Users\/vanthu\/a\.docx"/u],
  ])('%s', (code, expected) => {
    expect(said(nodeError(code, 'open', 'C:\\Users\\vanthu\\a.docx'.replaceAll('\\', '/')))).toMatch(expected);
  });

  it('leaves anything else to the caller as a bug', () => {
    expect(explainSystemError(new TypeError('x is not a function'))).toBeNull();
    expect(explainSystemError(nodeError('ERR_SOMETHING', 'open', 'a'))).toBeNull();
    expect(explainSystemError('chuỗi')).toBeNull();
  });
});
