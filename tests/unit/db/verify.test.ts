import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DatabaseError } from '../../../db/errors.ts';
import { migrate } from '../../../db/migrate.ts';
import { m0001_initial } from '../../../db/migrations/0001_initial.ts';
import { latestVersion, migrations } from '../../../db/migrations/index.ts';
import { openDatabase } from '../../../db/open.ts';
import { APPLICATION_ID, readHeader, verifyDatabaseFile } from '../../../db/verify.ts';
import { tempDir } from '../helpers.ts';
import { sha256, tamper, tdktFile } from './files.ts';

function refusal(path: string, options?: Parameters<typeof verifyDatabaseFile>[1]): DatabaseError {
  try {
    verifyDatabaseFile(path, options);
  } catch (error) {
    return error as DatabaseError;
  }
  throw new Error(`${path} was accepted`);
}

describe('verifyDatabaseFile', () => {
  it('accepts a closed TĐKT file and writes nothing, not even beside it', () => {
    const dir = tempDir();
    const path = tdktFile(dir);
    const before = sha256(path);
    verifyDatabaseFile(path);
    verifyDatabaseFile(path, { integrity: 'full' });
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
  });

  it('reads application_id and user_version from the header', () => {
    const path = tdktFile(tempDir());
    expect(readHeader(path)).toEqual({ userVersion: latestVersion, applicationId: APPLICATION_ID });
    const empty = join(tempDir(), 'rong.sqlite');
    writeFileSync(empty, '');
    expect(readHeader(empty)).toBeNull();
  });

  it('finds with the full check what the quick one on open lets through: an index that disagrees with its table', () => {
    const path = tdktFile(tempDir());
    // The index's definition is changed under it: every page is sound, the contents disagree.
    tamper(path, 'CREATE TABLE ghi_chu (a, b); CREATE INDEX ghi_chu_a ON ghi_chu(a); INSERT INTO ghi_chu VALUES (1, 20), (2, 10);');
    tamper(path, "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX ghi_chu_a ON ghi_chu(b)' WHERE name = 'ghi_chu_a';", { unsafe: true });
    const before = sha256(path);
    verifyDatabaseFile(path, { integrity: 'quick' });
    expect(refusal(path, { integrity: 'full', label: 'bản sao lưu 20210420' }).message).toBe(
      'Tệp "bản sao lưu 20210420" bị hỏng (kiểm tra toàn vẹn không đạt). Tệp được giữ nguyên.',
    );
    expect(sha256(path)).toBe(before);
  });

  it('accepts the unmarked files of v1 and v2 but no unmarked file of v3 or later', () => {
    const dir = tempDir();
    const v1 = join(dir, 'v1.sqlite');
    const db = new BetterSqlite3(v1);
    migrate(db, v1, [m0001_initial]);
    db.close();
    verifyDatabaseFile(v1);

    const path = tdktFile(tempDir());
    tamper(path, 'PRAGMA application_id = 0');
    expect(refusal(path).message).toMatch(/là cơ sở dữ liệu của một chương trình khác, không phải của TĐKT/u);
  });

  it('names the TĐKT tables a file lacks', () => {
    const path = tdktFile(tempDir());
    tamper(path, 'DROP TABLE audit_log; DROP TABLE group_members;');
    expect(refusal(path).message).toBe(`Tệp "${path}" thiếu bảng dữ liệu của TĐKT (group_members, audit_log). Tệp được giữ nguyên.`);
  });

  it('refuses a SQLite file with no tables and no version: it holds no TĐKT data', () => {
    const path = join(tempDir(), 'trong.sqlite');
    tamper(path, 'PRAGMA page_size = 4096; VACUUM;');
    expect(refusal(path).message).toBe(`Tệp "${path}" không chứa dữ liệu TĐKT. Tệp được giữ nguyên.`);
    // Opening it to create a database is fine: there is nothing in it to lose.
    const conn = openDatabase(path);
    expect(conn.raw.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    conn.close();
  });
});
