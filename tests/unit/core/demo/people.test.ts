// The demo's people: 40 staff written through the row writer with the parts people.create would store,
// spread over the demo's units, and the rest of the demo as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { DEMO_TOTALS } from '../../../../core/demo/generate.ts';
import { personName } from '../../../../core/people/rules.ts';
import { demoApp } from '../../helpers.ts';

let app: TdktApp;
beforeAll(async () => {
  app = await demoApp();
});
afterAll(() => app.close());

describe('the demo people', () => {
  it('are 40, two to a unit, in units of every kind, with gender, year, position and class', async () => {
    const people = await app.invoke('people.list', {});
    expect(people).toHaveLength(40);
    const perUnit = new Map<number, number>();
    for (const p of people) perUnit.set(p.unitId!, (perUnit.get(p.unitId!) ?? 0) + 1);
    expect(Math.max(...perUnit.values())).toBe(2);
    const units = await app.invoke('org.listUnits', {});
    const kinds = new Set(people.map((p) => units.find((u) => u.id === p.unitId)!.kind));
    expect([...kinds].sort()).toEqual(['co_quan', 'doanh_nghiep', 'khac', 'phuong_xa', 'truong']);
    expect(people.every((p) => p.gender && p.birthYear && p.position && p.staffClass)).toBe(true);
  });

  it('are stored with the parts the name rule gives, the compound tên kept as set by hand', async () => {
    const people = await app.invoke('people.list', {});
    for (const p of people) {
      const again = personName(p.fullName, p.givenManual ? p.givenName : '');
      expect(again.ok && [again.parts.ho, again.parts.tenDem, again.parts.ten], p.fullName).toEqual([p.familyName, p.middleName, p.givenName]);
    }
    expect(people.filter((p) => p.givenManual).map((p) => p.givenName).sort()).toEqual(['Ngọc Hân', 'Phương Uyên', 'Thanh Tâm']);
    expect((await app.invoke('people.list', { query: 'dang' })).map((p) => p.fullName)).toEqual(['Đặng Thị Đào', 'Đặng Văn Đức']);
  });

  it('leave the demo’s other figures as they were', async () => {
    const [c] = await app.invoke('campaigns.list', {});
    expect(c).toMatchObject({ units: DEMO_TOTALS.units, works: DEMO_TOTALS.works });
    const stats = await app.invoke('stats.campaign', { campaignId: c.id, asOf: '2021-04-12' });
    expect(stats.units).toMatchObject({ registered: DEMO_TOTALS.units, reported: DEMO_TOTALS.reportedUnits, reportedPercent: '46,46%' });
    expect(stats.works).toMatchObject({ registered: DEMO_TOTALS.works, completed: DEMO_TOTALS.completedWorks, completedPercent: '19,35%' });
    expect(stats.groups).toEqual({ khoi: DEMO_TOTALS.khoi, cum: DEMO_TOTALS.cum });
  });
});
