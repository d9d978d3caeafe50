// What a packet carries, read from the database. Every list is in an order that does not depend on the
// local row ids (codes, then uuids), so the same data gives the same data.json on any PC, and a packet
// exported again after an import into another database comes out byte for byte the same.
import type BetterSqlite3 from 'better-sqlite3';
import type { GroupKind, MemberRole, MilestoneKind, UnitKind, WorkStatus } from '../../../db/schema.ts';
import type { CampaignColumnsDb, WorkRowDb } from '../pipeline/fields.ts';
import type { CampaignRecord, GroupRecord, PacketData, RegistrationRecord, ReportRecord, UnitRecord, WorkRecord } from './format.ts';

export interface CampaignRow {
  id: number;
  uuid: string;
  name: string;
}

/** Which records of the campaign travel: all of them, or one unit's. */
export interface Scope {
  campaignId: number;
  /** A unit's id: only its registration, works and reports. */
  unitId?: number;
  /** false: the campaign, its units and khối/cụm stay home (a unit's report packet). */
  withPlan: boolean;
}

function campaignRecord(raw: BetterSqlite3.Database, campaignId: number): CampaignRecord {
  const c = raw
    .prepare<[number], CampaignColumnsDb>(
      `SELECT uuid, name, form, theme, start_date, end_date, plan_number, plan_date, plan_issuer, upper_plan, status, updated_at
         FROM campaigns WHERE id = ?`,
    )
    .get(campaignId)!;
  const fields = raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ? ORDER BY seq, name').pluck().all(campaignId);
  const phases = raw
    .prepare<[number], { name: string; startDate: string; endDate: string }>(
      'SELECT name, start_date AS startDate, end_date AS endDate FROM campaign_phases WHERE campaign_id = ? ORDER BY seq, start_date, name',
    )
    .all(campaignId);
  const milestones = raw
    .prepare<[number], { kind: MilestoneKind; date: string; label: string }>(
      'SELECT kind, date, label FROM campaign_milestones WHERE campaign_id = ? ORDER BY date, kind, label',
    )
    .all(campaignId);
  return {
    uuid: c.uuid,
    name: c.name,
    form: c.form,
    theme: c.theme,
    startDate: c.start_date,
    endDate: c.end_date,
    planNumber: c.plan_number,
    planDate: c.plan_date,
    planIssuer: c.plan_issuer,
    upperPlan: c.upper_plan,
    status: c.status,
    fields,
    phases,
    milestones,
    updatedAt: c.updated_at,
  };
}

/** The units a campaign's records name: those registered, and any with a work or a report in it. */
const CAMPAIGN_UNITS = `SELECT unit_id FROM registrations WHERE campaign_id = @c
  UNION SELECT unit_id FROM works WHERE campaign_id = @c
  UNION SELECT unit_id FROM unit_reports WHERE campaign_id = @c`;

/** The campaign's units with every membership they hold, and those khối/cụm. */
function unitsAndGroups(raw: BetterSqlite3.Database, campaignId: number): { units: UnitRecord[]; groups: GroupRecord[] } {
  const rows = raw
    .prepare<{ c: number }, { id: number; uuid: string; code: string; name: string; short_name: string; kind: UnitKind; parent_code: string | null; active: number; updated_at: string }>(
      `SELECT u.id, u.uuid, u.code, u.name, u.short_name, u.kind, p.code AS parent_code, u.active, u.updated_at
         FROM units u LEFT JOIN units p ON p.id = u.parent_id
        WHERE u.id IN (${CAMPAIGN_UNITS}) ORDER BY u.code, u.uuid`,
    )
    .all({ c: campaignId });
  const memberships = raw
    .prepare<{ c: number }, { unit_id: number; uuid: string; group_code: string; role: MemberRole; valid_from: string; valid_to: string | null; updated_at: string }>(
      `SELECT m.unit_id, m.uuid, g.code AS group_code, m.role, m.valid_from, m.valid_to, m.updated_at
         FROM group_members m JOIN groups g ON g.id = m.group_id
        WHERE m.unit_id IN (${CAMPAIGN_UNITS})
        ORDER BY g.code, m.valid_from, m.uuid`,
    )
    .all({ c: campaignId });
  const byUnit = new Map<number, UnitRecord['memberships']>();
  for (const m of memberships) {
    const list = byUnit.get(m.unit_id) ?? [];
    list.push({ uuid: m.uuid, groupCode: m.group_code, role: m.role, validFrom: m.valid_from, validTo: m.valid_to, updatedAt: m.updated_at });
    byUnit.set(m.unit_id, list);
  }
  const units = rows.map((u) => ({
    uuid: u.uuid,
    code: u.code,
    name: u.name,
    shortName: u.short_name,
    kind: u.kind,
    parentCode: u.parent_code,
    active: u.active === 1,
    memberships: byUnit.get(u.id) ?? [],
    updatedAt: u.updated_at,
  }));
  const groups = raw
    .prepare<{ c: number }, { uuid: string; code: string; kind: GroupKind; name: string; active: number; updated_at: string }>(
      `SELECT g.uuid, g.code, g.kind, g.name, g.active, g.updated_at FROM groups g
        WHERE g.id IN (SELECT group_id FROM group_members WHERE unit_id IN (${CAMPAIGN_UNITS}))
        ORDER BY g.code, g.uuid`,
    )
    .all({ c: campaignId })
    .map((g) => ({ uuid: g.uuid, code: g.code, kind: g.kind, name: g.name, active: g.active === 1, updatedAt: g.updated_at }));
  return { units, groups };
}

function registrations(raw: BetterSqlite3.Database, scope: Scope): RegistrationRecord[] {
  return raw
    .prepare<{ c: number; u: number | null }, RegistrationRecord>(
      `SELECT r.uuid, u.code AS unitCode, r.registered_on AS registeredOn, r.updated_at AS updatedAt
         FROM registrations r JOIN units u ON u.id = r.unit_id
        WHERE r.campaign_id = @c AND (@u IS NULL OR r.unit_id = @u) ORDER BY u.code, r.uuid`,
    )
    .all({ c: scope.campaignId, u: scope.unitId ?? null });
}

function works(raw: BetterSqlite3.Database, scope: Scope): WorkRecord[] {
  const params = { c: scope.campaignId, u: scope.unitId ?? null };
  const rows = raw
    .prepare<typeof params, Omit<WorkRowDb, 'unit_id' | 'title_key' | 'note'> & { unit_code: string }>(
      `SELECT w.id, w.uuid, u.code AS unit_code, w.title, w.field, w.level, w.target, w.due_date, w.owner, w.status,
              w.registered_on, w.completed_on, w.cancelled_on, w.evidence, w.featured, w.updated_at
         FROM works w JOIN units u ON u.id = w.unit_id
        WHERE w.campaign_id = @c AND (@u IS NULL OR w.unit_id = @u) ORDER BY u.code, w.uuid`,
    )
    .all(params);
  // One pass over the campaign's updates rather than a query per work: 10,000 works, 30,000 updates.
  const history = new Map<number, WorkRecord['history']>();
  const updates = raw
    .prepare<typeof params, { work_id: number; date: string; status: WorkStatus; note: string; source: string }>(
      `SELECT h.work_id, h.date, h.status, h.note, h.source FROM work_updates h JOIN works w ON w.id = h.work_id
        WHERE w.campaign_id = @c AND (@u IS NULL OR w.unit_id = @u) ORDER BY h.work_id, h.date, h.id`,
    )
    .all(params);
  for (const h of updates) {
    const list = history.get(h.work_id) ?? [];
    list.push({ date: h.date, status: h.status, note: h.note, source: h.source });
    history.set(h.work_id, list);
  }
  return rows.map((w) => ({
    uuid: w.uuid,
    unitCode: w.unit_code,
    title: w.title,
    field: w.field,
    level: w.level,
    target: w.target,
    dueDate: w.due_date,
    owner: w.owner,
    status: w.status,
    registeredOn: w.registered_on,
    completedOn: w.completed_on,
    cancelledOn: w.cancelled_on,
    evidence: w.evidence,
    featured: w.featured === 1,
    history: history.get(w.id) ?? [],
    updatedAt: w.updated_at,
  }));
}

function reports(raw: BetterSqlite3.Database, scope: Scope): ReportRecord[] {
  return raw
    .prepare<{ c: number; u: number | null }, ReportRecord>(
      `SELECT r.uuid, u.code AS unitCode, r.report_date AS reportDate, r.content, r.source, r.updated_at AS updatedAt
         FROM unit_reports r JOIN units u ON u.id = r.unit_id
        WHERE r.campaign_id = @c AND (@u IS NULL OR r.unit_id = @u) ORDER BY u.code, r.report_date, r.uuid`,
    )
    .all({ c: scope.campaignId, u: scope.unitId ?? null });
}

/** The packet's data for `scope`; the caller has checked that the campaign (and the unit) exist. */
export function collectPacketData(raw: BetterSqlite3.Database, scope: Scope): PacketData {
  const plan = scope.withPlan ? { campaign: campaignRecord(raw, scope.campaignId), ...unitsAndGroups(raw, scope.campaignId) } : { groups: [], units: [] };
  return {
    ...plan,
    registrations: registrations(raw, scope),
    works: works(raw, scope),
    reports: reports(raw, scope),
  };
}
