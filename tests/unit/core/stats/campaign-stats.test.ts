// The dashboard's added figures: the khối/cụm table's "Tổng cộng", the milestones ahead and how late
// each overdue work is, all at the "as of" date.
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../../core/demo/thu-duc.ts';
import { demoApp, freshApp } from '../../helpers.ts';

describe('the khối/cụm total', () => {
  it('is the headline on the demo, where every unit sits in one group', async () => {
    const app = await demoApp();
    const s = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    expect(s.groupTotal).toEqual({
      units: 254, reported: 118, reportedPercent: '46,46%', works: 703, completed: 136, completedPercent: '19,35%',
    });
    expect(s.ungroupedUnits).toBe(0);
    const t = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF, truncate: true });
    expect([t.groupTotal.reportedPercent, t.groupTotal.completedPercent]).toEqual(['46,45%', '19,34%']);
    app.close();
  });

  it('counts a unit in a khối and a cụm once, and leaves out the units in none', async () => {
    const app = freshApp();
    const unit = (code: string, name: string) => app.invoke('org.saveUnit', { code, name, kind: 'phuong_xa' });
    const both = await unit('P01', 'Phường Linh Trung');
    const khoiOnly = await unit('P02', 'Phường Linh Xuân');
    const none = await unit('P03', 'Phường Linh Đông');
    const khoi = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối phường' });
    const cum = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm số 1' });
    for (const [g, u] of [[khoi, both], [khoi, khoiOnly], [cum, both]] as const) {
      await app.invoke('org.addMember', { groupId: g.id, unitId: u.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    }
    const c = await app.invoke('campaigns.save', {
      name: 'Đợt thi đua', form: 'chuyen_de', startDate: '2021-03-01', endDate: '2021-05-31', unitIds: [both.id, khoiOnly.id, none.id],
    });
    const work = (unitId: number, title: string) =>
      app.invoke('works.save', { campaignId: c.id, unitId, title, level: 'co_so', target: '1', dueDate: '2021-04-30', registeredOn: '2021-03-05' });
    const done = await work(both.id, 'Trồng cây xanh');
    await work(khoiOnly.id, 'Số hóa hồ sơ');
    await work(none.id, 'Mở rộng hẻm');
    await app.invoke('works.setStatus', { id: done.id, status: 'hoan_thanh', date: '2021-04-01' });
    await app.invoke('reports.add', { campaignId: c.id, unitId: both.id, reportDate: '2021-04-02' });

    const s = await app.invoke('stats.campaign', { campaignId: c.id, asOf: '2021-04-10' });
    // The rows: the unit in both groups is in each; added up they would say 3 units and 3 works.
    expect(s.byGroup.map((g) => [g.name, g.units, g.works])).toEqual([['Khối phường', 2, 2], ['Cụm số 1', 1, 1]]);
    expect(s.groupTotal).toEqual({ units: 2, reported: 1, reportedPercent: '50,00%', works: 2, completed: 1, completedPercent: '50,00%' });
    expect(s.ungroupedUnits).toBe(1);
    expect(s.units.registered).toBe(s.groupTotal.units + s.ungroupedUnits);
    app.close();
  });
});

describe('milestones ahead and works overdue', () => {
  it('lists the milestones from the "as of" date on, with the days left', async () => {
    const app = await demoApp();
    const s = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    expect(s.milestones).toEqual([
      { kind: 'bao_cao', label: 'Báo cáo kết quả phục vụ sơ kết', date: '2021-04-12', daysLeft: 0 },
      { kind: 'so_ket', label: 'Hội nghị sơ kết', date: '2021-04-16', daysLeft: 4 },
      { kind: 'bao_cao', label: 'Báo cáo kết quả toàn đợt', date: '2021-05-20', daysLeft: 38 },
      { kind: 'tong_ket', label: 'Tổng kết đợt thi đua', date: '2021-05-28', daysLeft: 46 },
    ]);
    expect((await app.invoke('stats.campaign', { asOf: '2021-05-29' })).milestones).toEqual([]);
    app.close();
  });

  it('says how many days each overdue work is past its due date, and whose it is', async () => {
    const app = await demoApp();
    const s = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    expect(s.overdueWorks.length).toBeGreaterThan(0);
    const units = new Map((await app.invoke('org.listUnits', {})).map((u) => [u.id, u.name]));
    for (const w of s.overdueWorks) {
      const due = new Date(`${w.dueDate}T00:00:00Z`).getTime();
      expect(w.daysOverdue).toBe((new Date(`${DEMO_AS_OF}T00:00:00Z`).getTime() - due) / 86_400_000);
      expect(w.daysOverdue).toBeGreaterThan(0);
      expect(units.get(w.unitId)).toBe(w.unitName);
    }
    app.close();
  });
});
