// Migration 0019 swaps the statistics' indexes: a version-15 file with works (cancelled, completed,
// overdue, several fields) comes out with every row as it was, the new indexes in place of
// works_stats, and the same figures on every day as the query of version 15 gave.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countWorks } from '../../../../core/stats/work-counts.ts';
import { addDays } from '../../../../core/text/dates.ts';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0019_settled_stats } from '../../../../db/migrations/0019_settled_stats.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const OLDER = migrations.filter((m) => m.version < 19);

function olderFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v15.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, OLDER);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-01', '2021-06-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare("INSERT INTO campaign_fields (campaign_id, seq, name) VALUES (1, 1, 'Trồng cây xanh'), (1, 2, 'Cải cách hành chính')").run();
  const unit = db.prepare("INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'phuong_xa', '', ?, ?)");
  unit.run(1, 'u1', 'P01', 'Phường Linh Trung', AT, AT);
  unit.run(2, 'u2', 'P02', 'Phường Đông Hòa', AT, AT);
  const work = db.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, status, due_date, registered_on, completed_on, cancelled_on, search, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const rows: [number, string, string, string, string | null, string, string | null, string | null][] = [
    [1, 'Trồng cây xanh', 'co_so', 'hoan_thanh', '2021-04-30', '2021-03-05', '2021-04-10', null],
    [1, 'Trồng cây xanh', 'thanh_pho', 'dang_thuc_hien', '2021-04-01', '2021-03-05', null, null],
    [1, 'Cải cách hành chính', 'co_so', 'huy', '2021-05-01', '2021-03-10', null, '2021-04-20'],
    [2, '', 'co_so', 'da_dang_ky', null, '2021-03-15', null, null],
    [2, 'Khác', 'thanh_pho', 'hoan_thanh', '2021-04-15', '2021-03-20', '2021-04-16', null],
    [2, 'Cải cách hành chính', 'co_so', 'dang_thuc_hien', '2021-04-05', '2021-04-01', null, null],
  ];
  rows.forEach(([unitId, field, level, status, due, registered, completed, cancelled], i) => {
    work.run(`w${i}`, unitId, `Công trình ${i}`, `cong trinh ${i}`, field, level, status, due, registered, completed, cancelled, AT, AT);
  });
  return { db, path };
}

/** What version 15 counted: the grouped query over works_stats, summed. */
function countedBefore(db: BetterSqlite3.Database, d: string) {
  return db
    .prepare(
      `SELECT count(*) AS works, count(*) FILTER (WHERE completed_on <= @d) AS completed,
              count(*) FILTER (WHERE due_date < @d AND (completed_on IS NULL OR completed_on > @d)) AS overdue
         FROM works INDEXED BY works_stats
        WHERE campaign_id = 1 AND registered_on <= @d AND (cancelled_on IS NULL OR cancelled_on > @d)`,
    )
    .get({ d });
}

const days = () => Array.from({ length: 80 }, (_, i) => addDays('2021-03-01', i));
const indexes = (db: BetterSqlite3.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'works' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];

describe('migration 0019 settled stats', () => {
  it('is version 19, listed in order', () => {
    expect(m0019_settled_stats.version).toBe(19);
    const versions = migrations.map((m) => m.version);
    expect(versions.indexOf(19)).toBeGreaterThan(versions.indexOf(15));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-15 file: every row as it was, the same figures on every day', () => {
    const { db, path } = olderFile();
    const before = db.prepare('SELECT * FROM works ORDER BY id').all();
    const figures = days().map((d) => countedBefore(db, d));
    expect(indexes(db)).toContain('works_stats');

    const result = migrate(db, path, migrations);
    expect(result).toMatchObject({ from: OLDER.at(-1)!.version, to: 19 });
    expect(userVersion(db)).toBe(19);
    expect(db.prepare('SELECT * FROM works ORDER BY id').all()).toEqual(before);
    expect(indexes(db)).toEqual(expect.arrayContaining(['works_live', 'works_cancelled', 'works_last_day']));
    expect(indexes(db)).not.toContain('works_stats');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = days().map((d) => {
      const c = countWorks(db, 1, d);
      return { works: c.works, completed: c.completed, overdue: c.overdue };
    });
    expect(after).toEqual(figures);
    // The days cover both ways of counting, and figures that change over them.
    expect(after.at(-1)).toEqual({ works: 5, completed: 2, overdue: 2 });
    expect(new Set(after.map((f) => JSON.stringify(f))).size).toBeGreaterThan(5);
    db.close();
  });
});
