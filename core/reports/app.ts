// A unit's report on its campaign (date, content, source): the "as of" figures read these dates.
import type { UnitReport } from '../api/types.ts';
import { fieldError, notFound } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { compareVi } from '../text/collate.ts';
import { formatDateShort } from '../text/dates.ts';

async function listReports(ctx: Context, campaignId: number): Promise<UnitReport[]> {
  const rows = await ctx.conn.db
    .selectFrom('unit_reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.unit_id', 'u.code', 'u.name', 'r.report_date', 'r.content', 'r.source'])
    .where('r.campaign_id', '=', campaignId)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitCode: r.code,
      unitName: r.name,
      reportDate: r.report_date,
      content: r.content,
      source: r.source,
    }))
    .sort((a, b) => b.reportDate.localeCompare(a.reportDate) || compareVi(a.unitName, b.unitName));
}

const add: Handler<'reports.add'> = async (ctx, a) => {
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('campaigns').select(['start_date']).where('id', '=', a.campaignId).executeTakeFirst();
    if (!c) throw notFound(`đợt thi đua có mã số ${a.campaignId}`);
    const reg = await trx
      .selectFrom('registrations as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['r.id', 'u.name'])
      .where('r.campaign_id', '=', a.campaignId)
      .where('r.unit_id', '=', a.unitId)
      .executeTakeFirst();
    if (!reg) throw fieldError('unitId', 'Đơn vị này chưa tham gia đợt thi đua.');
    if (a.reportDate < c.start_date) {
      throw fieldError('reportDate', `Ngày báo cáo không được trước ngày bắt đầu đợt thi đua (${formatDateShort(c.start_date)}).`);
    }
    const now = ctx.now().toISOString();
    const res = await trx
      .insertInto('unit_reports')
      .values({
        uuid: crypto.randomUUID(),
        campaign_id: a.campaignId,
        unit_id: a.unitId,
        report_date: a.reportDate,
        content: a.content,
        source: a.source,
        created_at: now,
        updated_at: now,
      })
      .executeTakeFirstOrThrow();
    const reportId = Number(res.insertId);
    await audit(trx, ctx.now(), 'create', 'unit_report', reportId, { unitId: a.unitId, reportDate: a.reportDate });
    return reportId;
  });
  const row = (await listReports(ctx, a.campaignId)).find((r) => r.id === id);
  return row!;
};

/** A report recorded with the wrong date, text or source is corrected; the audit keeps what it said. */
const update: Handler<'reports.update'> = async (ctx, a) => {
  const campaignId = await ctx.conn.db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('unit_reports').selectAll().where('id', '=', a.id).executeTakeFirst();
    if (!old) throw notFound(`báo cáo có mã số ${a.id}`);
    const c = await trx.selectFrom('campaigns').select(['start_date']).where('id', '=', old.campaign_id).executeTakeFirstOrThrow();
    if (a.reportDate < c.start_date) {
      throw fieldError('reportDate', `Ngày báo cáo không được trước ngày bắt đầu đợt thi đua (${formatDateShort(c.start_date)}).`);
    }
    await trx
      .updateTable('unit_reports')
      .set({ report_date: a.reportDate, content: a.content, source: a.source, updated_at: ctx.now().toISOString() })
      .where('id', '=', a.id)
      .execute();
    await audit(trx, ctx.now(), 'update', 'unit_report', a.id, {
      before: { reportDate: old.report_date, content: old.content, source: old.source },
      after: { reportDate: a.reportDate, content: a.content, source: a.source },
    });
    return old.campaign_id;
  });
  return (await listReports(ctx, campaignId)).find((r) => r.id === a.id)!;
};

const remove: Handler<'reports.remove'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('unit_reports').selectAll().where('id', '=', a.id).executeTakeFirst();
    if (!old) throw notFound(`báo cáo có mã số ${a.id}`);
    await trx.deleteFrom('unit_reports').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'unit_report', a.id, {
      unitId: old.unit_id,
      reportDate: old.report_date,
      content: old.content,
      source: old.source,
    });
  });
  return { removed: a.id };
};

export const reportHandlers = {
  'reports.list': ((ctx, a) => listReports(ctx, a.campaignId)) as Handler<'reports.list'>,
  'reports.add': add,
  'reports.update': update,
  'reports.remove': remove,
};
