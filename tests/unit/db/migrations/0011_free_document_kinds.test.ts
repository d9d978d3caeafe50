// Migration 0011 frees the kind columns and gives documents a subject. A version-10 file whose register
// holds each of the four kinds (issued, drafts, a version 2 superseding its version 1) and saved edits
// of each kind comes out with every row and column as it was, the subject empty, the indexes as they
// were plus the subject's, and the foreign keys whole — with the connection's foreign keys on, as the
// app opens its files. The rebuilt tables take a kind the old CHECK refused and keep their other rules.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0011_free_document_kinds } from '../../../../db/migrations/0011_free_document_kinds.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const BEFORE = migrations.filter((m) => m.version <= 10);
const UPTO_11 = migrations.filter((m) => m.version <= 11);

function versionTenFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v10.sqlite');
  const db = new BetterSqlite3(path);
  db.pragma('foreign_keys = ON');
  migrate(db, path, BEFORE);
  const campaign = db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (?, ?, ?, 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  );
  campaign.run(1, 'c1', 'Đợt thi đua 100 ngày', AT, AT);
  campaign.run(2, 'c2', 'Đợt thi đua chuyên đề', AT, AT);
  const doc = db.prepare(
    `INSERT INTO issued_documents (id, uuid, campaign_id, kind, stage, status, issuer, doc_type, year, number, symbol, doc_date,
       as_of, summary, file_name, file_hash, bytes, search, issued_at, version, supersedes, request_json, created_at, updated_at)
     VALUES (@id, @uuid, @campaign, @kind, @stage, @status, 'UBND', @type, 2021, @number, @symbol, @date, @asOf, @summary,
       @file, @hash, 1234, @search, @issuedAt, @version, @supersedes, @request, @at, @at)`,
  );
  const row = (r: Record<string, unknown>) =>
    doc.run({ campaign: 1, stage: null, asOf: '2021-04-12', number: null, issuedAt: null, version: 1, supersedes: null, at: AT, ...r });
  row({ id: 1, uuid: 'd1', kind: 'ke_hoach', status: 'da_ban_hanh', type: 'KH', number: 19, symbol: 'KH-UBND', date: '2021-03-12', asOf: null, summary: 'Tổ chức đợt thi đua', file: 'ke-hoach_19-KH-UBND_2021-03-12.docx', hash: 'a1', search: '19/kh-ubnd ke hoach', issuedAt: AT, request: '{"kind":"ke_hoach","campaignId":1}' });
  row({ id: 2, uuid: 'd2', kind: 'bao_cao', stage: 'so_ket', status: 'da_ban_hanh', type: 'BC', number: 1, symbol: 'BC-UBND', date: '2021-04-14', summary: 'Sơ kết đợt thi đua', file: 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx', hash: 'b2', search: '01/bc-ubnd so ket', issuedAt: '2021-04-14T02:00:00Z', request: '{"kind":"bao_cao","stage":"so_ket"}' });
  // Version 2 of the báo cáo, superseding the issued version 1: a pointer into the table being rebuilt.
  row({ id: 3, uuid: 'd3', kind: 'bao_cao', stage: 'so_ket', status: 'du_thao', type: 'BC', symbol: 'BC-UBND', date: '2021-04-16', summary: 'Sơ kết đợt thi đua', file: 'bao-cao-so-ket_du-thao-v2_2021-04-16.docx', hash: 'c3', search: 'du thao so ket', version: 2, supersedes: 2, request: '{"kind":"bao_cao","stage":"so_ket"}' });
  row({ id: 4, uuid: 'd4', kind: 'cong_van_don_doc', status: 'du_thao', type: 'CV', symbol: 'UBND-NV', date: '2021-04-13', summary: 'đôn đốc báo cáo', file: 'cong-van-don-doc_du-thao_2021-04-13.docx', hash: 'd4', search: 'du thao don doc', request: '{"kind":"cong_van_don_doc"}' });
  row({ id: 5, uuid: 'd5', campaign: 2, kind: 'giay_moi', stage: 'tong_ket', status: 'da_ban_hanh', type: 'GM', number: 3, symbol: 'GM-UBND', date: '2021-04-20', summary: 'Dự Hội nghị tổng kết', file: 'giay-moi-tong-ket_03-GM-UBND_2021-04-20.docx', hash: 'e5', search: '03/gm-ubnd giay moi', issuedAt: '2021-04-20T01:00:00Z', request: '{"kind":"giay_moi"}' });
  const section = db.prepare('INSERT INTO document_sections (campaign_id, kind, key, text, updated_at) VALUES (?, ?, ?, ?, ?)');
  section.run(1, 'ke_hoach', 'mucDich', 'Mục đích riêng của đợt.', AT);
  section.run(1, 'bao_cao', 'hanChe', 'Một số đơn vị báo cáo chậm.', AT);
  section.run(1, 'cong_van_don_doc', 'vv', 'đôn đốc nộp báo cáo', AT);
  section.run(2, 'giay_moi', 'diaDiem', 'Hội trường UBND thành phố', AT);
  section.run(2, 'bao_cao', 'hanChe', 'Chưa có.', AT);
  return { db, path };
}

const OLD_DOCUMENT_COLUMNS = [
  'id', 'uuid', 'campaign_id', 'kind', 'stage', 'status', 'issuer', 'doc_type', 'year', 'number', 'symbol', 'doc_date', 'as_of',
  'summary', 'file_name', 'file_hash', 'bytes', 'search', 'issued_at', 'version', 'supersedes', 'request_json', 'created_at', 'updated_at',
];
const dump = (db: BetterSqlite3.Database) => ({
  documents: db.prepare(`SELECT ${OLD_DOCUMENT_COLUMNS.join(', ')} FROM issued_documents ORDER BY id`).all(),
  sections: db.prepare('SELECT campaign_id, kind, key, text, updated_at FROM document_sections ORDER BY campaign_id, kind, key').all(),
  counters: db.prepare('SELECT * FROM doc_counters ORDER BY rowid').all(),
});
const indexes = (db: BetterSqlite3.Database, table: string) =>
  db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
    .all(table) as { name: string; sql: string }[];
const uniqueColumns = (db: BetterSqlite3.Database, table: string) =>
  (db.prepare(`SELECT name FROM pragma_index_list('${table}') WHERE "unique" = 1 ORDER BY name`).pluck().all() as string[]).map((i) =>
    db.prepare(`SELECT name FROM pragma_index_info('${i}') ORDER BY seqno`).pluck().all(),
  );

describe('migration 0011 free document kinds', () => {
  it('is version 11, listed in order right after 0010', () => {
    expect(m0011_free_document_kinds.version).toBe(11);
    expect(migrations[migrations.findIndex((m) => m.version === 10) + 1]).toBe(m0011_free_document_kinds);
  });

  it('carries every document, edit and index of a version-10 file across, with no subject', () => {
    const { db, path } = versionTenFile();
    const before = dump(db);
    const documentIndexes = indexes(db, 'issued_documents');
    expect(documentIndexes.map((i) => i.name)).toEqual(['issued_documents_campaign', 'issued_documents_date']);
    const documentUnique = uniqueColumns(db, 'issued_documents');

    const result = migrate(db, path, UPTO_11);
    expect(result).toMatchObject({ from: 10, to: 11 });
    expect(result.backup).not.toBeNull();
    expect(userVersion(db)).toBe(11);
    expect(dump(db)).toEqual(before);
    expect(before.documents).toHaveLength(5);
    expect(before.sections).toHaveLength(5);
    expect(db.prepare('SELECT DISTINCT subject_type, subject_id FROM issued_documents').all()).toEqual([{ subject_type: null, subject_id: null }]);
    expect(db.prepare('SELECT DISTINCT subject_type, subject_id FROM document_sections').all()).toEqual([{ subject_type: null, subject_id: null }]);
    // The old indexes exactly as they were, plus the subject's; uuid and the yearly number stay unique.
    const after = indexes(db, 'issued_documents');
    expect(after.filter((i) => i.name !== 'issued_documents_subject')).toEqual(documentIndexes);
    expect(after.map((i) => i.name)).toContain('issued_documents_subject');
    expect(uniqueColumns(db, 'issued_documents')).toEqual(documentUnique);
    expect(indexes(db, 'document_sections').map((i) => i.name)).toEqual(['document_sections_campaign', 'document_sections_subject']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT supersedes FROM issued_documents WHERE id = 3').pluck().get()).toBe(2);
    db.close();
  });

  it('takes a kind the old CHECK refused, and keeps every other rule', () => {
    const { db, path } = versionTenFile();
    const insert = (r: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO issued_documents (uuid, campaign_id, kind, status, issuer, doc_type, year, symbol, doc_date, summary, file_name,
             file_hash, bytes, search, request_json, created_at, updated_at, subject_type, subject_id)
           VALUES (@uuid, @campaign, @kind, 'du_thao', 'UBND', 'TTr', 2021, 'TTr-UBND', '2021-05-03', 'Đề nghị khen thưởng',
             @uuid, 'h', 1, 's', '{}', @at, @at, @subjectType, @subjectId)`,
        )
        .run({ campaign: null, subjectType: 'proposal', subjectId: 7, at: AT, ...r });
    expect(() => insert({ uuid: 'before', kind: 'to_trinh' })).toThrow();
    migrate(db, path, UPTO_11);
    insert({ uuid: 't1', kind: 'to_trinh' });
    expect(db.prepare("SELECT campaign_id, subject_type, subject_id FROM issued_documents WHERE uuid = 't1'").get()).toEqual({
      campaign_id: null,
      subject_type: 'proposal',
      subject_id: 7,
    });
    expect(() => insert({ uuid: 't2', kind: '' })).toThrow(/CHECK/u);
    expect(() => insert({ uuid: 't3', kind: 'to_trinh', subjectId: null })).toThrow(/CHECK/u);
    expect(() => insert({ uuid: 't1', kind: 'to_trinh' })).toThrow(/UNIQUE/u);

    const section = db.prepare(
      'INSERT INTO document_sections (campaign_id, kind, key, text, updated_at, subject_type, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    section.run(null, 'to_trinh', 'trichYeu', 'Đề nghị tặng Giấy khen', AT, 'proposal', 7);
    section.run(null, 'to_trinh', 'trichYeu', 'Của đề nghị khác', AT, 'proposal', 8);
    expect(() => section.run(null, 'to_trinh', 'trichYeu', 'Lần hai', AT, 'proposal', 7)).toThrow(/UNIQUE/u);
    // A campaign's section is still one per (campaign, kind, key), as under the old primary key.
    expect(() => section.run(1, 'ke_hoach', 'mucDich', 'Lần hai', AT, null, null)).toThrow(/UNIQUE/u);
    expect(() => section.run(null, 'to_trinh', 'x', 'Không của ai', AT, null, null)).toThrow(/CHECK/u);
    expect(() => section.run(1, '', 'x', 'Không loại', AT, null, null)).toThrow(/CHECK/u);
    // Deleting a campaign still takes its edits with it.
    expect(db.prepare('SELECT count(*) FROM document_sections WHERE campaign_id = 2').pluck().get()).toBe(2);
    db.prepare('DELETE FROM issued_documents WHERE campaign_id = 2').run();
    db.prepare('DELETE FROM campaigns WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM document_sections WHERE campaign_id = 2').pluck().get()).toBe(0);
    db.close();
  });
});
