// Migration 0012 adds people, the dated award catalogue and the base salary: a version-10 file with an
// agency, units and a campaign comes out with every row as it was, the agency at the ward level, and the
// catalogue and salaries seeded so that a decision of 2021, of 2024 and of 2026 each finds its own rules.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0012_people_award_catalogue } from '../../../../db/migrations/0012_people_award_catalogue.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const BEFORE = migrations.filter((m) => m.version <= 10);

function versionTenFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v10.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, BEFORE);
  db.prepare(
    "INSERT INTO agency (id, parent_body, name, locality, abbreviation, updated_at) VALUES (1, '', 'Ủy ban nhân dân thành phố Thủ Đức', 'Thủ Đức', 'UBND', ?)",
  ).run(AT);
  db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (1, 'u1', 'P01', 'Phường Linh Trung', 'phuong_xa', 'p01', ?, ?)",
  ).run(AT, AT);
  return { db, path };
}

const TABLES = ['agency', 'units', 'legal_bases', 'holidays'];
const dump = (db: BetterSqlite3.Database) => TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

interface FormRow {
  code: string;
  awarded_by: string;
  multiplier_milli: number;
  valid_from: string;
  valid_to: string | null;
}
const formOn = (db: BetterSqlite3.Database, code: string, day: string) =>
  db
    .prepare<[string, string, string], FormRow>(
      'SELECT code, awarded_by, multiplier_milli, valid_from, valid_to FROM award_forms WHERE code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)',
    )
    .all(code, day, day);
const salaryOn = (db: BetterSqlite3.Database, day: string) =>
  db.prepare<[string], { amount: number }>('SELECT amount FROM base_salaries WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1').get(day)?.amount;

describe('migration 0012 people and award catalogue', () => {
  it('is version 12, in order in the list', () => {
    expect(m0012_people_award_catalogue.version).toBe(12);
    const versions = migrations.map((m) => m.version);
    expect(versions).toContain(12);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-10 file: rows carried over, the agency at the ward level', () => {
    const { db, path } = versionTenFile();
    const before = dump(db);
    const result = migrate(db, path, [...BEFORE, m0012_people_award_catalogue]);
    expect(result).toMatchObject({ from: 10, to: 12 });
    expect(userVersion(db)).toBe(12);
    const after = dump(db) as Record<string, unknown>[][];
    expect(after.slice(1)).toEqual(before.slice(1));
    const { authority_level, ...agency } = after[0][0];
    expect(agency).toEqual(before[0][0]);
    expect(authority_level).toBe('chu_tich_xa');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('seeds one Giấy khen per period, so each decision date finds exactly one', () => {
    const { db, path } = versionTenFile();
    migrate(db, path, [...BEFORE, m0012_people_award_catalogue]);
    for (const day of ['2021-04-16', '2024-03-01', '2026-12-01']) {
      expect(formOn(db, 'giay_khen_ca_nhan', day)).toHaveLength(1);
      expect(formOn(db, 'giay_khen_tap_the', day)[0].multiplier_milli).toBe(600);
    }
    // Before NĐ 152/2025 a ward's chairman did not award Chiến sĩ thi đua cơ sở; after it, the cấp huyện's
    // powers are the xã's.
    expect(formOn(db, 'chien_si_thi_dua_co_so', '2024-03-01')[0].awarded_by.split(',')).not.toContain('chu_tich_xa');
    expect(formOn(db, 'chien_si_thi_dua_co_so', '2026-12-01')[0].awarded_by.split(',')).toContain('chu_tich_xa');
    expect(formOn(db, 'chien_si_thi_dua_co_so', '2026-12-01')[0].awarded_by.split(',')).not.toContain('chu_tich_huyen');
  });

  it('dates the base salary by decree: 1.490.000, 1.800.000, 2.340.000 đồng', () => {
    const { db, path } = versionTenFile();
    migrate(db, path, [...BEFORE, m0012_people_award_catalogue]);
    expect(salaryOn(db, '2021-04-16')).toBe(1_490_000);
    expect(salaryOn(db, '2023-07-01')).toBe(1_800_000);
    expect(salaryOn(db, '2024-06-30')).toBe(1_800_000);
    expect(salaryOn(db, '2026-12-01')).toBe(2_340_000);
  });

  it('refuses a person without tên and a period that ends before it starts', () => {
    const { db, path } = versionTenFile();
    migrate(db, path, [...BEFORE, m0012_people_award_catalogue]);
    expect(() =>
      db
        .prepare("INSERT INTO people (uuid, full_name, given_name, created_at, updated_at) VALUES ('p1', 'Nguyễn Văn An', ' ', ?, ?)")
        .run(AT, AT),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO award_forms (code, name, category, recipient, valid_from, valid_to, created_at, updated_at) VALUES ('x', 'X', 'hinh_thuc', 'ca_nhan', '2024-01-01', '2023-01-01', ?, ?)",
        )
        .run(AT, AT),
    ).toThrow(/CHECK/);
  });
});
