// The handlers of the people capability: the persons awards, proposal packets and certificates name,
// listed in official order (tên, tên đệm, họ) and found by a search that ignores diacritics and đ/Đ.
import type { Selectable } from 'kysely';
import type { PeopleTable } from '../../db/schema.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { StaffClass } from '../api/labels.ts';
import type { ParsedArgs } from '../api/contract.ts';
import type { PersonRow } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { describeReferences, referencesTo } from '../references.ts';
import type { Handler } from '../router.ts';
import { searchCondition, searchText } from '../search.ts';
import { comparePersonParts } from '../text/collate.ts';
import { birthYearProblem, personName } from './rules.ts';

type Row = Omit<Selectable<PeopleTable>, 'uuid' | 'search' | 'created_at' | 'updated_at'> & { unit_name: string | null };

const SELECT = `SELECT p.id, p.full_name, p.family_name, p.middle_name, p.given_name, p.given_manual, p.gender, p.birth_year,
  p.position, p.unit_id, u.name AS unit_name, p.staff_class FROM people p LEFT JOIN units u ON u.id = p.unit_id`;

const toPerson = (r: Row): PersonRow => ({
  id: r.id,
  fullName: r.full_name,
  familyName: r.family_name,
  middleName: r.middle_name,
  givenName: r.given_name,
  givenManual: r.given_manual === 1,
  gender: r.gender,
  birthYear: r.birth_year,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name ?? '',
  staffClass: (r.staff_class || null) as StaffClass | null,
});

const parts = (p: PersonRow) => ({ ho: p.familyName, tenDem: p.middleName, ten: p.givenName });

export function listPeople(ctx: Context, query?: string, unitId?: number): PersonRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const matching = searchCondition(query, 'p.search');
  if (matching) {
    where.push(matching.sql);
    params.push(...matching.params);
  }
  if (unitId !== undefined) {
    where.push('p.unit_id = ?');
    params.push(unitId);
  }
  const rows = ctx.conn.raw.prepare<(string | number)[], Row>(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`).all(...params);
  return rows.map(toPerson).sort((a, b) => comparePersonParts(parts(a), parts(b)) || a.id - b.id);
}

export function getPerson(ctx: Context, id: number): PersonRow {
  const row = ctx.conn.raw.prepare<[number], Row>(`${SELECT} WHERE p.id = ?`).get(id);
  if (!row) throw notFound(`cá nhân có mã số ${id}`);
  return toPerson(row);
}

type PersonInput = ParsedArgs<'people.create'>;

/** The stored columns of a person, every rule checked; `keepGiven` is the manual tên an edit keeps. */
function personValues(ctx: Context, a: PersonInput, keepGiven: string | null) {
  const name = personName(a.fullName, a.givenName ?? keepGiven);
  if (!name.ok) throw fieldError(name.field, name.message);
  const yearProblem = birthYearProblem(a.birthYear, ctx.now());
  if (yearProblem) throw fieldError('birthYear', yearProblem);
  if (a.unitId !== null && !ctx.conn.raw.prepare('SELECT 1 FROM units WHERE id = ?').get(a.unitId)) {
    throw fieldError('unitId', `Không có đơn vị mã số ${a.unitId}: chọn đơn vị trong danh sách.`);
  }
  return {
    full_name: name.fullName,
    family_name: name.parts.ho,
    middle_name: name.parts.tenDem,
    given_name: name.parts.ten,
    given_manual: name.givenManual ? 1 : 0,
    gender: a.gender,
    birth_year: a.birthYear,
    position: a.position,
    unit_id: a.unitId,
    staff_class: a.staffClass ?? '',
    search: searchText(name.fullName, a.position),
    updated_at: ctx.now().toISOString(),
  };
}

const create: Handler<'people.create'> = async (ctx, a) => {
  const values = personValues(ctx, a, null);
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const res = await trx
      .insertInto('people')
      .values({ ...values, uuid: crypto.randomUUID(), created_at: values.updated_at })
      .executeTakeFirstOrThrow();
    const personId = Number(res.insertId);
    await audit(trx, ctx.now(), 'create', 'person', personId, { fullName: values.full_name });
    return personId;
  });
  return getPerson(ctx, id);
};

/** givenName left out keeps a tên set by hand; '' goes back to the computed tên. */
const update: Handler<'people.update'> = async (ctx, a) => {
  const before = getPerson(ctx, a.id);
  const values = personValues(ctx, a, before.givenManual ? before.givenName : null);
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx.updateTable('people').set(values).where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'update', 'person', a.id, { fullName: values.full_name, before: before.fullName });
  });
  return getPerson(ctx, a.id);
};

const remove: Handler<'people.remove'> = async (ctx, a) => {
  const person = getPerson(ctx, a.id);
  const refs = referencesTo(ctx.conn.raw, 'people', a.id);
  if (refs.length > 0) {
    throw new UserError(
      `Không xóa được "${person.fullName}": còn ${describeReferences(refs)} ghi tên người này. Những ghi nhận đó phải được giữ nguyên.`,
      { code: 'conflict' },
    );
  }
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('people').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'person', a.id, { fullName: person.fullName });
  });
  return { removed: a.id };
};

export const peopleHandlers = {
  'people.list': ((ctx, a) => listPeople(ctx, a.query, a.unitId)) as Handler<'people.list'>,
  'people.get': ((ctx, a) => getPerson(ctx, a.id)) as Handler<'people.get'>,
  'people.create': create,
  'people.update': update,
  'people.remove': remove,
};
