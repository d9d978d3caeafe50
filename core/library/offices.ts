// The agency's offices and their duties, the bodies a kế hoạch names in "Tổ chức thực hiện", in order.
// The first active one is the standing office: units send it their registrations and reports.
import type BetterSqlite3 from 'better-sqlite3';
import { notFound } from '../api/envelope.ts';
import type { Office } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Handler } from '../router.ts';

interface Row {
  id: number;
  name: string;
  duty: string;
  sort: number;
  active: number;
}

const toOffice = (r: Row): Office => ({ id: r.id, name: r.name, duty: r.duty, sort: r.sort, active: r.active === 1 });

function allOffices(raw: BetterSqlite3.Database): Office[] {
  return raw.prepare<[], Row>('SELECT id, name, duty, sort, active FROM offices ORDER BY sort, id').all().map(toOffice);
}

/** The offices a plan names, standing office first. */
export function activeOffices(raw: BetterSqlite3.Database): Office[] {
  return allOffices(raw).filter((o) => o.active);
}

const list: Handler<'offices.list'> = (ctx) => allOffices(ctx.conn.raw);

const save: Handler<'offices.save'> = async (ctx, a) => {
  const now = ctx.now().toISOString();
  const values = { name: a.name, duty: a.duty.trim(), sort: a.sort, active: a.active ? 1 : 0, updated_at: now };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let officeId: number;
    if (a.id) {
      const res = await trx.updateTable('offices').set(values).where('id', '=', a.id).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound(`cơ quan, đơn vị thực hiện có mã số ${a.id}`);
      officeId = a.id;
    } else {
      const res = await trx.insertInto('offices').values({ ...values, created_at: now }).executeTakeFirstOrThrow();
      officeId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'office', officeId, { name: a.name });
    return officeId;
  });
  return allOffices(ctx.conn.raw).find((o) => o.id === id)!;
};

const remove: Handler<'offices.remove'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('offices').select('name').where('id', '=', a.id).executeTakeFirst();
    if (!row) throw notFound(`cơ quan, đơn vị thực hiện có mã số ${a.id}`);
    await trx.deleteFrom('offices').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'office', a.id, { name: row.name });
  });
  return { removed: a.id };
};

export const officeHandlers = {
  'offices.list': list,
  'offices.save': save,
  'offices.remove': remove,
};
