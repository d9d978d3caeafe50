// What the database holds that an import is matched against, read once per staging: units and groups
// whole (a few hundred rows), the campaign with its lists, and its registrations, reports and works.
// Lookups by uuid and by natural key are built here so the classification never queries per record.
import type BetterSqlite3 from 'better-sqlite3';
import { codeKey } from '../../org/rules.ts';
import type { CampaignRowDb, GroupRowDb, ReportRowDb, UnitRowDb, WorkRowDb } from './fields.ts';

export interface MemberRowDb {
  id: number;
  group_id: number;
  unit_id: number;
  role: string;
  valid_from: string;
  valid_to: string | null;
}

export interface DbState {
  units: { byUuid: Map<string, UnitRowDb>; byCode: Map<string, UnitRowDb>; byId: Map<number, UnitRowDb> };
  groups: { byUuid: Map<string, GroupRowDb>; byCode: Map<string, GroupRowDb>; byId: Map<number, GroupRowDb> };
  members: MemberRowDb[];
  campaign: CampaignRowDb | null;
  /** Unit ids registered in the campaign. */
  registered: Set<number>;
  reports: { byUuid: Map<string, ReportRowDb>; byKey: Map<string, ReportRowDb> };
  works: { byUuid: Map<string, WorkRowDb>; byKey: Map<string, WorkRowDb[]>; byUnit: Map<number, WorkRowDb[]> };
}

/** The natural key of a work: its unit and its folded title (the campaign is the staging's own). */
export const workKey = (unitId: number, titleKey: string) => `${unitId}\u0000${titleKey}`;
/** A unit's report is one per day. */
export const reportKey = (unitId: number, date: string) => `${unitId}\u0000${date}`;

function byOf<T>(rows: T[], key: (r: T) => string): Map<string, T> {
  return new Map(rows.map((r) => [key(r), r]));
}

export function readState(raw: BetterSqlite3.Database, campaignUuid: string | null): DbState {
  const units = raw
    .prepare<[], UnitRowDb>('SELECT id, uuid, code, name, short_name, kind, parent_id, active, updated_at FROM units ORDER BY id')
    .all();
  const groups = raw.prepare<[], GroupRowDb>('SELECT id, uuid, code, kind, name, active, updated_at FROM groups ORDER BY id').all();
  const members = raw.prepare<[], MemberRowDb>('SELECT id, group_id, unit_id, role, valid_from, valid_to FROM group_members').all();
  const c = campaignUuid
    ? raw
        .prepare<[string], Omit<CampaignRowDb, 'fields' | 'phases' | 'milestones'>>(
          `SELECT id, uuid, name, form, theme, start_date, end_date, plan_number, plan_date, plan_issuer, upper_plan, status, updated_at
             FROM campaigns WHERE uuid = ?`,
        )
        .get(campaignUuid)
    : undefined;
  const state: DbState = {
    units: { byUuid: byOf(units, (u) => u.uuid), byCode: new Map(), byId: new Map(units.map((u) => [u.id, u])) },
    groups: { byUuid: byOf(groups, (g) => g.uuid), byCode: new Map(), byId: new Map(groups.map((g) => [g.id, g])) },
    members,
    campaign: null,
    registered: new Set(),
    reports: { byUuid: new Map(), byKey: new Map() },
    works: { byUuid: new Map(), byKey: new Map(), byUnit: new Map() },
  };
  // The first of twin codes (kept by migration 0010) is the one a code names.
  for (const u of units) if (!state.units.byCode.has(codeKey(u.code))) state.units.byCode.set(codeKey(u.code), u);
  for (const g of groups) if (!state.groups.byCode.has(codeKey(g.code))) state.groups.byCode.set(codeKey(g.code), g);
  if (!c) return state;
  state.campaign = {
    ...c,
    fields: raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ? ORDER BY seq, id').pluck().all(c.id),
    phases: raw
      .prepare<[number], CampaignRowDb['phases'][number]>(
        'SELECT name, start_date AS startDate, end_date AS endDate FROM campaign_phases WHERE campaign_id = ? ORDER BY seq, id',
      )
      .all(c.id),
    milestones: raw
      .prepare<[number], CampaignRowDb['milestones'][number]>('SELECT kind, date, label FROM campaign_milestones WHERE campaign_id = ? ORDER BY id')
      .all(c.id),
  };
  state.registered = new Set(raw.prepare<[number], number>('SELECT unit_id FROM registrations WHERE campaign_id = ?').pluck().all(c.id));
  for (const r of raw
    .prepare<[number], ReportRowDb>('SELECT id, uuid, unit_id, report_date, content, source, updated_at FROM unit_reports WHERE campaign_id = ? ORDER BY id')
    .all(c.id)) {
    state.reports.byUuid.set(r.uuid, r);
    const key = reportKey(r.unit_id, r.report_date);
    if (!state.reports.byKey.has(key)) state.reports.byKey.set(key, r);
  }
  const works = raw
    .prepare<[number], WorkRowDb>(
      `SELECT id, uuid, unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on, completed_on,
              cancelled_on, evidence, featured, updated_at,
              coalesce((SELECT h.note FROM work_updates h WHERE h.work_id = works.id ORDER BY h.date DESC, h.id DESC LIMIT 1), '') AS note
         FROM works INDEXED BY works_campaign WHERE campaign_id = ? ORDER BY id`,
    )
    .all(c.id);
  for (const w of works) {
    state.works.byUuid.set(w.uuid, w);
    const key = workKey(w.unit_id, w.title_key);
    const same = state.works.byKey.get(key);
    if (same) same.push(w);
    else state.works.byKey.set(key, [w]);
    const ofUnit = state.works.byUnit.get(w.unit_id);
    if (ofUnit) ofUnit.push(w);
    else state.works.byUnit.set(w.unit_id, [w]);
  }
  return state;
}
