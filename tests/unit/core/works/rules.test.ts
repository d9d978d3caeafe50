import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import type { WorkStatus } from '../../../../db/schema.ts';
import {
  canCarryOver,
  canChange,
  earliestStatusDate,
  nextStatuses,
  planFacts,
  workFlags,
} from '../../../../core/works/rules.ts';
import { freshApp, refusal, unitAndCampaign } from '../../helpers.ts';

const STATUSES: WorkStatus[] = ['da_dang_ky', 'dang_thuc_hien', 'hoan_thanh', 'khong_hoan_thanh', 'huy'];

async function setup(app: TdktApp) {
  const { unit, campaign } = await unitAndCampaign(app);
  let n = 0;
  const work = async (status: WorkStatus = 'da_dang_ky', extra: Partial<{ field: string; target: string; dueDate: string | null }> = {}) => {
    n += 1;
    const w = await app.invoke('works.save', {
      campaignId: campaign.id,
      unitId: unit.id,
      title: `Công trình ${n}`,
      field: 'Trồng cây xanh',
      level: 'co_so',
      target: '200 cây',
      dueDate: '2021-04-30',
      owner: '',
      registeredOn: '2021-03-15',
      ...extra,
    });
    if (status !== 'da_dang_ky') await app.invoke('works.setStatus', { id: w.id, status, date: '2021-03-20', note: '' });
    return w;
  };
  return { unit, campaign, work };
}

describe('status transitions', () => {
  it('are exactly what core records: every pair the drawer offers is accepted, every other refused', async () => {
    const app = freshApp();
    const { work } = await setup(app);
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        if (to === from) continue;
        const w = await work(from);
        const env = await app.call('works.setStatus', { id: w.id, status: to, date: '2021-04-01', note: '' });
        expect(env.ok, `${from} → ${to}`).toBe(canChange(from, to));
        expect(nextStatuses(from).includes(to)).toBe(canChange(from, to));
        if (!env.ok) expect(env.error.fields?.status).toMatch(/^Không thể chuyển từ "/u);
      }
    }
    app.close();
  });
});

describe('the earliest date a status change may carry', () => {
  // The drawer's date picker started at the registration date; core refuses anything before the
  // last recorded change.
  it('is the last recorded change, not the registration date', async () => {
    const app = freshApp();
    const { work } = await setup(app);
    const w = await work();
    const after = await app.invoke('works.setStatus', { id: w.id, status: 'dang_thuc_hien', date: '2021-04-10', note: '' });
    const floor = earliestStatusDate(after.registeredOn, after.updates.map((u) => u.date));
    expect(floor).toBe('2021-04-10');
    const early = await refusal(app, 'works.setStatus', { id: w.id, status: 'hoan_thanh', date: after.registeredOn, note: '' });
    expect(early.fields?.date).toBe('Ngày cập nhật không được trước 10/4/2021.');
    await refusal(app, 'works.setStatus', { id: w.id, status: 'hoan_thanh', date: '2021-04-09', note: '' });
    const done = await app.invoke('works.setStatus', { id: w.id, status: 'hoan_thanh', date: floor, note: '' });
    expect(done.completedOn).toBe('2021-04-10');
    app.close();
  });

  it('is the registration date while nothing later is recorded', () => {
    expect(earliestStatusDate('2021-03-15', [])).toBe('2021-03-15');
    expect(earliestStatusDate('2021-03-15', ['2021-03-15', '2021-03-14'])).toBe('2021-03-15');
    expect(earliestStatusDate('2021-03-15', ['2021-04-02', '2021-03-20'])).toBe('2021-04-02');
  });
});

describe('carry-over', () => {
  it('takes exactly the works the rule calls unfinished, and core refuses the others', async () => {
    const app = freshApp();
    const { work } = await setup(app);
    const next = await app.invoke('campaigns.save', { name: 'Đợt thi đua 500 ngày', form: 'chuyen_de', startDate: '2021-06-01', endDate: '2022-10-01' });
    expect(STATUSES.filter(canCarryOver)).toEqual(['da_dang_ky', 'dang_thuc_hien', 'khong_hoan_thanh']);
    for (const status of STATUSES) {
      const w = await work(status);
      const env = await app.call('works.carryOver', { toCampaignId: next.id, workIds: [w.id] });
      expect(env.ok, status).toBe(canCarryOver(status));
    }
    app.close();
  });
});

describe('registration review flags', () => {
  // The registration form hinted "not in the plan" only for a field typed in; core flags an empty
  // field too when the plan names its fields.
  it('flag an empty field against a plan that names fields, as core stores it', async () => {
    const app = freshApp();
    const { campaign, work } = await setup(app);
    const plan = planFacts(campaign);
    expect(workFlags({ target: '200 cây', dueDate: '2021-04-30', field: '', hasRepeat: false }, plan)).toEqual(['field_not_in_plan']);

    const cases = [
      { field: '' },
      { field: 'trong cay xanh' },
      { field: 'Khác', target: '', dueDate: null },
      { dueDate: '2021-06-01' },
      {},
    ];
    for (const c of cases) {
      const w = await work('da_dang_ky', c);
      const input = { target: w.target, dueDate: w.dueDate, field: w.field, hasRepeat: false };
      expect(w.flags, JSON.stringify(c)).toEqual(workFlags(input, plan));
    }
    app.close();
  });

  it('flag nothing about fields when the plan names none', () => {
    const plan = planFacts({ startDate: '2021-03-12', endDate: '2021-05-19', fields: [] });
    expect(workFlags({ target: 'x', dueDate: '2021-03-12', field: '', hasRepeat: true }, plan)).toEqual(['duplicate']);
    expect(workFlags({ target: ' ', dueDate: '2021-05-20', field: 'Bất kỳ', hasRepeat: false }, plan)).toEqual(['no_target', 'outside_period']);
  });
});
