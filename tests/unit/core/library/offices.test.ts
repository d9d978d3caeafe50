// The offices of "Tổ chức thực hiện" through the router on a real database: seeded in order, edited,
// set aside and removed with an audit line each; a nameless office is refused and changes nothing.
import { describe, expect, it } from 'vitest';
import { databaseDigest, freshApp, refusal } from '../../helpers.ts';

describe('offices', () => {
  it('lists the seeded offices in order, all in use, each with a duty', async () => {
    const app = freshApp();
    const list = await app.invoke('offices.list', {});
    expect(list.map((o) => o.name)).toEqual([
      'Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)',
      'Phòng Văn hóa – Thông tin',
      'Phòng Tài chính – Kế hoạch',
      'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      'Ủy ban nhân dân các phường',
      'Trưởng các khối, cụm thi đua',
      'Thủ trưởng các cơ quan, đơn vị',
    ]);
    expect(list.every((o) => o.active && o.duty.length > 20)).toBe(true);
    app.close();
  });

  it('adds, edits, sets aside and removes an office, auditing each change', async () => {
    const app = freshApp();
    const added = await app.invoke('offices.save', { name: 'Công an phường', duty: 'Bảo đảm an ninh, trật tự.\nPhối hợp tuyên truyền.', sort: 65 });
    expect(added).toMatchObject({ name: 'Công an phường', duty: 'Bảo đảm an ninh, trật tự.\nPhối hợp tuyên truyền.', sort: 65, active: true });
    expect((await app.invoke('offices.list', {})).map((o) => o.name).indexOf('Công an phường')).toBe(6);
    const aside = await app.invoke('offices.save', { ...added, active: false });
    expect(aside.active).toBe(false);
    await app.invoke('offices.remove', { id: added.id });
    expect((await app.invoke('offices.list', {})).map((o) => o.id)).not.toContain(added.id);
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'office' AND entity_id = ? ORDER BY id").pluck().all(added.id);
    expect(audit).toEqual(['create', 'update', 'delete']);
    app.close();
  });

  it('refuses a nameless office or a wrong order next to the field, changing nothing', async () => {
    const app = freshApp();
    const before = databaseDigest(app.connection.raw);
    expect((await refusal(app, 'offices.save', { name: ' ', duty: 'x' })).fields).toEqual({ name: 'Nhập tên cơ quan, đơn vị' });
    expect((await refusal(app, 'offices.save', { name: 'Phòng Y tế', sort: 1.5 })).fields).toEqual({ sort: 'Thứ tự phải là số nguyên' });
    expect((await refusal(app, 'offices.save', { id: 999, name: 'Phòng Y tế' })).code).toBe('not_found');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });
});
