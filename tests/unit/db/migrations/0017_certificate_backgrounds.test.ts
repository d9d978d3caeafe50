// Migration 0017 adds the editor's background images of the blanks: a version-15 file with its seeded
// templates, an edited template and a calibration comes out with every row as it was, and the new
// table takes one PNG or JPEG per template, refuses anything else, and goes with its template.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../db/migrate.ts';
import { m0017_certificate_backgrounds } from '../../../../db/migrations/0017_certificate_backgrounds.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const before17 = migrations.filter((m) => m.version < 17);

function olderFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v15.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, before17);
  db.prepare("UPDATE certificate_templates SET name = 'Phôi Giấy khen quận', updated_at = ? WHERE kind = 'phoi'").run(AT);
  db.prepare("INSERT INTO printer_calibrations (printer, tray, offset_x_mm, offset_y_mm, scale, created_at, updated_at) VALUES ('Canon LBP 2900', 'Khay tay', 1.5, -2, 1, ?, ?)").run(AT, AT);
  return { db, path };
}

const dump = (db: BetterSqlite3.Database) => ['certificate_templates', 'printer_calibrations', 'audit_log'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('migration 0017 certificate backgrounds', () => {
  it('is version 17, listed in order after every earlier migration', () => {
    expect(m0017_certificate_backgrounds.version).toBe(17);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions).toContain(17);
  });

  it('upgrades an older file with its templates and calibrations unchanged', () => {
    const { db, path } = olderFile();
    const rows = dump(db);
    const result = migrate(db, path, [...before17, m0017_certificate_backgrounds]);
    expect(result).toMatchObject({ from: before17.at(-1)!.version, to: 17 });
    expect(result.backup).not.toBeNull();
    expect(dump(db)).toEqual(rows);
    expect(db.prepare('SELECT count(*) FROM certificate_backgrounds').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps one PNG or JPEG per template and drops it with the template', () => {
    const { db, path } = olderFile();
    migrate(db, path, [...before17, m0017_certificate_backgrounds]);
    db.pragma('foreign_keys = ON');
    const phoi = db.prepare("SELECT id FROM certificate_templates WHERE kind = 'phoi'").pluck().get() as number;
    const put = db.prepare('INSERT INTO certificate_backgrounds (template_id, mime, image, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    put.run(phoi, 'image/png', PNG, AT, AT);
    expect(() => put.run(phoi, 'image/png', PNG, AT, AT)).toThrow(/UNIQUE|PRIMARY/u);
    expect(() => put.run(999, 'image/png', PNG, AT, AT)).toThrow(/FOREIGN KEY/u);
    const full = db.prepare("SELECT id FROM certificate_templates WHERE kind = 'full'").pluck().get() as number;
    expect(() => put.run(full, 'image/gif', PNG, AT, AT)).toThrow(/CHECK/u);
    expect(() => put.run(full, 'image/png', 'không phải ảnh', AT, AT)).toThrow(/CHECK/u);
    expect(db.prepare('SELECT image FROM certificate_backgrounds WHERE template_id = ?').pluck().get(phoi)).toEqual(PNG);
    db.prepare('DELETE FROM certificate_templates WHERE id = ?').run(phoi);
    expect(db.prepare('SELECT count(*) FROM certificate_backgrounds').pluck().get()).toBe(0);
    db.close();
  });
});
