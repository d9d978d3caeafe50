// The holidays table: listed, added, corrected and removed by the user, every change audited; read
// whole by the document rules (a few dozen rows a year).
import type BetterSqlite3 from 'better-sqlite3';
import { fieldError, notFound } from '../api/envelope.ts';
import type { Holiday } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import type { Handler } from '../router.ts';
import { formatDateShort } from '../text/dates.ts';

/** Every holiday, date → name: what the working-day rules of the documents count with. */
export function readHolidays(raw: BetterSqlite3.Database): Map<string, string> {
  const rows = raw.prepare<[], { date: string; name: string }>('SELECT date, name FROM holidays').all();
  return new Map(rows.map((r) => [r.date, r.name]));
}

async function byId(ctx: Context, id: number): Promise<Holiday | undefined> {
  return ctx.conn.db.selectFrom('holidays').select(['id', 'date', 'name']).where('id', '=', id).executeTakeFirst();
}

const list: Handler<'calendar.listHolidays'> = async (ctx, a) => {
  let q = ctx.conn.db.selectFrom('holidays').select(['id', 'date', 'name']).orderBy('date');
  if (a.year !== undefined) q = q.where('date', '>=', `${a.year}-01-01`).where('date', '<=', `${a.year}-12-31`);
  return q.execute();
};

const save: Handler<'calendar.saveHoliday'> = async (ctx, a) => {
  const at = ctx.now().toISOString();
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const same = await trx.selectFrom('holidays').select(['id', 'name']).where('date', '=', a.date).executeTakeFirst();
    if (same && same.id !== a.id) {
      throw fieldError('date', `Ngày ${formatDateShort(a.date)} đã có trong danh sách ngày nghỉ ("${same.name}").`);
    }
    if (a.id === undefined) {
      const res = await trx.insertInto('holidays').values({ date: a.date, name: a.name, updated_at: at }).executeTakeFirstOrThrow();
      const newId = Number(res.insertId);
      await audit(trx, ctx.now(), 'create', 'holiday', newId, { date: a.date, name: a.name });
      return newId;
    }
    const res = await trx.updateTable('holidays').set({ date: a.date, name: a.name, updated_at: at }).where('id', '=', a.id).executeTakeFirst();
    if (res.numUpdatedRows === 0n) throw notFound(`ngày nghỉ có mã số ${a.id}`);
    await audit(trx, ctx.now(), 'save', 'holiday', a.id, { date: a.date, name: a.name });
    return a.id;
  });
  return (await byId(ctx, id))!;
};

const remove: Handler<'calendar.removeHoliday'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('holidays').select(['date', 'name']).where('id', '=', a.id).executeTakeFirst();
    if (!row) throw notFound(`ngày nghỉ có mã số ${a.id}`);
    await trx.deleteFrom('holidays').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'holiday', a.id, row);
  });
  return { removed: a.id };
};

export const calendarHandlers = {
  'calendar.listHolidays': list,
  'calendar.saveHoliday': save,
  'calendar.removeHoliday': remove,
};
