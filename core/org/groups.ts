// Khối (by function) and cụm (by territory) with their members. Roles carry validity dates, so the
// yearly rotation of trưởng/phó is kept as history instead of being overwritten.
import type { GroupDetail, GroupRow, MemberRow } from '../api/types.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { searchText } from '../search.ts';
import { compareVi } from '../text/collate.ts';
import { formatDateShort, todayIso } from '../text/dates.ts';
import { groupKindLabel, memberRoleLabel } from '../api/labels.ts';
import { fold } from '../text/fold.ts';
import type { MemberRole } from '../../db/schema.ts';
import { codeTakenBy, compareGroups, earliestEndDate, isOpenOn, memberOnSql, overlaps } from './rules.ts';

async function listGroups(ctx: Context, kind?: 'khoi' | 'cum'): Promise<GroupRow[]> {
  const today = todayIso(ctx.now());
  let q = ctx.conn.db.selectFrom('groups').select(['id', 'code', 'kind', 'name', 'active']);
  if (kind) q = q.where('kind', '=', kind);
  const groups = await q.execute();
  const members = ctx.conn.raw
    .prepare<{ d: string }, { group_id: number; role: MemberRole; name: string }>(
      `SELECT m.group_id, m.role, u.name FROM group_members m JOIN units u ON u.id = m.unit_id WHERE ${memberOnSql('m', '@d')}`,
    )
    .all({ d: today });
  const count = new Map<number, number>();
  const leader = new Map<number, string>();
  for (const m of members) {
    count.set(m.group_id, (count.get(m.group_id) ?? 0) + 1);
    if (m.role === 'truong') leader.set(m.group_id, m.name);
  }
  return groups
    .map((g) => ({
      id: g.id,
      code: g.code,
      kind: g.kind,
      name: g.name,
      active: g.active === 1,
      memberCount: count.get(g.id) ?? 0,
      leader: leader.get(g.id) ?? null,
    }))
    .sort(compareGroups);
}

async function getGroup(ctx: Context, id: number): Promise<GroupDetail> {
  const row = (await listGroups(ctx)).find((g) => g.id === id);
  if (!row) throw notFound(`khối/cụm có mã số ${id}`);
  const members = await ctx.conn.db
    .selectFrom('group_members as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.unit_id', 'u.code', 'u.name', 'm.role', 'm.valid_from', 'm.valid_to'])
    .where('m.group_id', '=', id)
    .execute();
  const list: MemberRow[] = members
    .map((m) => ({
      id: m.id,
      unitId: m.unit_id,
      unitCode: m.code,
      unitName: m.name,
      role: m.role,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    }))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || compareVi(a.unitName, b.unitName));
  return { ...row, members: list };
}

const saveGroup: Handler<'org.saveGroup'> = async (ctx, a) => {
  const now = ctx.now().toISOString();
  const groups = await ctx.conn.db.selectFrom('groups').select(['id', 'code', 'kind', 'name']).execute();
  const clash = codeTakenBy(groups, a.code, a.id);
  if (clash) throw fieldError('code', `Mã "${a.code}" đã dùng cho "${clash.name}".`);
  // Two khối named alike are one khối to every reader ("Khối Giáo dục", "khối giáo dục", "Khoi Giao duc").
  const own = groups.find((g) => g.id === a.id);
  const sameName = own?.name === a.name ? undefined : groups.find((g) => g.id !== a.id && fold(g.name) === fold(a.name));
  if (sameName) {
    throw fieldError('name', `Tên "${a.name}" trùng với ${groupKindLabel[sameName.kind].toLowerCase()} "${sameName.name}" (mã ${sameName.code}).`);
  }
  const values = { code: a.code, kind: a.kind, name: a.name, search: searchText(a.code, a.name), updated_at: now };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let groupId: number;
    if (a.id) {
      const res = await trx.updateTable('groups').set(values).where('id', '=', a.id).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound(`khối/cụm có mã số ${a.id}`);
      groupId = a.id;
    } else {
      const res = await trx
        .insertInto('groups')
        .values({ ...values, uuid: crypto.randomUUID(), active: 1, created_at: now })
        .executeTakeFirstOrThrow();
      groupId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'group', groupId, a);
    return groupId;
  });
  const { members: _members, ...row } = await getGroup(ctx, id);
  return row;
};

/**
 * A unit joins a group (or takes a new role) from a date. Its open membership in the same group ends
 * that day, so a change of role reads as history: "Phó đến 31/12/2021, Trưởng từ 01/01/2022".
 * Only one trưởng may hold office at a time.
 */
const addMember: Handler<'org.addMember'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('units').select(['id', 'name', 'active']).where('id', '=', a.unitId).executeTakeFirst();
    if (!unit) throw fieldError('unitId', 'Chọn đơn vị.');
    if (!unit.active) throw fieldError('unitId', `Đơn vị "${unit.name}" đã ngừng hoạt động.`);
    const group = await trx.selectFrom('groups').select(['id', 'kind']).where('id', '=', a.groupId).executeTakeFirst();
    if (!group) throw notFound(`khối/cụm có mã số ${a.groupId}`);
    // A unit belongs to one khối and one cụm at a time, or the table by khối counts it twice.
    const elsewhere = await trx
      .selectFrom('group_members as m')
      .innerJoin('groups as g', 'g.id', 'm.group_id')
      .select(['g.name', 'm.valid_from', 'm.valid_to'])
      .where('m.unit_id', '=', a.unitId)
      .where('g.kind', '=', group.kind)
      .where('m.group_id', '<>', a.groupId)
      .execute();
    const other = elsewhere.find((m) => overlaps({ validFrom: m.valid_from, validTo: m.valid_to }, { validFrom: a.validFrom, validTo: null }));
    if (other) {
      const kind = groupKindLabel[group.kind].toLowerCase();
      const until = other.valid_to ? ` đến ${formatDateShort(other.valid_to)}` : '';
      throw fieldError(
        'unitId',
        `"${unit.name}" đã thuộc ${kind} "${other.name}" (từ ${formatDateShort(other.valid_from)}${until}). Mỗi đơn vị chỉ thuộc một ${kind} tại một thời điểm: hãy kết thúc tư cách thành viên ở ${kind} đó trước.`,
      );
    }
    const open = (await trx.selectFrom('group_members').selectAll().where('group_id', '=', a.groupId).execute()).filter((m) =>
      isOpenOn({ validFrom: m.valid_from, validTo: m.valid_to }, a.validFrom),
    );
    const own = open.find((m) => m.unit_id === a.unitId);
    if (own && own.valid_from >= a.validFrom) {
      throw fieldError('validFrom', `Ngày hiệu lực phải sau ${formatDateShort(own.valid_from)} (ngày bắt đầu vai trò hiện tại).`);
    }
    if (a.role === 'truong') {
      const other = open.find((m) => m.role === 'truong' && m.unit_id !== a.unitId);
      if (other) {
        throw new UserError(
          `Khối/cụm đang có ${memberRoleLabel.truong.toLowerCase()} (từ ${formatDateShort(other.valid_from)}). Hãy kết thúc vai trò đó trước.`,
          { fields: { role: 'Đã có trưởng khối/cụm trong thời gian này.' } },
        );
      }
    }
    const now = ctx.now().toISOString();
    if (own) {
      await trx.updateTable('group_members').set({ valid_to: a.validFrom, updated_at: now }).where('id', '=', own.id).execute();
    }
    const res = await trx
      .insertInto('group_members')
      .values({
        uuid: crypto.randomUUID(),
        group_id: a.groupId,
        unit_id: a.unitId,
        role: a.role,
        valid_from: a.validFrom,
        valid_to: null,
        updated_at: now,
      })
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.now(), 'add_member', 'group', a.groupId, { ...a, memberId: Number(res.insertId) });
  });
  return getGroup(ctx, a.groupId);
};

const endMember: Handler<'org.endMember'> = async (ctx, a) => {
  const groupId = await ctx.conn.db.transaction().execute(async (trx) => {
    const m = await trx.selectFrom('group_members').selectAll().where('id', '=', a.memberId).executeTakeFirst();
    if (!m) throw notFound(`thành viên có mã số ${a.memberId}`);
    if (a.validTo < earliestEndDate({ validFrom: m.valid_from })) {
      throw fieldError('validTo', `Ngày kết thúc phải sau ngày bắt đầu ${formatDateShort(m.valid_from)}.`);
    }
    await trx
      .updateTable('group_members')
      .set({ valid_to: a.validTo, updated_at: ctx.now().toISOString() })
      .where('id', '=', m.id)
      .execute();
    await audit(trx, ctx.now(), 'end_member', 'group', m.group_id, a);
    return m.group_id;
  });
  return getGroup(ctx, groupId);
};

/** A khối/cụm created by mistake goes while nothing refers to it; one with members (even past ones) stays as history. */
const removeGroup: Handler<'org.removeGroup'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const g = await trx.selectFrom('groups').select(['id', 'kind', 'name']).where('id', '=', a.id).executeTakeFirst();
    if (!g) throw notFound(`khối/cụm có mã số ${a.id}`);
    const members = await trx
      .selectFrom('group_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('group_id', '=', a.id)
      .executeTakeFirstOrThrow();
    if (Number(members.n) > 0) {
      throw new UserError(
        `Không xóa được ${groupKindLabel[g.kind].toLowerCase()} "${g.name}": đã có ${Number(members.n)} lượt thành viên (kể cả đã kết thúc). Hãy kết thúc tư cách thành viên hoặc giữ lại làm lịch sử.`,
        { code: 'conflict' },
      );
    }
    await trx.deleteFrom('groups').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'group', a.id, { kind: g.kind, name: g.name });
  });
  return { removed: a.id };
};

export const groupHandlers = {
  'org.listGroups': ((ctx, a) => listGroups(ctx, a.kind)) as Handler<'org.listGroups'>,
  'org.getGroup': ((ctx, a) => getGroup(ctx, a.id)) as Handler<'org.getGroup'>,
  'org.saveGroup': saveGroup,
  'org.addMember': addMember,
  'org.endMember': endMember,
  'org.removeGroup': removeGroup,
};
