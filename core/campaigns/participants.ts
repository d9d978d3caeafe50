// Who takes part in a campaign, as its kế hoạch names them: the units chosen for it (the campaign's
// registrations), whether or not they have registered a work yet, and the khối/cụm they belong to on
// the day the campaign opens. A plan is written before anyone registers a work.
import type BetterSqlite3 from 'better-sqlite3';
import type { GroupKind } from '../../db/schema.ts';
import { compareGroups, memberOnSql } from '../org/rules.ts';

export interface Participants {
  units: number;
  groups: { kind: GroupKind; name: string; units: number }[];
}

export function participantsOf(raw: BetterSqlite3.Database, campaignId: number, on: string): Participants {
  const units = raw.prepare<[number], number>('SELECT count(*) FROM registrations WHERE campaign_id = ?').pluck().get(campaignId) ?? 0;
  const groups = raw
    .prepare<{ c: number; d: string }, { kind: GroupKind; code: string; name: string; units: number }>(
      `SELECT g.kind, g.code, g.name, count(DISTINCT r.unit_id) AS units
         FROM registrations r
         JOIN group_members m ON m.unit_id = r.unit_id AND ${memberOnSql('m', '@d')}
         JOIN groups g ON g.id = m.group_id
        WHERE r.campaign_id = @c
        GROUP BY g.id`,
    )
    .all({ c: campaignId, d: on })
    .sort(compareGroups);
  return { units, groups: groups.map((g) => ({ kind: g.kind, name: g.name, units: g.units })) };
}
