// Migration 0014 adds proposals, the council, decisions and the award register: a version-12 file with an
// agency, a unit, a campaign and a person comes out with every row as it was, and the register's guards
// hold: a line is never deleted, changes only by a revocation, an issued decision never changes, and a
// vote never counts more members than were present.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0014_awards } from '../../../../db/migrations/0014_awards.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-04-20T00:00:00Z';
const BEFORE = migrations.filter((m) => m.version <= 12);

function versionTwelveFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v12.sqlite');
  const db = new BetterSqlite3(path);
  db.pragma('foreign_keys = ON');
  migrate(db, path, BEFORE);
  db.prepare(
    "INSERT INTO agency (id, parent_body, name, locality, abbreviation, updated_at) VALUES (1, '', 'Ủy ban nhân dân thành phố Thủ Đức', 'Thủ Đức', 'UBND', ?)",
  ).run(AT);
  db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (1, 'u1', 'P01', 'Phường Linh Trung', 'phuong_xa', 'p01', ?, ?)",
  ).run(AT, AT);
  db.prepare(
    "INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at) VALUES (1, 'c1', 'Đợt thi đua 100 ngày', 'chuyen_de', '2021-03-12', '2021-05-19', '', ?, ?)",
  ).run(AT, AT);
  db.prepare(
    "INSERT INTO people (id, uuid, full_name, family_name, middle_name, given_name, unit_id, created_at, updated_at) VALUES (1, 'p1', 'Đặng Thị Hoa', 'Đặng', 'Thị', 'Hoa', 1, ?, ?)",
  ).run(AT, AT);
  return { db, path };
}

const TABLES = ['agency', 'units', 'campaigns', 'people', 'award_forms', 'base_salaries'];
const dump = (db: BetterSqlite3.Database) => TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

/** A migrated file holding one issued decision with one register line, one print and one spoiled blank. */
function withRegister() {
  const { db, path } = versionTwelveFile();
  migrate(db, path, [...BEFORE, m0014_awards]);
  const form = db.prepare<[], { id: number }>("SELECT id FROM award_forms WHERE code = 'giay_khen_ca_nhan' AND valid_from <= '2021-04-20' ORDER BY valid_from DESC").get()!;
  db.exec(`
    INSERT INTO proposals (id, uuid, unit_id, campaign_id, year, created_at, updated_at) VALUES (1, 'pr1', 1, 1, 2021, '${AT}', '${AT}');
    INSERT INTO proposal_nominees (id, uuid, proposal_id, kind, person_id, form_code, achievement, created_at, updated_at)
      VALUES (1, 'n1', 1, 'ca_nhan', 1, 'giay_khen_ca_nhan', 'Hoàn thành xuất sắc', '${AT}', '${AT}');
    INSERT INTO council_meetings (id, uuid, meeting_date, members_total, members_present, threshold_hundredths, created_at, updated_at)
      VALUES (1, 'm1', '2021-04-18', 9, 8, 8000, '${AT}', '${AT}');
    INSERT INTO meeting_proposals VALUES (1, 1);
    INSERT INTO meeting_votes (meeting_id, nominee_id, agree) VALUES (1, 1, 7);
    INSERT INTO decisions (id, uuid, meeting_id, form_code, decision_date, status, year, number, symbol, issuer, signer_name, issued_at, created_at, updated_at)
      VALUES (1, 'd1', 1, 'giay_khen_ca_nhan', '2021-04-20', 'da_ban_hanh', 2021, 25, 'QĐ-UBND', 'UBND', 'Nguyễn Văn A', '${AT}', '${AT}', '${AT}');
    INSERT INTO awards (id, uuid, decision_id, nominee_id, kind, person_id, salutation, name, form_id, form_code, form_name, book_year, book_number, created_at)
      VALUES (1, 'a1', 1, 1, 'ca_nhan', 1, 'Bà', 'Đặng Thị Hoa', ${form.id}, 'giay_khen_ca_nhan', 'Giấy khen', 2021, 1, '${AT}');
    INSERT INTO award_prints (award_id, printed_at, paper) VALUES (1, '${AT}', 'phoi');
    INSERT INTO spoiled_blanks (award_id, spoiled_at, reason, count) VALUES (1, '${AT}', 'Kẹt giấy', 1);
  `);
  return db;
}

describe('migration 0014 awards', () => {
  it('is version 14, in order in the list', () => {
    expect(m0014_awards.version).toBe(14);
    const versions = migrations.map((m) => m.version);
    expect(versions).toContain(14);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-12 file with every row carried over', () => {
    const { db, path } = versionTwelveFile();
    const before = dump(db);
    const result = migrate(db, path, [...BEFORE, m0014_awards]);
    expect(result).toMatchObject({ from: 12, to: 14 });
    expect(userVersion(db)).toBe(14);
    expect(dump(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('never deletes a register line, a print or a spoiled blank', () => {
    const db = withRegister();
    expect(() => db.prepare('DELETE FROM awards WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM award_prints').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM spoiled_blanks').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE award_prints SET printer = 'x'").run()).toThrow(/never changed/);
    expect(db.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(1);
  });

  it('changes a line only by revoking it, once', () => {
    const db = withRegister();
    expect(() => db.prepare('UPDATE awards SET book_number = 2 WHERE id = 1').run()).toThrow(/only a revocation/);
    expect(() => db.prepare("UPDATE awards SET name = 'Đặng Thị Hòa', revoked_at = ?, revoked_reason = 'Sai tên' WHERE id = 1").run(AT)).toThrow(
      /only a revocation/,
    );
    expect(() => db.prepare("UPDATE awards SET revoked_at = ?, revoked_reason = ' ' WHERE id = 1").run(AT)).toThrow(/CHECK/);
    db.prepare("UPDATE awards SET revoked_at = ?, revoked_reason = 'Kê khai không trung thực' WHERE id = 1").run(AT);
    expect(() => db.prepare("UPDATE awards SET revoked_reason = 'Khác' WHERE id = 1").run()).toThrow(/only a revocation/);
    expect(db.prepare('SELECT revoked_reason FROM awards WHERE id = 1').pluck().get()).toBe('Kê khai không trung thực');
  });

  it('keeps an issued decision and its lines as issued', () => {
    const db = withRegister();
    expect(() => db.prepare('DELETE FROM decisions WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE decisions SET number = 26 WHERE id = 1').run()).toThrow(/never changed/);
    expect(() => db.prepare('INSERT INTO decision_lines (decision_id, nominee_id) VALUES (1, 1)').run()).toThrow(/is issued/);
    // A draft is the user's to change or drop.
    db.prepare("INSERT INTO decisions (id, uuid, decision_date, created_at, updated_at) VALUES (2, 'd2', '2021-05-01', ?, ?)").run(AT, AT);
    db.prepare('INSERT INTO decision_lines (decision_id, nominee_id) VALUES (2, 1)').run();
    db.prepare('DELETE FROM decisions WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM decision_lines').pluck().get()).toBe(0);
  });

  it('refuses a số sổ twice in a year and form, a vote above those present, present above total', () => {
    const db = withRegister();
    const formId = db.prepare('SELECT form_id FROM awards WHERE id = 1').pluck().get();
    const again = db.prepare(
      "INSERT INTO awards (uuid, decision_id, kind, name, form_id, form_code, form_name, book_year, book_number, created_at) VALUES (?, 1, 'ca_nhan', 'Lê Văn Bình', ?, 'giay_khen_ca_nhan', 'Giấy khen', ?, 1, ?)",
    );
    expect(() => again.run('a2', formId, 2021, AT)).toThrow(/UNIQUE/);
    again.run('a3', formId, 2022, AT);
    expect(() => db.prepare('UPDATE meeting_votes SET agree = 9').run()).toThrow(/agree above members_present/);
    expect(() => db.prepare('UPDATE council_meetings SET members_present = 6').run()).toThrow(/a vote above members_present/);
    expect(() => db.prepare('UPDATE council_meetings SET members_present = 10').run()).toThrow(/CHECK/);
  });

  it('refuses a collective without a name and a person nominee without the person', () => {
    const db = withRegister();
    const nominee = db.prepare(
      "INSERT INTO proposal_nominees (uuid, proposal_id, kind, unit_id, person_id, name, form_code, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, 'giay_khen_tap_the', ?, ?)",
    );
    expect(() => nominee.run('x1', 'tap_the', 1, null, ' ', AT, AT)).toThrow(/CHECK/);
    expect(() => nominee.run('x2', 'ca_nhan', 1, null, '', AT, AT)).toThrow(/CHECK/);
    nominee.run('x3', 'tap_the', 1, null, 'Tổ dân phố 5', AT, AT);
  });
});
