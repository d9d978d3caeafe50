// Unit codes are one code whatever their case: "cq014" is refused beside "CQ014" (issue 8), in the app
// and, for a file written by another program, by migration 0010's index.
import { describe, expect, it } from 'vitest';
import { freshApp, refusal } from '../../helpers.ts';

describe('unit codes', () => {
  it('refuses a code differing only by case, naming the field and the unit holding it', async () => {
    const app = freshApp();
    const first = await app.invoke('org.saveUnit', { code: 'CQ014', name: 'Phòng Nội vụ', kind: 'co_quan' });
    const e = await refusal(app, 'org.saveUnit', { code: 'cq014', name: 'Phòng Tư pháp', kind: 'co_quan' });
    expect(e.fields?.code).toBe('Mã "cq014" đã dùng cho đơn vị "Phòng Nội vụ" (mã "CQ014": chữ hoa và chữ thường được coi là một mã).');
    // Letters beyond ASCII too, which SQLite's NOCASE does not fold.
    await app.invoke('org.saveUnit', { code: 'ĐV01', name: 'Đoàn Thanh niên', kind: 'khac' });
    expect((await refusal(app, 'org.saveUnit', { code: 'đv01', name: 'Đội', kind: 'khac' })).fields?.code).toMatch(/Đoàn Thanh niên/u);
    // Renaming another unit onto it is refused the same way; a unit keeps its own code when edited.
    const other = await app.invoke('org.saveUnit', { code: 'CQ015', name: 'Phòng Tư pháp', kind: 'co_quan' });
    expect((await refusal(app, 'org.saveUnit', { id: other.id, code: 'Cq014', name: 'Phòng Tư pháp', kind: 'co_quan' })).fields?.code).toMatch(/CQ014/u);
    await app.invoke('org.saveUnit', { id: first.id, code: 'CQ014', name: 'Phòng Nội vụ thành phố', kind: 'co_quan' });
    expect((await app.invoke('org.listUnits', {})).map((u) => u.code).sort()).toEqual(['CQ014', 'CQ015', 'ĐV01']);
    app.close();
  });

  it('lets a twin entered before the rule keep its code and be edited, and refuses a third', async () => {
    const app = freshApp();
    const a = await app.invoke('org.saveUnit', { code: 'CQ014', name: 'Phòng Nội vụ', kind: 'co_quan' });
    // As an older file holds it: written before the rule, out of the index by id (migration 0010).
    const raw = app.connection.raw;
    raw.exec('DROP INDEX units_code_nocase');
    raw
      .prepare("INSERT INTO units (uuid, code, name, kind, search, created_at, updated_at) VALUES ('t', 'cq014', 'Phòng Tư pháp', 'co_quan', '', 'x', 'x')")
      .run();
    const twin = raw.prepare("SELECT id FROM units WHERE code = 'cq014'").pluck().get() as number;
    raw.exec(`CREATE UNIQUE INDEX units_code_nocase ON units(code COLLATE NOCASE) WHERE id NOT IN (${twin})`);
    const edited = await app.invoke('org.saveUnit', { id: twin, code: 'cq014', name: 'Phòng Tư pháp thành phố', kind: 'co_quan' });
    expect(edited.name).toBe('Phòng Tư pháp thành phố');
    expect((await refusal(app, 'org.saveUnit', { code: 'Cq014', name: 'Thứ ba', kind: 'co_quan' })).fields?.code).toMatch(/Phòng Nội vụ/u);
    expect((await refusal(app, 'org.saveUnit', { id: twin, code: 'CQ014', name: 'Phòng Tư pháp', kind: 'co_quan' })).fields?.code).toMatch(
      /Phòng Nội vụ/u,
    );
    expect((await app.invoke('org.getUnit', { id: a.id })).code).toBe('CQ014');
    app.close();
  });
});
