// Builder inputs read from the database: the campaign, its
// statistics at the "as of" date, the works with their status at that date, the units still to report.
// Everything is read fresh for each document, so a renamed unit appears renamed everywhere.
import type BetterSqlite3 from 'better-sqlite3';
import { UserError } from '../api/envelope.ts';
import type { CampaignDetail, CampaignStats } from '../api/types.ts';
import { compareVi } from '../text/collate.ts';
import type { PercentMode } from '../text/numbers.ts';
import { computeCampaignStats } from '../stats/campaign-stats.ts';
import type { GroupKind } from '../../db/schema.ts';
import { compareGroups, memberOnSql } from '../org/rules.ts';
import type { CampaignInfo, WorkLine } from './model.ts';
import type { PendingUnit } from './builders/cong-van-don-doc.ts';
import { planFacts, workFlags } from '../works/rules.ts';

export function campaignInfo(c: CampaignDetail): CampaignInfo {
  return {
    name: c.name,
    form: c.form,
    theme: c.theme,
    startDate: c.startDate,
    endDate: c.endDate,
    planNumber: c.planNumber,
    planDate: c.planDate,
    planIssuer: c.planIssuer,
    upperPlan: c.upperPlan,
    phases: c.phases,
    milestones: c.milestones,
    fields: c.fields,
  };
}

export function statsAt(raw: BetterSqlite3.Database, campaignId: number, asOf: string, mode: PercentMode): CampaignStats {
  const stats = computeCampaignStats(raw, campaignId, asOf, mode);
  if (!stats) throw new UserError(`Không tìm thấy đợt thi đua có mã số ${campaignId}.`, { code: 'not_found' });
  return stats;
}

/** Khối/cụm names of every unit at a date ("Khối A, Cụm B" when a unit sits in both). */
function groupNames(raw: BetterSqlite3.Database, asOf: string): Map<number, string> {
  const rows = raw
    .prepare<{ d: string }, { unit_id: number; kind: GroupKind; code: string; name: string }>(
      `SELECT m.unit_id, g.kind, g.code, g.name FROM group_members m JOIN groups g ON g.id = m.group_id WHERE ${memberOnSql('m', '@d')}`,
    )
    .all({ d: asOf })
    .sort(compareGroups);
  const out = new Map<number, string>();
  for (const r of rows) out.set(r.unit_id, out.has(r.unit_id) ? `${out.get(r.unit_id)}, ${r.name}` : r.name);
  return out;
}

interface WorkRow {
  id: number;
  unit_id: number;
  title: string;
  title_key: string;
  unit_name: string;
  field: string;
  target: string;
  level: WorkLine['level'];
  status: WorkLine['status'];
  due_date: string | null;
  completed_on: string | null;
  featured: number;
}

/** The campaign's period and fields, which the review flags are judged against. */
function planOf(raw: BetterSqlite3.Database, campaignId: number) {
  const c = raw.prepare<[number], { start_date: string; end_date: string }>('SELECT start_date, end_date FROM campaigns WHERE id = ?').get(campaignId);
  const fields = raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ?').pluck().all(campaignId);
  return planFacts({ startDate: c?.start_date ?? '', endDate: c?.end_date ?? '', fields });
}

/**
 * The campaign's works registered by `asOf` and not cancelled by then, each with its status at that
 * date: finished if completed by then, otherwise as recorded now (a later completion does not count).
 * Each carries its review flags at that date; a repeat is another work of the same unit with the same
 * folded title, both live at that date.
 */
export function worksAt(raw: BetterSqlite3.Database, campaignId: number, asOf: string): WorkLine[] {
  const groups = groupNames(raw, asOf);
  const plan = planOf(raw, campaignId);
  const rows = raw
    .prepare<{ c: number; d: string }, WorkRow>(
      `SELECT w.id, w.unit_id, w.title, w.title_key, u.name AS unit_name, w.field, w.target, w.level, w.status, w.due_date,
              w.completed_on, w.featured
         FROM works w JOIN units u ON u.id = w.unit_id
        WHERE w.campaign_id = @c AND w.registered_on <= @d AND (w.cancelled_on IS NULL OR w.cancelled_on > @d)`,
    )
    .all({ c: campaignId, d: asOf });
  const titleOf = (r: WorkRow) => `${r.unit_id}\u0000${r.title_key}`;
  const titles = new Map<string, number>();
  for (const r of rows) titles.set(titleOf(r), (titles.get(titleOf(r)) ?? 0) + 1);
  const lines = rows.map((r): WorkLine & { unitId: number } => {
    const done = r.completed_on !== null && r.completed_on <= asOf;
    const status: WorkLine['status'] = done
      ? 'hoan_thanh'
      : r.status === 'hoan_thanh' || r.status === 'huy'
        ? 'dang_thuc_hien'
        : r.status;
    const hasRepeat = (titles.get(titleOf(r)) ?? 0) > 1;
    return {
      id: r.id,
      unitId: r.unit_id,
      title: r.title,
      unitName: r.unit_name,
      group: groups.get(r.unit_id) ?? null,
      level: r.level,
      status,
      dueDate: r.due_date,
      completedOn: done ? r.completed_on : null,
      featured: r.featured === 1,
      target: r.target,
      flags: workFlags({ target: r.target, dueDate: r.due_date, field: r.field, hasRepeat }, plan),
    };
  });
  lines.sort(
    (a, b) =>
      compareVi(a.group ?? '\uffff', b.group ?? '\uffff') || compareVi(a.unitName, b.unitName) || compareVi(a.title, b.title),
  );
  return lines;
}

/** The units that have not reported, each with the titles of the works it registered. */
export function pendingUnits(stats: CampaignStats, works: readonly (WorkLine & { unitId?: number })[]): PendingUnit[] {
  const byUnit = new Map<number, string[]>();
  for (const w of works) {
    if (w.unitId === undefined) continue;
    const list = byUnit.get(w.unitId) ?? [];
    list.push(w.title);
    byUnit.set(w.unitId, list);
  }
  return stats.notReported.map((u) => ({ name: u.name, group: u.group, works: byUnit.get(u.id) ?? [] }));
}
