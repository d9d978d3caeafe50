// What the units workbook is written from: every unit with its parent, the khối/cụm, and the memberships
// with their roles and dates, read from the database in Vietnamese name order. Read only.
import type BetterSqlite3 from 'better-sqlite3';
import type { GroupKind, MemberRole, UnitKind } from '../../../db/schema.ts';
import { compareVi } from '../../text/collate.ts';

export interface UnitsWorkbookData {
  units: { uuid: string; code: string; name: string; shortName: string; kind: UnitKind; parentCode: string | null; active: boolean; updatedAt: string }[];
  groups: { uuid: string; code: string; kind: GroupKind; name: string; active: boolean; updatedAt: string }[];
  members: { groupCode: string; unitCode: string; unitName: string; role: MemberRole; validFrom: string; validTo: string | null }[];
}

const ROLE_ORDER: Record<MemberRole, number> = { truong: 0, pho: 1, thanh_vien: 2 };

export function unitsWorkbookData(raw: BetterSqlite3.Database): UnitsWorkbookData {
  const units = raw
    .prepare<[], Omit<UnitsWorkbookData['units'][number], 'active'> & { active: number }>(
      `SELECT u.uuid, u.code, u.name, u.short_name AS shortName, u.kind, p.code AS parentCode, u.active, u.updated_at AS updatedAt
         FROM units u LEFT JOIN units p ON p.id = u.parent_id`,
    )
    .all()
    .map((u) => ({ ...u, active: u.active === 1 }))
    .sort((a, b) => compareVi(a.name, b.name) || compareVi(a.code, b.code));
  const groups = raw
    .prepare<[], Omit<UnitsWorkbookData['groups'][number], 'active'> & { active: number }>(
      'SELECT uuid, code, kind, name, active, updated_at AS updatedAt FROM groups',
    )
    .all()
    .map((g) => ({ ...g, active: g.active === 1 }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || compareVi(a.name, b.name));
  const groupPlace = new Map(groups.map((g, i) => [g.code, i]));
  const members = raw
    .prepare<[], UnitsWorkbookData['members'][number]>(
      `SELECT g.code AS groupCode, u.code AS unitCode, u.name AS unitName, m.role, m.valid_from AS validFrom, m.valid_to AS validTo
         FROM group_members m JOIN groups g ON g.id = m.group_id JOIN units u ON u.id = m.unit_id`,
    )
    .all()
    .sort(
      (a, b) =>
        groupPlace.get(a.groupCode)! - groupPlace.get(b.groupCode)! ||
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        compareVi(a.unitName, b.unitName) ||
        a.validFrom.localeCompare(b.validFrom),
    );
  return { units, groups, members };
}
