import { describe, expect, it } from 'vitest';
import { isInPeriod, nearestDayIn } from '../../../../core/campaigns/rules.ts';
import { freshApp, refusal } from '../../helpers.ts';

const PERIOD = { startDate: '2021-06-01', endDate: '2021-09-02' };
const AROUND = ['2021-05-31', '2021-06-01', '2021-09-02', '2021-09-03'];

async function campaignWithUnit(now?: string) {
  const app = freshApp(now);
  const unit = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const campaign = await app.invoke('campaigns.save', { name: 'Đợt thi đua chào mừng Quốc khánh', form: 'chuyen_de', ...PERIOD, unitIds: [unit.id] });
  return { app, unit, campaign };
}

describe('a date inside a campaign', () => {
  it('counts both ends', () => {
    expect(AROUND.map((d) => isInPeriod(d, PERIOD))).toEqual([false, true, true, false]);
  });

  it('is what the review flag and a phase’s dates go by', async () => {
    const { app, unit, campaign } = await campaignWithUnit();
    for (const due of AROUND) {
      const w = await app.invoke('works.save', {
        campaignId: campaign.id, unitId: unit.id, title: `Hạn ${due}`, field: '', level: 'co_so', target: 'x', dueDate: due, owner: '',
      });
      expect(w.flags.includes('outside_period'), due).toBe(!isInPeriod(due, PERIOD));
    }
    const base = { name: 'Đợt', form: 'chuyen_de' as const, ...PERIOD };
    for (const [start, end] of [['2021-06-01', '2021-09-02'], ['2021-05-31', '2021-07-01'], ['2021-08-01', '2021-09-03']]) {
      const env = await app.call('campaigns.save', { ...base, phases: [{ name: 'Giai đoạn 1', startDate: start, endDate: end }] });
      expect(env.ok, `${start}–${end}`).toBe(isInPeriod(start, PERIOD) && isInPeriod(end, PERIOD));
    }
    app.close();
  });

  it('decides which due dates carry-over keeps', async () => {
    const { app, unit } = await campaignWithUnit();
    const from = await app.invoke('campaigns.save', { name: 'Đợt 100 ngày', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-12-31', unitIds: [unit.id] });
    const to = (await app.invoke('campaigns.list', {})).find((c) => c.startDate === PERIOD.startDate)!;
    for (const due of AROUND) {
      const w = await app.invoke('works.save', {
        campaignId: from.id, unitId: unit.id, title: `Hạn ${due}`, field: '', level: 'co_so', target: 'x', dueDate: due, owner: '',
      });
      const { created } = await app.invoke('works.carryOver', { toCampaignId: to.id, workIds: [w.id] });
      expect((await app.invoke('works.get', { id: created[0] })).dueDate, due).toBe(isInPeriod(due, PERIOD) ? due : null);
    }
    app.close();
  });
});

describe('the nearest day of a campaign', () => {
  it('is the date inside the period, else the nearest end', () => {
    expect(nearestDayIn('2021-05-01', PERIOD)).toBe('2021-06-01');
    expect(nearestDayIn('2021-07-15', PERIOD)).toBe('2021-07-15');
    expect(nearestDayIn('2021-10-01', PERIOD)).toBe('2021-09-02');
  });

  it('is the registration date core records when none is given, and a report date core accepts', async () => {
    for (const now of ['2021-05-01T03:00:00.000Z', '2021-07-15T03:00:00.000Z', '2021-10-01T03:00:00.000Z']) {
      const { app, unit, campaign } = await campaignWithUnit(now);
      const today = now.slice(0, 10);
      const w = await app.invoke('works.save', {
        campaignId: campaign.id, unitId: unit.id, title: 'Trồng cây', field: '', level: 'co_so', target: '', dueDate: null, owner: '',
      });
      expect(w.registeredOn, now).toBe(nearestDayIn(today, campaign));
      // The report form used to default to today even before the campaign began, which core refuses.
      if (today < campaign.startDate) await refusal(app, 'reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: today, content: '', source: '' });
      const r = await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: nearestDayIn(today, campaign), content: '', source: '' });
      expect(r.reportDate).toBe(nearestDayIn(today, campaign));
      app.close();
    }
  });
});
