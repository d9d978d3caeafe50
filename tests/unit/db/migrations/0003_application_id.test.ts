import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { APPLICATION_ID, m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { openDatabase } from '../../../../db/open.ts';
import { readHeader, verifyDatabaseFile } from '../../../../db/verify.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-04-14T00:00:00Z';

/** A file as v2 of the app left it: WAL mode, no application_id, a unit and a document. */
function versionTwoFile(dir: string): string {
  const path = join(dir, 'v2.sqlite');
  const db = new BetterSqlite3(path);
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  migrate(db, path, [m0001_initial, m0002_documents]);
  db.prepare("INSERT INTO units (uuid, code, name, kind, search, created_at, updated_at) VALUES ('u1', 'P01', 'Phường Linh Trung', 'phuong_xa', 'phuong linh trung', ?, ?)").run(AT, AT);
  db.prepare("INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES ('UBND', 'KH', 2021, 19, ?)").run(AT);
  db.close();
  return path;
}

describe('migration 0003 application_id', () => {
  it('is version 3 and marks the file "TDKT"', () => {
    expect(m0003_application_id.version).toBe(3);
    expect(APPLICATION_ID).toBe(Buffer.from('TDKT', 'ascii').readUInt32BE(0));
  });

  it('marks a version-2 file on open and carries its data across', () => {
    const dir = tempDir();
    const path = versionTwoFile(dir);
    expect(readHeader(path)).toEqual({ userVersion: 2, applicationId: 0 });
    // Unmarked files of v1–v2 are TĐKT's own and pass the checks.
    verifyDatabaseFile(path);

    const conn = openDatabase(path);
    expect(userVersion(conn.raw)).toBeGreaterThanOrEqual(3);
    expect(conn.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(conn.raw.prepare("SELECT name FROM units WHERE code = 'P01'").pluck().get()).toBe('Phường Linh Trung');
    expect(conn.raw.prepare("SELECT last_number FROM doc_counters WHERE doc_type = 'KH'").pluck().get()).toBe(19);
    conn.close();
    expect(readHeader(path)?.applicationId).toBe(APPLICATION_ID);

    // The copy taken before the upgrade is the untouched v2 file.
    const [backup] = readdirSync(dir).filter((f) => f.includes('truoc-nang-cap-v2'));
    expect(readHeader(join(dir, backup))).toEqual({ userVersion: 2, applicationId: 0 });
  });

  it('sets the mark in the same transaction as the version, so a failed upgrade leaves neither', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', [m0001_initial, m0002_documents]);
    const failing = { version: 4, name: 'failing', up: (d: BetterSqlite3.Database) => d.exec('ALTER TABLE nowhere ADD x') };
    expect(() => migrate(db, ':memory:', [m0001_initial, m0002_documents, m0003_application_id, failing])).toThrow(/failing/);
    expect(userVersion(db)).toBe(2);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    migrate(db, ':memory:', [m0001_initial, m0002_documents, m0003_application_id]);
    expect([userVersion(db), db.pragma('application_id', { simple: true })]).toEqual([3, APPLICATION_ID]);
  });
});
