import { describe, expect, it } from 'vitest';
import { demoApp, freshApp, refusal } from '../helpers.ts';

describe('units', () => {
  it('finds units ignoring diacritics and đ/Đ, sorted in Vietnamese order', async () => {
    const app = await demoApp();
    const linhTrung = await app.invoke('org.listUnits', { query: 'linh trung' });
    expect(linhTrung.map((u) => u.name)).toContain('Ủy ban nhân dân phường Linh Trung');
    const dang = await app.invoke('org.listUnits', { query: 'dang' });
    expect(dang.map((u) => u.name)).toEqual(expect.arrayContaining(['Trường Tiểu học Đặng Thị Rành', 'Trường Trung học cơ sở Đặng Tấn Tài']));
    const all = await app.invoke('org.listUnits', {});
    expect(all).toHaveLength(254);
    const names = all.map((u) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Đài Truyền thanh')).toBeGreaterThan(names.indexOf('Chi cục Thuế'));
    expect(names.indexOf('Đài Truyền thanh')).toBeLessThan(names.indexOf('Hội Chữ thập đỏ thành phố'));
    app.close();
  });

  it('creates, edits and deactivates a unit, storing NFC text', async () => {
    const app = freshApp();
    const created = await app.invoke('org.saveUnit', { code: 'P-LT2', name: '  Phường  Linh Trung 2 '.normalize('NFD'), kind: 'phuong_xa' });
    expect(created.name).toBe('Phường Linh Trung 2');
    expect(created.name).toBe(created.name.normalize('NFC'));
    expect((await app.invoke('org.listUnits', { query: 'LINH TRUNG' })).map((u) => u.id)).toEqual([created.id]);
    const edited = await app.invoke('org.saveUnit', { id: created.id, code: 'P-LT2', name: 'Phường Linh Trung số 2', kind: 'phuong_xa' });
    expect(edited.name).toBe('Phường Linh Trung số 2');
    await app.invoke('org.setUnitActive', { id: created.id, active: false });
    expect(await app.invoke('org.listUnits', {})).toHaveLength(0);
    expect(await app.invoke('org.listUnits', { includeInactive: true })).toHaveLength(1);
    app.close();
  });

  it('refuses bad input in Vietnamese, naming the field, and changes nothing', async () => {
    const app = freshApp();
    await app.invoke('org.saveUnit', { code: 'A1', name: 'Phòng Nội vụ', kind: 'co_quan' });
    const empty = await refusal(app, 'org.saveUnit', { code: '', name: '', kind: 'co_quan' });
    expect(empty.fields).toMatchObject({ code: 'Nhập mã đơn vị', name: 'Nhập tên đơn vị' });
    const dup = await refusal(app, 'org.saveUnit', { code: 'A1', name: 'Phòng Tư pháp', kind: 'co_quan' });
    expect(dup.fields?.code).toMatch(/đã dùng cho đơn vị "Phòng Nội vụ"/);
    const kind = await refusal(app, 'org.saveUnit', { code: 'A2', name: 'X', kind: 'bệnh viện' });
    expect(kind.fields?.kind).toBe('Loại đơn vị không hợp lệ');
    expect((await app.invoke('org.listUnits', {})).map((u) => u.name)).toEqual(['Phòng Nội vụ']);
    app.close();
  });
});

describe('khối and cụm', () => {
  it('keeps the yearly rotation of trưởng/phó as dated history', async () => {
    const app = freshApp('2022-06-01T00:00:00Z');
    const a = await app.invoke('org.saveUnit', { code: 'A', name: 'Trường A', kind: 'truong' });
    const b = await app.invoke('org.saveUnit', { code: 'B', name: 'Trường B', kind: 'truong' });
    const g = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối Trường Tiểu học' });
    await app.invoke('org.addMember', { groupId: g.id, unitId: a.id, role: 'truong', validFrom: '2021-01-01' });
    await app.invoke('org.addMember', { groupId: g.id, unitId: b.id, role: 'pho', validFrom: '2021-01-01' });
    // A second trưởng while A still holds office is refused.
    const clash = await refusal(app, 'org.addMember', { groupId: g.id, unitId: b.id, role: 'truong', validFrom: '2022-01-01' });
    expect(clash.message).toMatch(/đang có trưởng/);
    // Rotation: A steps down to phó, B becomes trưởng from 01/01/2022.
    await app.invoke('org.addMember', { groupId: g.id, unitId: a.id, role: 'pho', validFrom: '2022-01-01' });
    const detail = await app.invoke('org.addMember', { groupId: g.id, unitId: b.id, role: 'truong', validFrom: '2022-01-01' });
    const history = detail.members.map((m) => [m.unitCode, m.role, m.validFrom, m.validTo]);
    expect(history).toEqual(
      expect.arrayContaining([
        ['A', 'truong', '2021-01-01', '2022-01-01'],
        ['B', 'pho', '2021-01-01', '2022-01-01'],
        ['A', 'pho', '2022-01-01', null],
        ['B', 'truong', '2022-01-01', null],
      ]),
    );
    expect(detail.leader).toBe('Trường B');
    expect(detail.memberCount).toBe(2);
    const units = await app.invoke('org.listUnits', {});
    expect(units.find((u) => u.code === 'B')!.groups).toEqual([{ id: g.id, kind: 'khoi', name: 'Khối Trường Tiểu học', role: 'truong' }]);
    const bad = await refusal(app, 'org.endMember', { memberId: detail.members[0].id, validTo: '2020-01-01' });
    expect(bad.fields?.validTo).toMatch(/phải sau ngày bắt đầu/);
    app.close();
  });
});
