// Writes the demo database: same seed, same rows, same ids and UUIDs every time.
import type BetterSqlite3 from 'better-sqlite3';
import type { WorkStatus } from '../../db/schema.ts';
import type { WorkRow } from '../api/types.ts';
import { addDays, daysBetween } from '../text/dates.ts';
import { writeDemoAwards } from './awards.ts';
import { writeDemoPeople } from './people.ts';
import { seededRandom } from './random.ts';
import { rowWriter } from './rows.ts';
import { DEMO_AS_OF, demoAgency, demoCampaign, demoCouncilParent, demoSigners, demoGroups, formalisticTitles, workTemplates } from './thu-duc.ts';

export const DEMO_TOTALS = { units: 254, works: 703, reportedUnits: 118, completedWorks: 136, khoi: 25, cum: 4 };

const STAMP = '2021-03-12T01:00:00.000Z';
/** The award round's rows are written on the day the decision is issued. */
const STAMP_AWARDS = '2021-04-16T02:00:00.000Z';

export function generateDemo(raw: BetterSqlite3.Database): { campaignId: number } {
  const rnd = seededRandom(19_2021);
  const groups = demoGroups();
  const run = raw.transaction(() => {
    const write = rowWriter(raw, STAMP, rnd.uuid);
    write.agency(demoAgency);
    write.signers(demoSigners, demoCouncilParent);

    const unitIds: number[] = [];
    for (const g of groups) {
      const groupId = write.group(g);
      g.units.forEach((u, i) => {
        const unitId = write.unit(u);
        unitIds.push(unitId);
        const role = i === 0 ? 'truong' : i === 1 ? 'pho' : 'thanh_vien';
        // Last year's rotation is kept: the unit now phó was trưởng in 2020.
        if (i === 1) {
          write.member(groupId, unitId, 'truong', '2020-01-01', '2021-01-01');
          write.member(groupId, unitId, role, '2021-01-01', null);
        } else {
          write.member(groupId, unitId, i === 0 ? 'truong' : role, i === 0 ? '2021-01-01' : '2020-01-01', null);
        }
        if (i === 0) write.member(groupId, unitId, 'pho', '2020-01-01', '2021-01-01');
      });
    }

    const c = demoCampaign;
    const campaignId = write.campaign(c);

    // Registrations: every unit by the deadline of 25/3/2021.
    const registeredOn = new Map<number, string>();
    for (const u of unitIds) {
      const on = addDays(c.startDate, rnd.int(0, 13));
      registeredOn.set(u, on);
      write.registration(campaignId, u, on);
    }

    // 703 works: two per unit, the rest spread at random.
    const perUnit = new Map<number, number>(unitIds.map((u) => [u, 2]));
    for (let extra = DEMO_TOTALS.works - 2 * unitIds.length; extra > 0; extra--) {
      const u = rnd.pick(unitIds);
      perUnit.set(u, perUnit.get(u)! + 1);
    }
    const works: Pick<WorkRow, 'unitId' | 'title' | 'field' | 'level' | 'target' | 'dueDate' | 'registeredOn'>[] = [];
    const fields = c.fields;
    for (const u of unitIds) {
      const n = perUnit.get(u)!;
      for (let k = 0; k < n; k++) {
        const registered = registeredOn.get(u)!;
        const roll = rnd.next();
        if (roll < 0.03) {
          works.push({ unitId: u, title: rnd.pick(formalisticTitles), field: 'Khác', level: 'co_so', target: '', dueDate: null, registeredOn: registered });
          continue;
        }
        const field = rnd.pick(fields);
        const t = rnd.pick(workTemplates[field]);
        const fill = (s: string) =>
          s.replace('{n}', String(rnd.int(2, 30))).replace('{k}', String(rnd.int(1, 12))).replace('{m}', String(rnd.int(2, 50) * 10));
        let due: string | null = addDays('2021-04-01', rnd.int(0, 48));
        if (roll < 0.05) due = null;
        else if (roll < 0.065) due = '2021-06-30';
        works.push({ unitId: u, title: fill(t.title), field, level: t.level, target: roll < 0.08 ? '' : fill(t.target), dueDate: due, registeredOn: registered });
      }
    }
    // A handful of units registered the same work twice.
    for (const w of rnd.sample(works, 6)) {
      const twin = works.find((x) => x.unitId === w.unitId && x !== w);
      if (twin) twin.title = w.title;
    }

    // As of 12/4/2021: 118 units reported; 136 works completed, all in reporting units.
    const reporting = new Set(rnd.sample(unitIds, DEMO_TOTALS.reportedUnits));
    const reportDate = new Map<number, string>();
    for (const u of unitIds) {
      if (!reporting.has(u)) continue;
      const on = addDays('2021-03-29', rnd.int(0, daysBetween('2021-03-29', DEMO_AS_OF)));
      reportDate.set(u, on);
      write.report(campaignId, u, on, 'Báo cáo kết quả thực hiện nội dung đăng ký cao điểm thi đua.');
    }
    const candidates = works.filter((w) => reporting.has(w.unitId) && w.target !== '');
    const completed = new Set(rnd.sample(candidates, DEMO_TOTALS.completedWorks));

    const insUpdate = raw.prepare(
      'INSERT INTO work_updates (work_id, date, status, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const owners = ['Đồng chí Bí thư chi bộ', 'Trưởng khu phố', 'Chủ tịch Công đoàn', 'Bí thư Đoàn', 'Phó Thủ trưởng đơn vị', 'Văn phòng đơn vị'];
    for (const w of works) {
      const owner = rnd.pick(owners);
      let status: WorkStatus = 'da_dang_ky';
      let completedOn: string | null = null;
      if (completed.has(w)) {
        status = 'hoan_thanh';
        const last = reportDate.get(w.unitId)!;
        completedOn = addDays(w.registeredOn, rnd.int(7, Math.max(7, daysBetween(w.registeredOn, last))));
        if (completedOn > last) completedOn = last;
      } else if (reporting.has(w.unitId) && rnd.next() < 0.6) {
        status = 'dang_thuc_hien';
      }
      const id = write.work({ ...w, campaignId, owner, status, completedOn, cancelledOn: null });
      insUpdate.run(id, w.registeredOn, 'da_dang_ky', 'Đăng ký', 'demo', STAMP);
      if (status !== 'da_dang_ky') {
        const on = completedOn ?? reportDate.get(w.unitId)!;
        insUpdate.run(id, on, status, 'Theo báo cáo của đơn vị', 'demo', STAMP);
      }
    }
    writeDemoPeople(write, groups.flatMap((g) => g.units).map((u, i) => ({ id: unitIds[i], code: u.code })));
    writeDemoAwards(raw, { campaignId, stamp: STAMP_AWARDS, uuid: rnd.uuid });
    return campaignId;
  });
  return { campaignId: run() };
}
