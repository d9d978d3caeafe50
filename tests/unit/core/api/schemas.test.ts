// The wall cleans text as it enters: what a user pastes from Word or a web page is stored without the
// characters that would make every document holding it unopenable, and a pasted line break stays a
// break (multi-line text) or becomes a space (one-line text) instead of gluing two words.
import { describe, expect, it } from 'vitest';
import { freshApp } from '../../helpers.ts';

const PASTED = 'Phường\ufffe Linh\u0007 Trung\ud800\u000bThủ Đức';

describe('text crossing the wall', () => {
  it('is saved and read back clean, a pasted line break a space in one-line fields', async () => {
    const app = freshApp();
    const unit = await app.invoke('org.saveUnit', { code: 'P-LT', name: PASTED, shortName: 'Linh\uffffTrung', kind: 'phuong_xa' });
    const stored = await app.invoke('org.getUnit', { id: unit.id });
    expect(stored.name).toBe('Phường Linh Trung Thủ Đức');
    expect(stored.shortName).toBe('LinhTrung');
    const raw = app.connection.raw.prepare('SELECT name, short_name FROM units WHERE id = ?').get(unit.id);
    expect(raw).toEqual({ name: 'Phường Linh Trung Thủ Đức', short_name: 'LinhTrung' });
    app.close();
  });

  it('keeps a pasted line break as a line in multi-line fields', async () => {
    const app = freshApp();
    const unit = await app.invoke('org.saveUnit', { code: 'P-LT', name: 'Phường Linh Trung', kind: 'phuong_xa' });
    const campaign = await app.invoke('campaigns.save', {
      name: 'Thi đua\u2028chuyên đề',
      form: 'chuyen_de',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      unitIds: [unit.id],
    });
    expect(campaign.name).toBe('Thi đua chuyên đề');
    await app.invoke('reports.add', {
      campaignId: campaign.id,
      unitId: unit.id,
      reportDate: '2021-04-10',
      content: `Kết quả:\u000b${PASTED}\r\n- xong\u2029- tiếp`,
    });
    const [report] = await app.invoke('reports.list', { campaignId: campaign.id });
    expect(report.content).toBe('Kết quả:\nPhường Linh Trung\nThủ Đức\n- xong\n- tiếp');
    app.close();
  });
});

describe('dates crossing the wall', () => {
  it('refuses a day the calendar does not have, naming the field and the reason, and saves nothing', async () => {
    const app = freshApp();
    const unit = await app.invoke('org.saveUnit', { code: 'P-LT', name: 'Phường Linh Trung', kind: 'phuong_xa' });
    const campaign = await app.invoke('campaigns.save', { name: 'Thi đua', form: 'chuyen_de', startDate: '2021-01-01', endDate: '2021-12-31', unitIds: [unit.id] });
    const env = await app.call('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-02-31' });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.fields?.reportDate).toBe('Ngày không hợp lệ: 2021-02-31 — tháng 02/2021 chỉ có 28 ngày');
    expect(await app.invoke('reports.list', { campaignId: campaign.id })).toEqual([]);
    app.close();
  });
});
