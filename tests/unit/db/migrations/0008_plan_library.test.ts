// Migration 0008 adds the plan's library: a version-4 file with a campaign, its units and an issued
// plan comes out with every row as it was, the campaign with an empty upper-level plan, and the two
// seeded lists a kế hoạch is written from (dated legal bases, offices in order).
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { m0008_plan_library } from '../../../../db/migrations/0008_plan_library.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const BEFORE = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];

function versionFourFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, BEFORE);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, plan_number, plan_date, plan_issuer, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua 100 ngày', 'chuyen_de', '2021-03-12', '2021-05-19', '19/KH-UBND', '2021-03-12',
             'Ủy ban nhân dân thành phố Thủ Đức', 'dot thi dua 100 ngay', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (1, 'u1', 'P01', 'Phường Linh Trung', 'phuong_xa', 'p01 phuong linh trung', ?, ?)",
  ).run(AT, AT);
  db.prepare("INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES ('r1', 1, 1, '2021-03-12', ?)").run(AT);
  db.prepare(
    `INSERT INTO issued_documents (uuid, campaign_id, kind, issuer, doc_type, year, number, symbol, doc_date, summary, file_name, file_hash, bytes, search, created_at, updated_at)
     VALUES ('d1', 1, 'ke_hoach', 'UBND', 'KH', 2021, 19, 'KH-UBND', '2021-03-12', 'Tổ chức đợt thi đua', 'ke-hoach.docx', 'abc', 10, 'to chuc', ?, ?)`,
  ).run(AT, AT);
  db.prepare("INSERT INTO document_sections (campaign_id, kind, key, text, updated_at) VALUES (1, 'ke_hoach', 'mucDich', 'Mục đích riêng.', ?)").run(AT);
  return { db, path };
}

const TABLES = ['units', 'registrations', 'issued_documents', 'document_sections'];
const dump = (db: BetterSqlite3.Database) => TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

describe('migration 0008 plan library', () => {
  it('is version 8, listed after 0004, the list in order', () => {
    expect(m0008_plan_library.version).toBe(8);
    const versions = migrations.map((m) => m.version);
    expect(versions.indexOf(8)).toBeGreaterThan(versions.indexOf(4));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-4 file: rows carried over, the campaign gains an empty upper-level plan', () => {
    const { db, path } = versionFourFile();
    const before = dump(db);
    const campaign = db.prepare('SELECT * FROM campaigns').get() as Record<string, unknown>;

    const result = migrate(db, path, [...BEFORE, m0008_plan_library]);
    expect(result).toMatchObject({ from: 4, to: 8 });
    expect(result.backup).not.toBeNull();
    expect(userVersion(db)).toBe(8);
    expect(dump(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM campaigns').get()).toEqual({ ...campaign, upper_plan: '' });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('seeds the laws and decrees with the dates they were in force, one law and one decree on any day', () => {
    const { db, path } = versionFourFile();
    migrate(db, path, [...BEFORE, m0008_plan_library]);
    const inForce = (d: string) =>
      db
        .prepare("SELECT text FROM legal_bases WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) AND ',' || kinds || ',' LIKE '%,ke_hoach,%' ORDER BY sort, id")
        .pluck()
        .all(d, d) as string[];
    expect(inForce('2021-03-12')).toEqual([
      expect.stringMatching(/^Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003/u),
      expect.stringMatching(/^Căn cứ Nghị định số 91\/2017\/NĐ-CP/u),
    ]);
    expect(inForce('2023-12-31')[1]).toMatch(/91\/2017/u);
    expect(inForce('2024-01-01')).toEqual([
      expect.stringMatching(/^Căn cứ Luật Thi đua, khen thưởng số 06\/2022\/QH15/u),
      expect.stringMatching(/^Căn cứ Nghị định số 98\/2023\/NĐ-CP/u),
    ]);
    expect(inForce('2025-06-30')[1]).toMatch(/98\/2023/u);
    expect(inForce('2025-07-01')[1]).toMatch(/152\/2025/u);
    expect(inForce('2026-12-01')).toHaveLength(2);
    // A basis cannot end before it starts.
    expect(() =>
      db.prepare("INSERT INTO legal_bases (text, valid_from, valid_to, created_at, updated_at) VALUES ('x', '2024-01-02', '2024-01-01', '', '')").run(),
    ).toThrow(/CHECK/u);
    db.close();
  });

  it('seeds the offices of section IV in order, the standing office first', () => {
    const { db, path } = versionFourFile();
    migrate(db, path, [...BEFORE, m0008_plan_library]);
    const names = db.prepare('SELECT name FROM offices WHERE active = 1 ORDER BY sort, id').pluck().all();
    expect(names).toEqual([
      'Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)',
      'Phòng Văn hóa – Thông tin',
      'Phòng Tài chính – Kế hoạch',
      'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      'Ủy ban nhân dân các phường',
      'Trưởng các khối, cụm thi đua',
      'Thủ trưởng các cơ quan, đơn vị',
    ]);
    expect(db.prepare("SELECT count(*) FROM offices WHERE trim(duty) = ''").pluck().get()).toBe(0);
    // Seeded with a fixed stamp: two files migrated at different moments hold the same rows.
    expect(db.prepare('SELECT DISTINCT created_at FROM offices UNION SELECT DISTINCT updated_at FROM legal_bases').pluck().all()).toEqual([
      '2026-12-01T00:00:00.000Z',
    ]);
    db.close();
  });
});
