// Khối/cụm the tables can trust: no two named alike, a unit in one khối and one cụm at a time (or the
// table by khối sums to 256 against a headline of 255), inactive units not added, and a khối/cụm made
// by mistake deleted while nothing refers to it (issue 8).
import { describe, expect, it } from 'vitest';
import { freshApp, refusal } from '../../helpers.ts';

async function twoUnits() {
  const app = freshApp('2022-06-01T00:00:00Z');
  const a = await app.invoke('org.saveUnit', { code: 'A', name: 'Trường Tiểu học An Phú', kind: 'truong' });
  const b = await app.invoke('org.saveUnit', { code: 'B', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  return { app, a, b };
}

describe('khối/cụm names', () => {
  it('refuses the same name twice, ignoring case and diacritics, and lets a group keep its own', async () => {
    const { app } = await twoUnits();
    const k = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối Giáo dục' });
    for (const name of ['Khối Giáo dục', 'khối giáo dục', 'KHOI GIAO DUC', '  Khối  Giáo dục ']) {
      const e = await refusal(app, 'org.saveGroup', { code: 'K2', kind: 'khoi', name });
      expect(e.fields?.name, name).toBe(`Tên "${name.trim().replace(/\s+/gu, ' ')}" trùng với khối "Khối Giáo dục" (mã K1).`);
    }
    expect((await refusal(app, 'org.saveGroup', { code: 'Khoi-Cum', kind: 'cum', name: 'Khối giáo dục' })).fields?.name).toMatch(/trùng với khối/u);
    expect((await refusal(app, 'org.saveGroup', { code: 'k1', kind: 'khoi', name: 'Khối Y tế' })).fields?.code).toMatch(/Khối Giáo dục/u);
    await app.invoke('org.saveGroup', { id: k.id, code: 'K1', kind: 'khoi', name: 'Khối Giáo dục' });
    expect((await app.invoke('org.listGroups', {})).map((g) => g.name)).toEqual(['Khối Giáo dục']);
    app.close();
  });
});

describe('one khối and one cụm at a time', () => {
  it('refuses a unit joining a second khối while it belongs to one, naming it; a cụm is another matter', async () => {
    const { app, a } = await twoUnits();
    const k1 = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối Giáo dục' });
    const k2 = await app.invoke('org.saveGroup', { code: 'K2', kind: 'khoi', name: 'Khối Văn hóa – Xã hội' });
    const c1 = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.addMember', { groupId: k1.id, unitId: a.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    const e = await refusal(app, 'org.addMember', { groupId: k2.id, unitId: a.id, role: 'thanh_vien', validFrom: '2022-01-01' });
    expect(e.fields?.unitId).toBe(
      '"Trường Tiểu học An Phú" đã thuộc khối "Khối Giáo dục" (từ 01/01/2021). Mỗi đơn vị chỉ thuộc một khối tại một thời điểm: hãy kết thúc tư cách thành viên ở khối đó trước.',
    );
    // Joining before the first membership starts overlaps it too (the new one is open-ended).
    expect((await refusal(app, 'org.addMember', { groupId: k2.id, unitId: a.id, role: 'pho', validFrom: '2020-06-01' })).fields?.unitId).toMatch(
      /Khối Giáo dục/u,
    );
    await app.invoke('org.addMember', { groupId: c1.id, unitId: a.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    expect((await app.invoke('org.getGroup', { id: k2.id })).members).toEqual([]);
    // Once the first membership ends, the unit moves: from that day, without a day in both.
    const [m] = (await app.invoke('org.getGroup', { id: k1.id })).members;
    await app.invoke('org.endMember', { memberId: m.id, validTo: '2022-01-01' });
    const moved = await app.invoke('org.addMember', { groupId: k2.id, unitId: a.id, role: 'thanh_vien', validFrom: '2022-01-01' });
    expect(moved.memberCount).toBe(1);
    const stats = await app.invoke('org.listGroups', { kind: 'khoi' });
    expect(stats.map((g) => [g.code, g.memberCount])).toEqual([['K1', 0], ['K2', 1]]);
    // Still refused back into K1 from a day K2 holds it.
    expect((await refusal(app, 'org.addMember', { groupId: k1.id, unitId: a.id, role: 'thanh_vien', validFrom: '2022-03-01' })).fields?.unitId).toMatch(
      /Khối Văn hóa – Xã hội/u,
    );
    app.close();
  });

  it('refuses adding a unit that stopped working', async () => {
    const { app, b } = await twoUnits();
    const c1 = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.setUnitActive', { id: b.id, active: false });
    const e = await refusal(app, 'org.addMember', { groupId: c1.id, unitId: b.id, role: 'thanh_vien', validFrom: '2022-01-01' });
    expect(e.fields?.unitId).toBe('Đơn vị "Phường Linh Trung" đã ngừng hoạt động.');
    app.close();
  });
});

describe('deleting a khối/cụm', () => {
  it('deletes one nothing refers to, audited, and refuses one with members, saying so', async () => {
    const { app, a } = await twoUnits();
    const wrong = await app.invoke('org.saveGroup', { code: 'K9', kind: 'khoi', name: 'Khối nhập nhầm' });
    const used = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.addMember', { groupId: used.id, unitId: a.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    const [m] = (await app.invoke('org.getGroup', { id: used.id })).members;
    await app.invoke('org.endMember', { memberId: m.id, validTo: '2021-06-01' });
    expect(await app.invoke('org.removeGroup', { id: wrong.id })).toEqual({ removed: wrong.id });
    const e = await refusal(app, 'org.removeGroup', { id: used.id });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(
      'Không xóa được cụm "Cụm 1": đã có 1 lượt thành viên (kể cả đã kết thúc). Hãy kết thúc tư cách thành viên hoặc giữ lại làm lịch sử.',
    );
    expect((await app.invoke('org.listGroups', {})).map((g) => g.code)).toEqual(['C1']);
    const logged = app.connection.raw.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'delete' AND entity = 'group'").all();
    expect(logged).toEqual([{ entity_id: wrong.id, detail: JSON.stringify({ kind: 'khoi', name: 'Khối nhập nhầm' }) }]);
    expect((await refusal(app, 'org.removeGroup', { id: wrong.id })).code).toBe('not_found');
    app.close();
  });
});
