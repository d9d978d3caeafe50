// A unit's report recorded with the wrong date or text is corrected, or deleted, and the audit log keeps
// what it said before (issue 8): the "as of" figures read these dates.
import { describe, expect, it } from 'vitest';
import { freshApp, refusal, unitAndCampaign } from '../../helpers.ts';

const auditOf = (app: ReturnType<typeof freshApp>, action: string) =>
  (app.connection.raw.prepare("SELECT entity_id, detail FROM audit_log WHERE entity = 'unit_report' AND action = ? ORDER BY id").all(action) as {
    entity_id: number;
    detail: string;
  }[]).map((r) => ({ id: r.entity_id, detail: JSON.parse(r.detail) }));

describe('correcting a unit report', () => {
  it('changes its date, text and source, audited with the old values, and the figures follow', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    const r = await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-05-19', content: 'Đã xong', source: 'Email' });
    expect((await app.invoke('stats.campaign', { campaignId: campaign.id, asOf: '2021-04-12' })).units.reported).toBe(0);
    const fixed = await app.invoke('reports.update', { id: r.id, reportDate: '2021-04-10', content: 'Báo cáo số 25/BC-UBND', source: 'Công văn' });
    expect(fixed).toMatchObject({ id: r.id, unitId: unit.id, reportDate: '2021-04-10', content: 'Báo cáo số 25/BC-UBND', source: 'Công văn' });
    expect(await app.invoke('reports.list', { campaignId: campaign.id })).toEqual([fixed]);
    expect((await app.invoke('stats.campaign', { campaignId: campaign.id, asOf: '2021-04-12' })).units.reported).toBe(1);
    expect(auditOf(app, 'update')).toEqual([
      {
        id: r.id,
        detail: {
          before: { reportDate: '2021-05-19', content: 'Đã xong', source: 'Email' },
          after: { reportDate: '2021-04-10', content: 'Báo cáo số 25/BC-UBND', source: 'Công văn' },
        },
      },
    ]);
    app.close();
  });

  it('refuses a date before the campaign or not on the calendar, naming the field, and changes nothing', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    const r = await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-04-10' });
    const early = await refusal(app, 'reports.update', { id: r.id, reportDate: '2021-03-01' });
    expect(early.fields?.reportDate).toBe('Ngày báo cáo không được trước ngày bắt đầu đợt thi đua (12/3/2021).');
    const bad = await refusal(app, 'reports.update', { id: r.id, reportDate: '2021-04-31' });
    expect(bad.fields?.reportDate).toBe('Ngày không hợp lệ: 2021-04-31 — tháng 4/2021 chỉ có 30 ngày');
    expect((await refusal(app, 'reports.update', { id: 999, reportDate: '2021-04-10' })).code).toBe('not_found');
    expect((await app.invoke('reports.list', { campaignId: campaign.id }))[0].reportDate).toBe('2021-04-10');
    expect(auditOf(app, 'update')).toEqual([]);
    app.close();
  });

  it('deletes one, the audit keeping what it said', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    const r = await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-04-10', content: 'Nhầm đơn vị', source: 'Email' });
    await app.invoke('reports.remove', { id: r.id });
    expect(await app.invoke('reports.list', { campaignId: campaign.id })).toEqual([]);
    expect(auditOf(app, 'delete')).toEqual([
      { id: r.id, detail: { unitId: unit.id, reportDate: '2021-04-10', content: 'Nhầm đơn vị', source: 'Email' } },
    ]);
    app.close();
  });
});
