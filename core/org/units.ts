// Units (đơn vị): stable human-readable codes, folded search, Vietnamese order.
import type { GroupKind, MemberRole, UnitKind } from '../../db/schema.ts';
import type { GroupRef, UnitRow } from '../api/types.ts';
import { fieldError, notFound } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { searchText, searchWhere } from '../search.ts';
import { compareVi } from '../text/collate.ts';
import { todayIso } from '../text/dates.ts';
import { codeTakenBy, compareGroups, memberOnSql } from './rules.ts';

interface UnitDbRow {
  id: number;
  code: string;
  name: string;
  short_name: string;
  kind: UnitKind;
  parent_id: number | null;
  active: number;
}

/** Memberships valid on a date, keyed by unit: the khối/cụm a unit belongs to "now", khối first. */
export function currentGroupsByUnit(ctx: Context, onDate: string): Map<number, GroupRef[]> {
  const rows = ctx.conn.raw
    .prepare<{ d: string }, { unit_id: number; id: number; kind: GroupKind; code: string; name: string; role: MemberRole }>(
      `SELECT m.unit_id, g.id, g.kind, g.code, g.name, m.role FROM group_members m JOIN groups g ON g.id = m.group_id
        WHERE ${memberOnSql('m', '@d')}`,
    )
    .all({ d: onDate })
    .sort(compareGroups);
  const map = new Map<number, GroupRef[]>();
  for (const r of rows) {
    const list = map.get(r.unit_id) ?? [];
    list.push({ id: r.id, kind: r.kind, name: r.name, role: r.role });
    map.set(r.unit_id, list);
  }
  return map;
}

function toUnitRow(r: UnitDbRow, groups: GroupRef[]): UnitRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    parentId: r.parent_id,
    active: r.active === 1,
    groups,
  };
}

export async function listUnits(ctx: Context, query?: string, includeInactive = false): Promise<UnitRow[]> {
  let q = ctx.conn.db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'parent_id', 'active']);
  if (!includeInactive) q = q.where('active', '=', 1);
  const matching = searchWhere(query);
  if (matching) q = q.where(matching);
  const rows = await q.execute();
  const groups = currentGroupsByUnit(ctx, todayIso(ctx.now()));
  return rows
    .map((r) => toUnitRow(r, groups.get(r.id) ?? []))
    .sort((a, b) => compareVi(a.name, b.name) || compareVi(a.code, b.code));
}

export async function getUnit(ctx: Context, id: number): Promise<UnitRow> {
  const r = await ctx.conn.db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'parent_id', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound(`đơn vị có mã số ${id}`);
  const groups = currentGroupsByUnit(ctx, todayIso(ctx.now()));
  return toUnitRow(r, groups.get(id) ?? []);
}

const saveUnit: Handler<'org.saveUnit'> = async (ctx, a) => {
  const now = ctx.now().toISOString();
  const clash = codeTakenBy(await ctx.conn.db.selectFrom('units').select(['id', 'code', 'name']).execute(), a.code, a.id);
  if (clash) {
    const sameCase = clash.code === a.code ? '' : ` (mã "${clash.code}": chữ hoa và chữ thường được coi là một mã)`;
    throw fieldError('code', `Mã "${a.code}" đã dùng cho đơn vị "${clash.name}"${sameCase}.`);
  }
  if (a.parentId !== null && a.parentId === a.id) throw fieldError('parentId', 'Đơn vị không thể trực thuộc chính nó.');
  const values = {
    code: a.code,
    name: a.name,
    short_name: a.shortName,
    kind: a.kind,
    parent_id: a.parentId,
    search: searchText(a.code, a.name, a.shortName),
    updated_at: now,
  };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let unitId: number;
    if (a.id) {
      const res = await trx.updateTable('units').set(values).where('id', '=', a.id).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound(`đơn vị có mã số ${a.id}`);
      unitId = a.id;
    } else {
      const res = await trx
        .insertInto('units')
        .values({ ...values, uuid: crypto.randomUUID(), active: 1, created_at: now })
        .executeTakeFirstOrThrow();
      unitId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'unit', unitId, a);
    return unitId;
  });
  return getUnit(ctx, id);
};

const setUnitActive: Handler<'org.setUnitActive'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('units')
      .set({ active: a.active ? 1 : 0, updated_at: ctx.now().toISOString() })
      .where('id', '=', a.id)
      .executeTakeFirst();
    if (res.numUpdatedRows === 0n) throw notFound(`đơn vị có mã số ${a.id}`);
    await audit(trx, ctx.now(), a.active ? 'activate' : 'deactivate', 'unit', a.id);
  });
  return getUnit(ctx, a.id);
};

export const unitHandlers = {
  'org.listUnits': ((ctx, a) => listUnits(ctx, a.query, a.includeInactive)) as Handler<'org.listUnits'>,
  'org.getUnit': ((ctx, a) => getUnit(ctx, a.id)) as Handler<'org.getUnit'>,
  'org.saveUnit': saveUnit,
  'org.setUnitActive': setUnitActive,
};
