// Migration 0006: a version-4 file whose agency has one signer comes out with that signer as the first
// row of the signers list and the default of every kind, the Hội đồng as an issuer of its own under the
// agency, the recipients seeded per kind, the agency's other columns and every other row as they were.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { m0006_issuers_signers } from '../../../../db/migrations/0006_issuers_signers.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const OLDER = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];

function versionFourFile(withAgency: boolean): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, OLDER);
  if (withAgency) {
    db.prepare(
      `INSERT INTO agency (id, parent_body, name, locality, abbreviation, signer_title, signer_name, signer_authority, updated_at)
       VALUES (1, 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Ủy ban nhân dân thành phố Thủ Đức', 'Thủ Đức', 'UBND', 'Phó Chủ tịch', 'Nguyễn Kỳ Phùng', 'TM. Ủy ban nhân dân KT. Chủ tịch', ?)`,
    ).run(AT);
  }
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO issued_documents (uuid, campaign_id, kind, stage, issuer, doc_type, year, number, symbol, doc_date, summary, file_name, file_hash, bytes, search, created_at, updated_at)
     VALUES ('d1', 1, 'bao_cao', 'so_ket', 'UBND', 'BC', 2021, 1, 'BC-UBND', '2021-04-14', 'Sơ kết', 'bc.docx', 'abc', 10, 'bc', ?, ?)`,
  ).run(AT, AT);
  return { db, path };
}

const rows = (db: BetterSqlite3.Database, sql: string) => db.prepare(sql).all();

describe('migration 0006 issuers and signers', () => {
  it('is version 6, listed in order', () => {
    expect(m0006_issuers_signers.version).toBe(6);
    const versions = migrations.map((m) => m.version);
    expect(versions).toContain(6);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it("carries the agency's signer over as the default of every kind and keeps every other row", () => {
    const { db, path } = versionFourFile(true);
    const documents = rows(db, 'SELECT * FROM issued_documents');
    const campaigns = rows(db, 'SELECT * FROM campaigns');

    const result = migrate(db, path, [...OLDER, m0006_issuers_signers]);
    expect(result).toMatchObject({ from: 4, to: 6 });
    expect(userVersion(db)).toBe(6);

    expect(rows(db, 'SELECT * FROM agency')).toEqual([
      {
        id: 1,
        parent_body: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
        name: 'Ủy ban nhân dân thành phố Thủ Đức',
        locality: 'Thủ Đức',
        abbreviation: 'UBND',
        updated_at: AT,
      },
    ]);
    // The authority typed on one line is split into its two lines.
    expect(rows(db, 'SELECT id, authority, title, name FROM signers')).toEqual([
      { id: 1, authority: 'TM. Ủy ban nhân dân\nKT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' },
    ]);
    expect(rows(db, 'SELECT issuer_id, kind, signer_id FROM signer_defaults ORDER BY kind')).toEqual(
      ['bao_cao', 'cong_van_don_doc', 'giay_moi', 'ke_hoach'].map((kind) => ({ issuer_id: 0, kind, signer_id: 1 })),
    );
    expect(rows(db, 'SELECT name, parent_body, abbreviation FROM issuers')).toEqual([
      { name: 'Hội đồng Thi đua - Khen thưởng', parent_body: 'Ủy ban nhân dân TP Thủ Đức', abbreviation: 'HĐTĐKT' },
    ]);
    const perKind = db
      .prepare<[string], string>(
        'SELECT r.name FROM recipients r JOIN recipient_kinds k ON k.recipient_id = r.id WHERE k.kind = ? ORDER BY r.sort',
      )
      .pluck();
    expect(perKind.all('giay_moi')).toEqual(['Như thành phần mời']);
    expect(perKind.all('cong_van_don_doc')).toEqual(['Như trên', 'Thường trực Hội đồng Thi đua - Khen thưởng']);
    expect(perKind.all('ke_hoach')).toContain('Sở Nội vụ (Ban Thi đua - Khen thưởng)');

    expect(rows(db, 'SELECT * FROM issued_documents')).toEqual(documents);
    expect(rows(db, 'SELECT * FROM campaigns')).toEqual(campaigns);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('upgrades a file set up before any agency with no signer and the Hội đồng under the agency to come', () => {
    const { db, path } = versionFourFile(false);
    migrate(db, path, [...OLDER, m0006_issuers_signers]);
    expect(rows(db, 'SELECT * FROM signers')).toEqual([]);
    expect(rows(db, 'SELECT * FROM signer_defaults')).toEqual([]);
    expect(rows(db, 'SELECT parent_body, abbreviation FROM issuers')).toEqual([{ parent_body: '', abbreviation: 'HĐTĐKT' }]);
    db.close();
  });
});
