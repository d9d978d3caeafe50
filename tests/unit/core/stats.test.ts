import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../core/demo/thu-duc.ts';
import { demoApp, freshApp } from '../helpers.ts';

describe('campaign statistics on the demo (the Thủ Đức sơ kết, 12/4/2021)', () => {
  it('gives the seed figures, rounded half-up by default', async () => {
    const app = await demoApp();
    const s = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    expect(s.groups).toEqual({ khoi: 25, cum: 4 });
    expect(s.units).toEqual({ registered: 254, reported: 118, reportedPercent: '46,46%' });
    expect(s.works).toMatchObject({ registered: 703, completed: 136, completedPercent: '19,35%' });
    const [tp, cs] = s.works.byLevel;
    expect(tp.level).toBe('thanh_pho');
    expect(tp.registered + cs.registered).toBe(703);
    expect(tp.completed + cs.completed).toBe(136);
    expect(s.byGroup).toHaveLength(29);
    expect(s.byGroup.reduce((n, g) => n + g.units, 0)).toBe(254);
    expect(s.byGroup.reduce((n, g) => n + g.reported, 0)).toBe(118);
    expect(s.byGroup.reduce((n, g) => n + g.works, 0)).toBe(703);
    expect(s.byField.reduce((n, f) => n + f.works, 0)).toBe(703);
    expect(s.notReported).toHaveLength(254 - 118);
    expect(s.works.overdue).toBe(s.overdueWorks.length);
    expect(s.overdueWorks.every((w) => w.dueDate < DEMO_AS_OF)).toBe(true);
    app.close();
  });

  it('truncates like the printed article when asked, or by the saved setting', async () => {
    const app = await demoApp();
    const t = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF, truncate: true });
    expect([t.units.reportedPercent, t.works.completedPercent]).toEqual(['46,45%', '19,34%']);
    await app.invoke('settings.save', { percentMode: 'truncate' });
    const s = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    expect(s.percentMode).toBe('truncate');
    expect(s.units.reportedPercent).toBe('46,45%');
    app.close();
  });

  it('reads the counts as of an earlier date', async () => {
    const app = await demoApp();
    const early = await app.invoke('stats.campaign', { asOf: '2021-03-20' });
    expect(early.units.reported).toBe(0);
    expect(early.works.completed).toBeLessThan(136);
    expect(early.units.registered).toBeLessThan(254);
    app.close();
  });

  it('follows a new unit, its work and its completion', async () => {
    const app = await demoApp();
    const campaignId = (await app.invoke('campaigns.list', {}))[0].id;
    const unit = await app.invoke('org.saveUnit', { code: 'P-LT2', name: 'Phường Linh Trung 2', kind: 'phuong_xa' });
    const w = await app.invoke('works.save', { campaignId, unitId: unit.id, title: 'Mở rộng hẻm 5', level: 'co_so', target: '100 m', dueDate: '2021-04-30', registeredOn: '2021-04-01', enrol: true });
    let s = await app.invoke('stats.campaign', { campaignId, asOf: DEMO_AS_OF });
    expect(s.units.registered).toBe(255);
    expect([s.works.registered, s.works.completed, s.works.completedPercent]).toEqual([704, 136, '19,32%']);
    await app.invoke('works.setStatus', { id: w.id, status: 'hoan_thanh', date: '2021-04-10' });
    await app.invoke('reports.add', { campaignId, unitId: unit.id, reportDate: '2021-04-11' });
    s = await app.invoke('stats.campaign', { campaignId, asOf: DEMO_AS_OF });
    expect(s.units).toEqual({ registered: 255, reported: 119, reportedPercent: '46,67%' });
    expect([s.works.completed, s.works.completedPercent]).toEqual([137, '19,46%']);
    // A work cancelled before the date no longer counts as registered.
    const w2 = await app.invoke('works.save', { campaignId, unitId: unit.id, title: 'Việc bị hủy', level: 'co_so', registeredOn: '2021-04-01' });
    await app.invoke('works.setStatus', { id: w2.id, status: 'huy', date: '2021-04-05' });
    expect((await app.invoke('stats.campaign', { campaignId, asOf: DEMO_AS_OF })).works.registered).toBe(704);
    app.close();
  });

  it('counts an empty campaign without dividing by zero', async () => {
    const app = freshApp();
    const c = await app.invoke('campaigns.save', { name: 'Đợt trống', form: 'thuong_xuyen', startDate: '2021-01-01', endDate: '2021-12-31' });
    const s = await app.invoke('stats.campaign', { campaignId: c.id, asOf: '2021-06-01' });
    expect(s.units).toEqual({ registered: 0, reported: 0, reportedPercent: '0,00%' });
    expect(s.works.completedPercent).toBe('0,00%');
    app.close();
  });
});

describe('the default "as of" date', () => {
  it('is the last day anything was recorded: 12/4/2021 for the demo', async () => {
    const app = await demoApp('2026-11-22T08:00:00Z');
    const s = await app.invoke('stats.campaign', {});
    expect(s.asOf).toBe('2021-04-12');
    expect(s.units.reportedPercent).toBe('46,46%');
    app.close();
  });
  it('is today for a running campaign with nothing recorded yet', async () => {
    const app = freshApp('2021-06-15T08:00:00Z');
    await app.invoke('campaigns.save', { name: 'Đợt năm 2021', form: 'thuong_xuyen', startDate: '2021-01-01', endDate: '2021-12-31' });
    expect((await app.invoke('stats.campaign', {})).asOf).toBe('2021-06-15');
    app.close();
  });
});
