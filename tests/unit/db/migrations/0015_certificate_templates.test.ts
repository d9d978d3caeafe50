// Migration 0015 adds the certificate templates and printer calibrations: a version-10 file with units,
// a campaign, a holiday and an audit row comes out with every row as it was, the two tables in place
// with their rules (one default, unique printer + tray, offsets within ± 20 mm), and the two seeded
// templates valid by the very schema the app reads them with.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { templateOf } from '../../../../core/certificates/app.ts';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0015_certificate_templates } from '../../../../db/migrations/0015_certificate_templates.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const before15 = migrations.filter((m) => m.version < 15);

function olderFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v10.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, before15);
  const unit = db.prepare("INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'phuong_xa', ?, ?, ?)");
  unit.run(1, 'u1', 'P01', 'Phường Linh Trung', 'p01 phuong linh trung', AT, AT);
  unit.run(2, 'u2', 'P02', 'Phường Đông Hòa', 'p02 phuong dong hoa', AT, AT);
  db.prepare(
    `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
     VALUES (1, 'c1', 'Đợt thi đua', 'chuyen_de', '2021-03-12', '2021-04-30', 'dot thi dua', ?, ?)`,
  ).run(AT, AT);
  db.prepare("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'create', 'unit', 1, '{}')").run(AT);
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) => ['units', 'campaigns', 'holidays', 'audit_log'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

describe('migration 0015 certificate templates', () => {
  it('is version 15, listed in order after every earlier migration', () => {
    expect(m0015_certificate_templates.version).toBe(15);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions.at(-1)).toBeGreaterThanOrEqual(15);
  });

  it('upgrades an older file with its rows unchanged and seeds two valid templates, the full design the default', () => {
    const { db, path } = olderFile();
    const rows = dump(db);
    const from = userVersion(db);
    const result = migrate(db, path, [...before15, m0015_certificate_templates]);
    expect(result).toMatchObject({ from, to: 15 });
    expect(result.backup).not.toBeNull();
    expect(dump(db)).toEqual(rows);
    const seeded = db.prepare('SELECT * FROM certificate_templates ORDER BY id').all() as Parameters<typeof templateOf>[0][];
    expect(seeded.map((r) => [r.name, r.kind, r.width_mm, r.height_mm, r.is_default])).toEqual([
      ['Giấy khen in trên giấy trắng A4 ngang', 'full', 297, 210, 1],
      ['Phôi Giấy khen A4 ngang', 'phoi', 297, 210, 0],
    ]);
    for (const r of seeded) expect(templateOf(r).fields.name.shown).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps one default template, one calibration per printer and tray, and offsets within ± 20 mm', () => {
    const { db, path } = olderFile();
    migrate(db, path, [...before15, m0015_certificate_templates]);
    expect(() => db.prepare("UPDATE certificate_templates SET is_default = 1 WHERE kind = 'phoi'").run()).toThrow(/UNIQUE/u);
    const cal = db.prepare('INSERT INTO printer_calibrations (printer, tray, offset_x_mm, offset_y_mm, scale, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)');
    cal.run('Canon LBP 2900', 'Khay tay', 1.5, -2, AT, AT);
    cal.run('Canon LBP 2900', '', 0, 0, AT, AT);
    expect(() => cal.run('Canon LBP 2900', 'Khay tay', 0, 0, AT, AT)).toThrow(/UNIQUE/u);
    expect(() => cal.run('HP', '', 20.5, 0, AT, AT)).toThrow(/CHECK/u);
    expect(() => db.prepare("UPDATE certificate_templates SET fields = 'không phải JSON'").run()).toThrow(/CHECK/u);
    db.close();
  });
});
