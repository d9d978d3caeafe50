// Migration 0004 adds indexes only: a version-2 file with works, status history and a repeated title
// comes out with every row as it was, the indexes present, and the queries of issue 7 using them.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';

function versionTwoFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v2.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, [m0001_initial, m0002_documents]);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  const unit = db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'phuong_xa', ?, ?, ?)",
  );
  unit.run(1, 'u1', 'P01', 'Phường Linh Trung', 'p01 phuong linh trung', AT, AT);
  unit.run(2, 'u2', 'P02', 'Phường Đông Hòa', 'p02 phuong dong hoa', AT, AT);
  const work = db.prepare(
    `INSERT INTO works (id, uuid, campaign_id, unit_id, title, title_key, level, status, registered_on, search, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, 'co_so', ?, '2021-03-15', ?, ?, ?)`,
  );
  work.run(1, 'w1', 1, 'Trồng cây xanh', 'trong cay xanh', 'dang_thuc_hien', 'trong cay xanh', AT, AT);
  work.run(2, 'w2', 1, 'Trồng cây xanh', 'trong cay xanh', 'da_dang_ky', 'trong cay xanh', AT, AT);
  work.run(3, 'w3', 2, 'Mở rộng hẻm', 'mo rong hem', 'huy', 'mo rong hem', AT, AT);
  const update = db.prepare("INSERT INTO work_updates (work_id, date, status, source, created_at) VALUES (?, ?, ?, 'app', ?)");
  update.run(1, '2021-03-15', 'da_dang_ky', AT);
  update.run(1, '2021-04-02', 'dang_thuc_hien', AT);
  update.run(3, '2021-04-05', 'huy', AT);
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) =>
  ['units', 'works', 'work_updates'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
const indexes = (db: BetterSqlite3.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
const plan = (db: BetterSqlite3.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration 0004 large campaigns', () => {
  it('is version 4 and listed after 0002', () => {
    expect(m0004_large_campaigns.version).toBe(4);
    const versions = migrations.map((m) => m.version);
    expect(versions.indexOf(4)).toBeGreaterThan(versions.indexOf(2));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-2 file with its rows unchanged and the new indexes in place', () => {
    const { db, path } = versionTwoFile();
    const before = dump(db);
    expect(indexes(db)).toContain('works_title_key');

    const result = migrate(db, path, [m0001_initial, m0002_documents, m0004_large_campaigns]);
    expect(result).toMatchObject({ from: 2, to: 4 });
    expect(result.backup).not.toBeNull();
    expect(userVersion(db)).toBe(4);
    expect(dump(db)).toEqual(before);
    expect(indexes(db)).toEqual(expect.arrayContaining(['work_updates_date', 'works_search', 'works_repeat', 'works_campaign']));
    // works_repeat starts with works_title_key's columns and takes its place.
    expect(indexes(db)).not.toContain('works_title_key');
    expect(db.prepare("SELECT name FROM pragma_index_info('works_repeat') ORDER BY seqno").pluck().all()).toEqual([
      'campaign_id', 'unit_id', 'title_key', 'status',
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('gives the typed search and the repeat count index-only reads', () => {
    const { db, path } = versionTwoFile();
    migrate(db, path, [m0001_initial, m0002_documents, m0004_large_campaigns]);
    expect(plan(db, "SELECT id FROM works INDEXED BY works_search WHERE campaign_id = 1 AND search LIKE '%cay%'")).toMatch(
      /COVERING INDEX works_search/u,
    );
    expect(
      plan(db, "SELECT unit_id, title_key, count(*) FILTER (WHERE status <> 'huy') FROM works INDEXED BY works_repeat WHERE campaign_id = 1 GROUP BY unit_id, title_key"),
    ).toMatch(/COVERING INDEX works_repeat/u);
    expect(plan(db, "SELECT date, work_id FROM work_updates INDEXED BY work_updates_date WHERE date <= '2021-04-30' ORDER BY date DESC")).toMatch(
      /COVERING INDEX work_updates_date/u,
    );
    // The repeat of "Trồng cây xanh" in unit 1 is still found through the new index.
    const repeated = db
      .prepare("SELECT count(*) FROM works INDEXED BY works_repeat WHERE campaign_id = 1 AND unit_id = 1 AND title_key = 'trong cay xanh' AND status <> 'huy'")
      .pluck()
      .get();
    expect(repeated).toBe(2);
    db.close();
  });
});
