// Writes the demo database: same seed, same rows, same ids and UUIDs every time.
import type BetterSqlite3 from 'better-sqlite3';
import type { WorkLevel, WorkStatus } from '../../db/schema.ts';
import { searchText } from '../search.ts';
import { addDays } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { seededRandom } from './random.ts';
import { DEMO_AS_OF, demoAgency, demoCampaign, demoGroups, formalisticTitles, workTemplates } from './thu-duc.ts';

export const DEMO_TOTALS = { units: 254, works: 703, reportedUnits: 118, completedWorks: 136, khoi: 25, cum: 4 };

const STAMP = '2021-03-12T01:00:00.000Z';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function generateDemo(raw: BetterSqlite3.Database): { campaignId: number } {
  const rnd = seededRandom(19_2021);
  const groups = demoGroups();
  const run = raw.transaction(() => {
    raw
      .prepare(
        `INSERT INTO agency (id, parent_body, name, locality, abbreviation, signer_title, signer_name, signer_authority, updated_at)
         VALUES (1, @parentBody, @name, @locality, @abbreviation, @signerTitle, @signerName, @signerAuthority, @at)
         ON CONFLICT(id) DO NOTHING`,
      )
      .run({ ...demoAgency, at: STAMP });

    const insUnit = raw.prepare(
      `INSERT INTO units (uuid, code, name, short_name, kind, parent_id, active, search, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?)`,
    );
    const insGroup = raw.prepare(
      'INSERT INTO groups (uuid, code, kind, name, active, search, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)',
    );
    const insMember = raw.prepare(
      'INSERT INTO group_members (uuid, group_id, unit_id, role, valid_from, valid_to, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const unitIds: number[] = [];
    for (const g of groups) {
      const groupId = Number(insGroup.run(rnd.uuid(), g.code, g.kind, g.name, searchText(g.code, g.name), STAMP, STAMP).lastInsertRowid);
      g.units.forEach((u, i) => {
        const unitId = Number(
          insUnit.run(rnd.uuid(), u.code, u.name, u.shortName, u.kind, searchText(u.code, u.name, u.shortName), STAMP, STAMP).lastInsertRowid,
        );
        unitIds.push(unitId);
        const role = i === 0 ? 'truong' : i === 1 ? 'pho' : 'thanh_vien';
        // Last year's rotation is kept: the unit now phó was trưởng in 2020.
        if (i === 1) {
          insMember.run(rnd.uuid(), groupId, unitId, 'truong', '2020-01-01', '2021-01-01', STAMP);
          insMember.run(rnd.uuid(), groupId, unitId, role, '2021-01-01', null, STAMP);
        } else {
          insMember.run(rnd.uuid(), groupId, unitId, i === 0 ? 'truong' : role, i === 0 ? '2021-01-01' : '2020-01-01', null, STAMP);
        }
        if (i === 0) insMember.run(rnd.uuid(), groupId, unitId, 'pho', '2020-01-01', '2021-01-01', STAMP);
      });
    }

    const c = demoCampaign;
    const campaignId = Number(
      raw
        .prepare(
          `INSERT INTO campaigns (uuid, name, form, theme, start_date, end_date, plan_number, plan_date, plan_issuer, status, search, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'dang_dien_ra', ?, ?, ?)`,
        )
        .run(rnd.uuid(), c.name, c.form, c.theme, c.startDate, c.endDate, c.planNumber, c.planDate, c.planIssuer, searchText(c.name, c.planNumber, c.theme), STAMP, STAMP)
        .lastInsertRowid,
    );
    const insPhase = raw.prepare('INSERT INTO campaign_phases (campaign_id, seq, name, start_date, end_date) VALUES (?, ?, ?, ?, ?)');
    for (const [i, p] of c.phases.entries()) insPhase.run(campaignId, i + 1, p.name, p.startDate, p.endDate);
    for (const m of c.milestones) {
      raw.prepare('INSERT INTO campaign_milestones (campaign_id, kind, date, label) VALUES (?, ?, ?, ?)').run(campaignId, m.kind, m.date, m.label);
    }
    const insField = raw.prepare('INSERT INTO campaign_fields (campaign_id, seq, name) VALUES (?, ?, ?)');
    for (const [i, f] of c.fields.entries()) insField.run(campaignId, i + 1, f);

    // Registrations: every unit by the deadline of 25/3/2021.
    const registeredOn = new Map<number, string>();
    const insReg = raw.prepare(
      'INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const u of unitIds) {
      const on = addDays(c.startDate, rnd.int(0, 13));
      registeredOn.set(u, on);
      insReg.run(rnd.uuid(), campaignId, u, on, STAMP);
    }

    // 703 works: two per unit, the rest spread at random.
    const perUnit = new Map<number, number>(unitIds.map((u) => [u, 2]));
    for (let extra = DEMO_TOTALS.works - 2 * unitIds.length; extra > 0; extra--) {
      const u = rnd.pick(unitIds);
      perUnit.set(u, perUnit.get(u)! + 1);
    }
    interface W {
      unit: number;
      title: string;
      field: string;
      level: WorkLevel;
      target: string;
      due: string | null;
      registered: string;
      id?: number;
    }
    const works: W[] = [];
    const fields = c.fields;
    for (const u of unitIds) {
      const n = perUnit.get(u)!;
      for (let k = 0; k < n; k++) {
        const registered = registeredOn.get(u)!;
        const roll = rnd.next();
        if (roll < 0.03) {
          works.push({ unit: u, title: rnd.pick(formalisticTitles), field: 'Khác', level: 'co_so', target: '', due: null, registered });
          continue;
        }
        const field = rnd.pick(fields);
        const t = rnd.pick(workTemplates[field]);
        const fill = (s: string) =>
          s.replace('{n}', String(rnd.int(2, 30))).replace('{k}', String(rnd.int(1, 12))).replace('{m}', String(rnd.int(2, 50) * 10));
        let due: string | null = addDays('2021-04-01', rnd.int(0, 48));
        if (roll < 0.05) due = null;
        else if (roll < 0.065) due = '2021-06-30';
        works.push({ unit: u, title: fill(t.title), field, level: t.level, target: roll < 0.08 ? '' : fill(t.target), due, registered });
      }
    }
    // A handful of units registered the same work twice.
    for (const w of rnd.sample(works, 6)) {
      const twin = works.find((x) => x.unit === w.unit && x !== w);
      if (twin) twin.title = w.title;
    }

    // As of 12/4/2021: 118 units reported; 136 works completed, all in reporting units.
    const reporting = new Set(rnd.sample(unitIds, DEMO_TOTALS.reportedUnits));
    const reportDate = new Map<number, string>();
    const insReport = raw.prepare(
      `INSERT INTO unit_reports (uuid, campaign_id, unit_id, report_date, content, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'Văn bản giấy', ?, ?)`,
    );
    for (const u of unitIds) {
      if (!reporting.has(u)) continue;
      const on = addDays('2021-03-29', rnd.int(0, daysBetween('2021-03-29', DEMO_AS_OF)));
      reportDate.set(u, on);
      insReport.run(rnd.uuid(), campaignId, u, on, 'Báo cáo kết quả thực hiện nội dung đăng ký cao điểm thi đua.', STAMP, STAMP);
    }
    const candidates = works.filter((w) => reporting.has(w.unit) && w.target !== '');
    const completed = new Set(rnd.sample(candidates, DEMO_TOTALS.completedWorks));

    const insWork = raw.prepare(
      `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status,
         registered_on, completed_on, cancelled_on, evidence, carried_from, search, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', NULL, ?, ?, ?)`,
    );
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
        const last = reportDate.get(w.unit)!;
        completedOn = addDays(w.registered, rnd.int(7, Math.max(7, daysBetween(w.registered, last))));
        if (completedOn > last) completedOn = last;
      } else if (reporting.has(w.unit) && rnd.next() < 0.6) {
        status = 'dang_thuc_hien';
      }
      const id = Number(
        insWork.run(
          rnd.uuid(), campaignId, w.unit, w.title, fold(w.title), w.field, w.level, w.target, w.due, owner, status,
          w.registered, completedOn, searchText(w.title, w.field, owner), STAMP, STAMP,
        ).lastInsertRowid,
      );
      insUpdate.run(id, w.registered, 'da_dang_ky', 'Đăng ký', 'demo', STAMP);
      if (status !== 'da_dang_ky') {
        const on = completedOn ?? reportDate.get(w.unit)!;
        insUpdate.run(id, on, status, 'Theo báo cáo của đơn vị', 'demo', STAMP);
      }
    }
    return campaignId;
  });
  return { campaignId: run() };
}
