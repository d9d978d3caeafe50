// Migration 0010 makes unit codes unique without case. A version-4 file is upgraded with every row as
// it was; a file that already holds twins (CQ014 and cq014) keeps both, lists the later twin in the
// audit log, and still refuses a new twin of either.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { m0010_unique_rules } from '../../../../db/migrations/0010_unique_rules.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const BEFORE = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];

function versionFourFile(codes: string[]): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, BEFORE);
  const unit = db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'co_quan', ?, ?, ?)",
  );
  for (const [i, code] of codes.entries()) unit.run(i + 1, `u${i + 1}`, code, `Đơn vị ${code}`, code.toLowerCase(), AT, AT);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare("INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES ('r1', 1, 1, '2021-03-12', ?)").run(AT);
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) =>
  ['units', 'campaigns', 'registrations'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
const insertCode = (db: BetterSqlite3.Database, id: number, code: string) =>
  db
    .prepare("INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, 'X', 'khac', '', ?, ?)")
    .run(id, `n${id}`, code, AT, AT);

describe('migration 0010 unique rules', () => {
  it('is version 10, listed last and in order', () => {
    expect(m0010_unique_rules.version).toBe(10);
    const versions = migrations.map((m) => m.version);
    expect(versions).toContain(10);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-4 file with its rows unchanged and refuses codes differing only by case', () => {
    const { db, path } = versionFourFile(['CQ014', 'P01']);
    const before = dump(db);
    const result = migrate(db, path, [...BEFORE, m0010_unique_rules]);
    expect(result).toMatchObject({ from: 4, to: 10 });
    expect(userVersion(db)).toBe(10);
    expect(dump(db)).toEqual(before);
    expect(() => insertCode(db, 90, 'cq014')).toThrow(/UNIQUE/u);
    expect(() => insertCode(db, 91, 'p01')).toThrow(/UNIQUE/u);
    insertCode(db, 92, 'CQ015');
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'duplicate_code'").pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps twins already in the file, reports them, and refuses any new twin', () => {
    const { db, path } = versionFourFile(['CQ014', 'cq014', 'P01', 'Cq014', 'p01']);
    const before = dump(db);
    migrate(db, path, [...BEFORE, m0010_unique_rules]);
    expect(dump(db)).toEqual(before);
    const notes = db.prepare("SELECT entity, entity_id, detail FROM audit_log WHERE action = 'duplicate_code' ORDER BY entity_id").all() as {
      entity: string;
      entity_id: number;
      detail: string;
    }[];
    expect(notes.map((n) => [n.entity, n.entity_id, JSON.parse(n.detail)])).toEqual([
      ['unit', 2, { code: 'cq014', sameAs: 1, migration: 10 }],
      ['unit', 4, { code: 'Cq014', sameAs: 1, migration: 10 }],
      ['unit', 5, { code: 'p01', sameAs: 3, migration: 10 }],
    ]);
    expect(() => insertCode(db, 90, 'cQ014')).toThrow(/UNIQUE/u);
    expect(() => insertCode(db, 91, 'P01')).toThrow(/UNIQUE/u);
    // A kept twin can still be written as it is.
    db.prepare("UPDATE units SET name = 'Đơn vị sửa tên' WHERE id = 2").run();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
