// Campaign figures at an "as of" date. Everything is counted from integer rows (the works' counts come
// from work-counts.ts); percentages are formatted from those integers only.
import type BetterSqlite3 from 'better-sqlite3';
import type { MilestoneKind, WorkLevel } from '../../db/schema.ts';
import type { CampaignStats, FieldStats, GroupStats, LevelStats } from '../api/types.ts';
import { compareGroups, memberOnSql } from '../org/rules.ts';
import { compareVi } from '../text/collate.ts';
import { formatPercent, type PercentMode } from '../text/numbers.ts';
import { daysBetween } from '../text/dates.ts';
import { countWorks } from './work-counts.ts';

const LEVELS: WorkLevel[] = ['thanh_pho', 'co_so'];
const OVERDUE_LIST_LIMIT = 500;
const NO_GROUP = 'Chưa xếp khối/cụm';

function statements(raw: BetterSqlite3.Database) {
  return {
    campaign: raw.prepare<[number], { id: number; name: string }>('SELECT id, name FROM campaigns WHERE id = ?'),
    units: raw.prepare<{ c: number; d: string }, { unit_id: number; code: string; name: string }>(
      `SELECT r.unit_id, u.code, u.name FROM registrations r JOIN units u ON u.id = r.unit_id
        WHERE r.campaign_id = @c AND r.registered_on <= @d`,
    ),
    reported: raw.prepare<{ c: number; d: string }, { unit_id: number }>(
      'SELECT DISTINCT unit_id FROM unit_reports WHERE campaign_id = @c AND report_date <= @d',
    ),
    members: raw.prepare<{ d: string }, { unit_id: number; group_id: number; kind: 'khoi' | 'cum'; name: string; code: string }>(
      `SELECT m.unit_id, g.id AS group_id, g.kind, g.name, g.code FROM group_members m JOIN groups g ON g.id = m.group_id
        WHERE ${memberOnSql('m', '@d')}`,
    ),
    overdue: raw.prepare<
      { c: number; d: string; limit: number },
      { id: number; unit_id: number; unit_name: string; title: string; due_date: string }
    >(
      `SELECT w.id, w.unit_id, u.name AS unit_name, w.title, w.due_date FROM works w JOIN units u ON u.id = w.unit_id
        WHERE w.campaign_id = @c AND w.registered_on <= @d AND (w.cancelled_on IS NULL OR w.cancelled_on > @d)
          AND w.due_date < @d AND (w.completed_on IS NULL OR w.completed_on > @d)
        ORDER BY w.due_date, w.id LIMIT @limit`,
    ),
    milestones: raw.prepare<{ c: number; d: string }, { kind: MilestoneKind; label: string; date: string }>(
      'SELECT kind, label, date FROM campaign_milestones WHERE campaign_id = @c AND date >= @d ORDER BY date, id',
    ),
  };
}

const cache = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

function prepared(raw: BetterSqlite3.Database) {
  let s = cache.get(raw);
  if (!s) {
    s = statements(raw);
    cache.set(raw, s);
  }
  return s;
}

export function computeCampaignStats(
  raw: BetterSqlite3.Database,
  campaignId: number,
  asOf: string,
  mode: PercentMode,
): CampaignStats | null {
  const st = prepared(raw);
  const campaign = st.campaign.get(campaignId);
  if (!campaign) return null;
  const pct = (a: number, b: number) => formatPercent(a, b, mode);
  const params = { c: campaignId, d: asOf };

  const units = st.units.all(params);
  const registered = new Set(units.map((u) => u.unit_id));
  const reported = new Set(st.reported.all(params).map((r) => r.unit_id).filter((u) => registered.has(u)));

  // A unit may sit in one khối and one cụm; it counts once in each.
  const groupsOfUnit = new Map<number, { group_id: number; kind: 'khoi' | 'cum'; name: string; code: string }[]>();
  for (const m of st.members.all({ d: asOf })) {
    if (!registered.has(m.unit_id)) continue;
    const list = groupsOfUnit.get(m.unit_id) ?? [];
    list.push(m);
    groupsOfUnit.set(m.unit_id, list);
  }

  const counts = countWorks(raw, campaignId, asOf);
  const { perUnit, perLevel, perField } = counts;

  const perGroup = new Map<number, { kind: 'khoi' | 'cum'; name: string; code: string; units: number; reported: number; works: number; completed: number }>();
  for (const unitId of registered) {
    for (const g of groupsOfUnit.get(unitId) ?? []) {
      const acc = perGroup.get(g.group_id) ?? { kind: g.kind, name: g.name, code: g.code, units: 0, reported: 0, works: 0, completed: 0 };
      const t = perUnit.get(unitId);
      acc.units += 1;
      acc.reported += reported.has(unitId) ? 1 : 0;
      acc.works += t?.works ?? 0;
      acc.completed += t?.completed ?? 0;
      perGroup.set(g.group_id, acc);
    }
  }
  const byGroup: GroupStats[] = [...perGroup.entries()]
    .sort(([, a], [, b]) => compareGroups(a, b))
    .map(([id, g]) => ({
      id,
      kind: g.kind,
      name: g.name,
      units: g.units,
      reported: g.reported,
      reportedPercent: pct(g.reported, g.units),
      works: g.works,
      completed: g.completed,
      completedPercent: pct(g.completed, g.works),
    }));

  // Counted over the units, not by adding the rows: a unit in a khối and a cụm is one unit.
  const total = { units: 0, reported: 0, works: 0, completed: 0 };
  let ungroupedUnits = 0;
  for (const unitId of registered) {
    if (!groupsOfUnit.has(unitId)) {
      ungroupedUnits += 1;
      continue;
    }
    const t = perUnit.get(unitId);
    total.units += 1;
    total.reported += reported.has(unitId) ? 1 : 0;
    total.works += t?.works ?? 0;
    total.completed += t?.completed ?? 0;
  }

  const byLevel: LevelStats[] = LEVELS.map((level) => {
    const t = perLevel.get(level)!;
    return { level, registered: t.works, completed: t.completed, completedPercent: pct(t.completed, t.works) };
  });
  const byField: FieldStats[] = [...perField.entries()]
    .sort(([a], [b]) => compareVi(a, b))
    .map(([field, t]) => ({ field, works: t.works, completed: t.completed, completedPercent: pct(t.completed, t.works) }));

  const notReported = units
    .filter((u) => !reported.has(u.unit_id))
    .map((u) => ({
      id: u.unit_id,
      code: u.code,
      name: u.name,
      // In the groups' own order (khối before cụm, then code), not the order the memberships were entered.
      group: (groupsOfUnit.get(u.unit_id) ?? []).toSorted(compareGroups).map((g) => g.name).join(', ') || null,
      works: perUnit.get(u.unit_id)?.works ?? 0,
    }))
    .sort((a, b) => compareVi(a.group ?? NO_GROUP, b.group ?? NO_GROUP) || compareVi(a.name, b.name));

  return {
    campaign: { id: campaign.id, name: campaign.name },
    asOf,
    percentMode: mode,
    groups: {
      khoi: byGroup.filter((g) => g.kind === 'khoi').length,
      cum: byGroup.filter((g) => g.kind === 'cum').length,
    },
    units: { registered: registered.size, reported: reported.size, reportedPercent: pct(reported.size, registered.size) },
    works: { registered: counts.works, units: perUnit.size, completed: counts.completed, completedPercent: pct(counts.completed, counts.works), overdue: counts.overdue, byLevel },
    byGroup,
    groupTotal: {
      ...total,
      reportedPercent: pct(total.reported, total.units),
      completedPercent: pct(total.completed, total.works),
    },
    ungroupedUnits,
    milestones: st.milestones.all(params).map((m) => ({ ...m, daysLeft: daysBetween(asOf, m.date) })),
    byField,
    notReported,
    overdueWorks: st.overdue.all({ ...params, limit: OVERDUE_LIST_LIMIT }).map((w) => ({
      id: w.id,
      unitId: w.unit_id,
      unitName: w.unit_name,
      title: w.title,
      dueDate: w.due_date,
      daysOverdue: daysBetween(w.due_date, asOf),
    })),
  };
}
