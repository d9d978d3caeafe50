// Migration 0016 adds the packets log, the import batches and the row versions: a version-15 file with
// units, a campaign, works with their history and an audit row comes out with every row as it was, the
// three tables empty and in place, and their rules holding (a direction the log does not know, a batch
// without its packet, two versions of one row at one updated_at are refused).
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0016_packets_log } from '../../../../db/migrations/0016_packets_log.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const before16 = migrations.filter((m) => m.version < 16);

function olderFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v15.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, before16);
  const unit = db.prepare("INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'phuong_xa', ?, ?, ?)");
  unit.run(1, 'u1', 'P01', 'Phường Linh Trung', 'p01 phuong linh trung', AT, AT);
  unit.run(2, 'u2', 'P02', 'Phường Đông Hòa', 'p02 phuong dong hoa', AT, AT);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  const work = db.prepare(
    `INSERT INTO works (id, uuid, campaign_id, unit_id, title, title_key, level, status, registered_on, search, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, 'co_so', ?, '2021-03-15', ?, ?, ?)`,
  );
  work.run(1, 'w1', 1, 'Trồng cây xanh', 'trong cay xanh', 'dang_thuc_hien', 'trong cay xanh', AT, AT);
  work.run(2, 'w2', 2, 'Mở rộng hẻm', 'mo rong hem', 'da_dang_ky', 'mo rong hem', AT, AT);
  const update = db.prepare("INSERT INTO work_updates (work_id, date, status, source, created_at) VALUES (?, ?, ?, 'app', ?)");
  update.run(1, '2021-03-15', 'da_dang_ky', AT);
  update.run(1, '2021-04-02', 'dang_thuc_hien', AT);
  update.run(2, '2021-03-15', 'da_dang_ky', AT);
  db.prepare("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'create', 'unit', 1, '{}')").run(AT);
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) =>
  ['units', 'campaigns', 'works', 'work_updates', 'audit_log'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

describe('migration 0016 packets log', () => {
  it('is version 16, listed in order after every earlier migration', () => {
    expect(m0016_packets_log.version).toBe(16);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions).toContain(16);
  });

  it('upgrades an older file with its rows unchanged and the three tables empty', () => {
    const { db, path } = olderFile();
    const rows = dump(db);
    const from = userVersion(db);
    const result = migrate(db, path, [...before16, m0016_packets_log]);
    expect(result).toMatchObject({ from, to: 16 });
    expect(result.backup).not.toBeNull();
    expect(dump(db)).toEqual(rows);
    for (const t of ['packets', 'import_batches', 'row_versions']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps its rules: a known direction, a batch with its packet, one version of a row per updated_at', () => {
    const { db, path } = olderFile();
    migrate(db, path, [...before16, m0016_packets_log]);
    db.pragma('foreign_keys = ON');
    const packet = db.prepare(
      `INSERT INTO packets (direction, source_kind, what, file_name, sha256, at, counts, changes) VALUES (?, 'packet', 'report', 'p01.tdkt', 'ab', ?, '{}', '[]')`,
    );
    expect(() => packet.run('sideways', AT)).toThrow(/CHECK/u);
    const id = Number(packet.run('import', AT).lastInsertRowid);
    const batch = db.prepare("INSERT INTO import_batches (packet_id, at, before, max_ids) VALUES (?, ?, '{}', '{}')");
    expect(() => batch.run(id + 1, AT)).toThrow(/FOREIGN KEY/u);
    batch.run(id, AT);
    expect(() => batch.run(id, AT)).toThrow(/UNIQUE/u);
    const version = db.prepare("INSERT INTO row_versions (entity, uuid, updated_at, fields) VALUES ('works', 'w1', ?, '{}')");
    version.run(AT);
    expect(() => version.run(AT)).toThrow(/UNIQUE|PRIMARY/u);
    db.close();
  });
});
