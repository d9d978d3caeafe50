// The secretariat marks "công trình tiêu biểu" on the work itself: the flag is kept, read back, audited,
// refused for a cancelled work, and the báo cáo lists exactly the marked works.
import { describe, expect, it } from 'vitest';
import { demoApp, refusal } from '../../helpers.ts';

describe('works.setFeatured', () => {
  it('marks and unmarks a work, audited, and refuses a cancelled one in Vietnamese', async () => {
    const app = await demoApp();
    const raw = app.connection.raw;
    const id = raw.prepare("SELECT id FROM works WHERE status = 'hoan_thanh' ORDER BY id LIMIT 1").pluck().get() as number;
    expect((await app.invoke('works.get', { id })).featured).toBe(false);
    expect((await app.invoke('works.setFeatured', { id, featured: true })).featured).toBe(true);
    expect(raw.prepare('SELECT featured FROM works WHERE id = ?').pluck().get(id)).toBe(1);
    expect((await app.invoke('works.setFeatured', { id, featured: false })).featured).toBe(false);
    expect(raw.prepare("SELECT action FROM audit_log WHERE entity = 'work' AND entity_id = ? ORDER BY id").pluck().all(id)).toEqual([
      'feature',
      'unfeature',
    ]);

    const other = raw.prepare("SELECT id, title FROM works WHERE status = 'da_dang_ky' ORDER BY id LIMIT 1").get() as { id: number; title: string };
    await app.invoke('works.setStatus', { id: other.id, status: 'huy', date: '2021-04-15', note: '' });
    const e = await refusal(app, 'works.setFeatured', { id: other.id, featured: true });
    expect(e.message).toBe(`Công trình "${other.title}" đã hủy, không thể chọn là công trình tiêu biểu.`);
    expect(e.fields).toHaveProperty('featured');
    expect(raw.prepare('SELECT featured FROM works WHERE id = ?').pluck().get(other.id)).toBe(0);
    expect((await refusal(app, 'works.setFeatured', { id: 999_999, featured: true })).code).toBe('not_found');
    app.close();
  });
});
