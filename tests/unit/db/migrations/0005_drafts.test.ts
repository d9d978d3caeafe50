// Migration 0005 rebuilds issued_documents with a status: a version-4 file whose register holds a
// numbered báo cáo, a numbered kế hoạch and a công văn left blank comes out with the numbered ones
// issued (on the day they were last written), the blank one a draft, every other column as it was, a
// request to rebuild each from, and the new rules (a number exactly when issued) enforced.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { m0005_drafts } from '../../../../db/migrations/0005_drafts.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const OLD = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];
const OLD_COLUMNS = [
  'id', 'uuid', 'campaign_id', 'kind', 'stage', 'issuer', 'doc_type', 'year', 'number', 'symbol', 'doc_date', 'as_of',
  'summary', 'file_name', 'file_hash', 'bytes', 'search', 'created_at', 'updated_at',
];

function versionFourFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, OLD);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  const doc = db.prepare(
    `INSERT INTO issued_documents (id, uuid, campaign_id, kind, stage, issuer, doc_type, year, number, symbol, doc_date, as_of,
       summary, file_name, file_hash, bytes, search, created_at, updated_at)
     VALUES (@id, @uuid, 1, @kind, @stage, 'UBND', @type, 2021, @number, @symbol, @date, @asOf, @summary, @file, @hash, 1234, @search, ?, @updated)`,
  );
  doc.run(AT, { id: 1, uuid: 'd1', kind: 'bao_cao', stage: 'so_ket', type: 'BC', number: 1, symbol: 'BC-UBND', date: '2021-04-14', asOf: '2021-04-12', summary: 'Sơ kết đợt thi đua', file: 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx', hash: 'a1', search: 'so ket', updated: '2021-04-14T02:00:00Z' });
  doc.run(AT, { id: 2, uuid: 'd2', kind: 'ke_hoach', stage: null, type: 'KH', number: 19, symbol: 'KH-UBND', date: '2021-03-12', asOf: null, summary: 'Tổ chức đợt thi đua', file: 'ke-hoach_19-KH-UBND_2021-03-12.docx', hash: 'b2', search: 'ke hoach', updated: AT });
  doc.run(AT, { id: 3, uuid: 'd3', kind: 'cong_van_don_doc', stage: null, type: 'CV', number: null, symbol: 'UBND-NV', date: '2021-04-13', asOf: '2021-04-12', summary: 'V/v đôn đốc báo cáo', file: 'cong-van-don-doc_chua-so_2021-04-13.docx', hash: 'c3', search: 'don doc', updated: '2021-04-13T01:00:00Z' });
  return { db, path };
}

const oldColumns = (db: BetterSqlite3.Database) =>
  db.prepare(`SELECT ${OLD_COLUMNS.join(', ')} FROM issued_documents ORDER BY id`).all();

describe('migration 0005 drafts', () => {
  it('is version 5, listed in order after 0004', () => {
    expect(m0005_drafts.version).toBe(5);
    expect(migrations[migrations.findIndex((m) => m.version === 4) + 1]).toBe(m0005_drafts);
  });

  it('carries every row across: numbered ones issued, blank ones drafts, with a request to rebuild each', () => {
    const { db, path } = versionFourFile();
    const before = oldColumns(db);
    const result = migrate(db, path, [...OLD, m0005_drafts]);
    expect(result).toMatchObject({ from: 4, to: 5 });
    expect(result.backup).not.toBeNull();
    expect(userVersion(db)).toBe(5);
    expect(oldColumns(db)).toEqual(before);
    const rows = db
      .prepare('SELECT id, status, issued_at, version, supersedes, request_json FROM issued_documents ORDER BY id')
      .all() as { id: number; status: string; issued_at: string | null; version: number; supersedes: number | null; request_json: string }[];
    expect(rows.map(({ request_json: _r, ...r }) => r)).toEqual([
      { id: 1, status: 'da_ban_hanh', issued_at: '2021-04-14T02:00:00Z', version: 1, supersedes: null },
      { id: 2, status: 'da_ban_hanh', issued_at: AT, version: 1, supersedes: null },
      { id: 3, status: 'du_thao', issued_at: null, version: 1, supersedes: null },
    ]);
    expect(rows.map((r) => JSON.parse(r.request_json))).toEqual([
      { kind: 'bao_cao', campaignId: 1, stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' },
      { kind: 'ke_hoach', campaignId: 1, date: '2021-03-12' },
      { kind: 'cong_van_don_doc', campaignId: 1, asOf: '2021-04-12', date: '2021-04-13' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'issued_documents' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'issued_documents_campaign',
      'issued_documents_date',
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('holds a number exactly when issued, and keeps numbers unique in the year', () => {
    const { db, path } = versionFourFile();
    migrate(db, path, [...OLD, m0005_drafts]);
    expect(() => db.prepare("UPDATE issued_documents SET number = 7 WHERE id = 3").run()).toThrow(/CHECK constraint/u);
    expect(() => db.prepare("UPDATE issued_documents SET status = 'du_thao' WHERE id = 1").run()).toThrow(/CHECK constraint/u);
    expect(() => db.prepare("UPDATE issued_documents SET status = 'da_ban_hanh', number = 5 WHERE id = 3").run()).toThrow(/CHECK constraint/u);
    db.prepare("UPDATE issued_documents SET status = 'da_ban_hanh', number = 5, issued_at = ? WHERE id = 3").run(AT);
    expect(() =>
      db.prepare("UPDATE issued_documents SET number = 1, doc_type = 'BC', symbol = 'BC-UBND' WHERE id = 3").run(),
    ).toThrow(/UNIQUE constraint/u);
    db.close();
  });
});
