// Migration 0009 adds the "công trình tiêu biểu" flag: a version-4 file with works comes out with every
// row as it was, each work not featured, and the column refusing anything but 0 and 1.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';
import { m0002_documents } from '../../../../db/migrations/0002_documents.ts';
import { m0003_application_id } from '../../../../db/migrations/0003_application_id.ts';
import { m0004_large_campaigns } from '../../../../db/migrations/0004_large_campaigns.ts';
import { m0009_featured_works } from '../../../../db/migrations/0009_featured_works.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const OLDER = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns];

function versionFourFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v4.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, OLDER);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    "INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (1, 'u1', 'P01', 'Phường Linh Trung', 'phuong_xa', 'p01', ?, ?)",
  ).run(AT, AT);
  const work = db.prepare(
    `INSERT INTO works (id, uuid, campaign_id, unit_id, title, title_key, level, status, registered_on, completed_on, search, created_at, updated_at)
     VALUES (?, ?, 1, 1, ?, ?, 'co_so', ?, '2021-03-15', ?, '', ?, ?)`,
  );
  work.run(1, 'w1', 'Trồng cây xanh', 'trong cay xanh', 'hoan_thanh', '2021-04-02', AT, AT);
  work.run(2, 'w2', 'Mở rộng hẻm', 'mo rong hem', 'dang_thuc_hien', null, AT, AT);
  return { db, path };
}

const works = (db: BetterSqlite3.Database) => db.prepare('SELECT * FROM works ORDER BY id').all() as Record<string, unknown>[];

describe('migration 0009 featured works', () => {
  it('is version 9, listed in order after 0004', () => {
    expect(m0009_featured_works.version).toBe(9);
    const versions = migrations.map((m) => m.version);
    expect(versions.indexOf(9)).toBeGreaterThan(versions.indexOf(4));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('upgrades a version-4 file: every work carried over as it was, none featured', () => {
    const { db, path } = versionFourFile();
    const before = works(db);
    expect(before[0]).not.toHaveProperty('featured');
    const result = migrate(db, path, [...OLDER, m0009_featured_works]);
    expect(result).toMatchObject({ from: 4, to: 9 });
    expect(result.backup).not.toBeNull();
    expect(userVersion(db)).toBe(9);
    expect(works(db)).toEqual(before.map((w) => ({ ...w, featured: 0 })));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('takes 0 and 1 only', () => {
    const { db, path } = versionFourFile();
    migrate(db, path, [...OLDER, m0009_featured_works]);
    db.prepare('UPDATE works SET featured = 1 WHERE id = 1').run();
    expect(db.prepare('SELECT id FROM works WHERE featured = 1').pluck().all()).toEqual([1]);
    expect(() => db.prepare('UPDATE works SET featured = 2 WHERE id = 2').run()).toThrow(/CHECK constraint failed/u);
    db.close();
  });
});
