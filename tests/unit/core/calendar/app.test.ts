// The holidays through the router on a real database: listed by year, added, corrected and removed
// with an audit row each; a day listed twice or a date that does not exist is refused in Vietnamese,
// naming the field, and changes nothing.
import { describe, expect, it } from 'vitest';
import { databaseDigest, freshApp, refusal } from '../../helpers.ts';

describe('calendar holidays', () => {
  it('lists the seeded year, and adds, edits and removes a day with an audit row each', async () => {
    const app = freshApp();
    const y2021 = await app.invoke('calendar.listHolidays', { year: 2021 });
    expect(y2021.map((h) => h.date)).toEqual([
      '2021-01-01', '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16',
      '2021-04-21', '2021-04-30', '2021-05-01', '2021-05-03', '2021-09-02', '2021-09-03',
    ]);
    const added = await app.invoke('calendar.saveHoliday', { date: '2021-12-31', name: '  Nghỉ cuối năm  ' });
    expect(added).toMatchObject({ date: '2021-12-31', name: 'Nghỉ cuối năm' });
    const moved = await app.invoke('calendar.saveHoliday', { id: added.id, date: '2021-12-30', name: 'Nghỉ hoán đổi' });
    expect(moved).toEqual({ id: added.id, date: '2021-12-30', name: 'Nghỉ hoán đổi' });
    expect(await app.invoke('calendar.removeHoliday', { id: added.id })).toEqual({ removed: added.id });
    expect((await app.invoke('calendar.listHolidays', { year: 2021 })).length).toBe(12);
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'holiday' ORDER BY id").pluck().all();
    expect(audit).toEqual(['create', 'save', 'delete']);
    app.close();
  });

  it('refuses a day already listed, an impossible date and an empty name, changing nothing', async () => {
    const app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const twice = await refusal(app, 'calendar.saveHoliday', { date: '2021-04-30', name: 'Nghỉ' });
    expect(twice.fields?.date).toBe('Ngày 30/4/2021 đã có trong danh sách ngày nghỉ ("Ngày Chiến thắng 30/4").');
    const bad = await refusal(app, 'calendar.saveHoliday', { date: '2021-02-31', name: 'Nghỉ' });
    expect(Object.keys(bad.fields ?? {})).toEqual(['date']);
    expect(bad.message).not.toMatch(/[A-Za-z]{6,}/u);
    const empty = await refusal(app, 'calendar.saveHoliday', { date: '2021-06-01', name: '   ' });
    expect(empty.fields?.name).toBe('Nhập tên ngày nghỉ');
    const missing = await refusal(app, 'calendar.removeHoliday', { id: 99_999 });
    expect(missing.message).toBe('Không tìm thấy ngày nghỉ có mã số 99999.');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });
});
