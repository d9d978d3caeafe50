import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { migrate, userVersion } from '../../../../db/migrate.ts';

const AT = '2021-04-14T00:00:00Z';

function fresh() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  m0001_initial.up(db);
  m0002_documents.up(db);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  return db;
}

const insertDoc = (db: BetterSqlite3.Database, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO issued_documents (uuid, campaign_id, kind, stage, issuer, doc_type, year, number, symbol, doc_date, as_of,
         summary, file_name, file_hash, bytes, search, created_at, updated_at)
       VALUES (@uuid, 1, @kind, @stage, 'UBND', @doc_type, @year, @number, @symbol, '2021-04-14', '2021-04-12',
         'Sơ kết', 'a.docx', 'ab', 10, 'so ket', @at, @at)`,
    )
    .run({ uuid: crypto.randomUUID(), kind: 'bao_cao', stage: 'so_ket', doc_type: 'BC', year: 2021, number: 1, symbol: 'BC-UBND', at: AT, ...over });

describe('migration 0002 documents', () => {
  it('creates the numbering register, the issued-documents register and the edited sections', () => {
    const db = fresh();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['doc_counters', 'issued_documents', 'document_sections']));
  });

  it('keeps one counter per (issuer, type, year) and refuses negative numbers', () => {
    const db = fresh();
    const put = db.prepare("INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES (?, ?, ?, ?, 'x')");
    put.run('UBND', 'KH', 2021, 19);
    put.run('HĐTĐKT', 'KH', 2021, 3);
    put.run('UBND', 'KH', 2022, 0);
    expect(() => put.run('UBND', 'KH', 2021, 20)).toThrow(/UNIQUE/u);
    expect(() => put.run('UBND', 'BC', 2021, -1)).toThrow(/CHECK/u);
  });

  it('makes a number unique within its issuer, type and year, but allows several blank numbers', () => {
    const db = fresh();
    insertDoc(db, { number: 5 });
    expect(() => insertDoc(db, { number: 5 })).toThrow(/UNIQUE/u);
    insertDoc(db, { number: 5, year: 2022 });
    insertDoc(db, { number: 5, doc_type: 'KH', symbol: 'KH-UBND', kind: 'ke_hoach', stage: null });
    insertDoc(db, { number: null });
    insertDoc(db, { number: null });
    expect(() => insertDoc(db, { number: 0 })).toThrow(/CHECK/u);
    expect(() => insertDoc(db, { kind: 'quyet_dinh' })).toThrow(/CHECK/u);
    expect(() => insertDoc(db, { stage: 'giua_ky' })).toThrow(/CHECK/u);
  });

  it('keeps edited sections per campaign and document, and drops them with the campaign', () => {
    const db = fresh();
    const put = db.prepare("INSERT INTO document_sections (campaign_id, kind, key, text, updated_at) VALUES (?, ?, ?, ?, 'x')");
    put.run(1, 'bao_cao', 'uuDiem', 'Văn bản đã sửa');
    expect(() => put.run(1, 'bao_cao', 'uuDiem', 'lần hai')).toThrow(/UNIQUE|PRIMARY/u);
    expect(() => put.run(2, 'bao_cao', 'uuDiem', 'x')).toThrow(/FOREIGN KEY/u);
    db.prepare('DELETE FROM campaigns WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM document_sections').pluck().get()).toBe(0);
  });

  it('upgrades a version-1 database in place', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', [m0001_initial]);
    expect(userVersion(db)).toBe(1);
    migrate(db, ':memory:', [m0001_initial, m0002_documents]);
    expect(userVersion(db)).toBe(2);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'issued_documents'").pluck().get()).toBe(1);
  });
});
