// Migration 0007 adds the holidays table, seeded 2020–2027: an older file keeps its rows, gains the
// known holidays, and the table refuses a date that is not ISO or the same day twice.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../../core/calendar/working-days.ts';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { HOLIDAY_SEED, m0007_holidays } from '../../../../db/migrations/0007_holidays.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const OLDER = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];

function olderFile() {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, OLDER);
  db.prepare("INSERT INTO settings (key, value) VALUES ('percentMode', 'truncate')").run();
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare("INSERT INTO campaign_milestones (campaign_id, kind, date, label) VALUES (1, 'so_ket', '2021-04-16', 'Sơ kết')").run();
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) =>
  ['settings', 'campaigns', 'campaign_milestones'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

describe('migration 0007 holidays', () => {
  it('is version 7, listed in order', () => {
    expect(m0007_holidays.version).toBe(7);
    const versions = migrations.map((m) => m.version);
    expect(versions).toContain(7);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades an older file with its rows carried over and the holidays seeded', () => {
    const { db, path } = olderFile();
    const before = dump(db);
    const result = migrate(db, path, [...OLDER, m0007_holidays]);
    expect(result).toMatchObject({ from: 4, to: 7 });
    expect(userVersion(db)).toBe(7);
    expect(dump(db)).toEqual(before);
    const rows = db.prepare('SELECT date, name FROM holidays ORDER BY date').all() as { date: string; name: string }[];
    expect(rows.length).toBe(HOLIDAY_SEED.length);
    const byDate = new Map(rows.map((r) => [r.date, r.name]));
    // Every year 2020–2027 has its Tết, Giỗ Tổ, 30/4, 1/5 and 2/9.
    for (let y = 2020; y <= 2027; y++) {
      const names = rows.filter((r) => r.date.startsWith(`${y}-`)).map((r) => r.name).join('|');
      for (const word of ['Tết Dương lịch', 'Tết Nguyên đán', 'Giỗ Tổ', '30/4', '1/5', 'Quốc khánh']) expect(names, `${y}: ${word}`).toContain(word);
    }
    expect(byDate.get('2021-04-21')).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(byDate.get('2021-02-12')).toBe('Tết Nguyên đán');
    expect(byDate.get('2021-05-03')).toBe('Nghỉ bù Ngày Quốc tế Lao động 1/5');
    expect(isWorkingDay('2021-05-03', byDate)).toBe(false);
    expect(isWorkingDay('2021-05-04', byDate)).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a malformed date and the same day twice', () => {
    const { db, path } = olderFile();
    migrate(db, path, [...OLDER, m0007_holidays]);
    const insert = db.prepare("INSERT INTO holidays (date, name, updated_at) VALUES (?, 'Nghỉ', ?)");
    expect(() => insert.run('30/4/2021', AT)).toThrow(/CHECK/u);
    expect(() => insert.run('2021-04-30', AT)).toThrow(/UNIQUE/u);
    expect(() => db.prepare("INSERT INTO holidays (date, name, updated_at) VALUES ('2021-06-01', '  ', ?)").run(AT)).toThrow(/CHECK/u);
    db.close();
  });
});
