// Registered works (công trình, phần việc) of a campaign: list with review flags, register, status
// history, carry-over into a later campaign.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { WorkDetail, WorkRow } from '../api/types.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import { workStatusLabel } from '../api/labels.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { likePatterns, searchText } from '../search.ts';
import { compareVi } from '../text/collate.ts';
import { formatDateShort, todayIso } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { isFieldInPlan, type PlanFacts, workFlags } from './flags.ts';
import { canChange, statusDates, UNFINISHED } from './status.ts';

async function planFacts(db: Kysely<Database>, campaignId: number): Promise<PlanFacts & { name: string }> {
  const c = await db
    .selectFrom('campaigns')
    .select(['name', 'start_date', 'end_date'])
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const fields = await db.selectFrom('campaign_fields').select('name').where('campaign_id', '=', campaignId).execute();
  return { name: c.name, startDate: c.start_date, endDate: c.end_date, fieldKeys: new Set(fields.map((f) => fold(f.name))) };
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('works as w')
    .innerJoin('units as u', 'u.id', 'w.unit_id')
    .select([
      'w.id',
      'w.campaign_id',
      'w.unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
      'w.title',
      'w.field',
      'w.level',
      'w.target',
      'w.due_date',
      'w.owner',
      'w.status',
      'w.registered_on',
      'w.completed_on',
      'w.carried_from',
      'w.evidence',
      sql<number>`EXISTS (SELECT 1 FROM works w2 WHERE w2.campaign_id = w.campaign_id AND w2.unit_id = w.unit_id
        AND w2.title_key = w.title_key AND w2.id <> w.id AND w2.status <> 'huy')`.as('has_repeat'),
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toRow(r: BaseRow, plan: PlanFacts, fieldInPlan?: boolean): WorkRow {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    title: r.title,
    field: r.field,
    level: r.level,
    target: r.target,
    dueDate: r.due_date,
    owner: r.owner,
    status: r.status,
    registeredOn: r.registered_on,
    completedOn: r.completed_on,
    carriedFrom: r.carried_from,
    flags: workFlags({ target: r.target, dueDate: r.due_date, field: r.field, hasRepeat: r.has_repeat === 1 }, plan, fieldInPlan),
  };
}

const LIST_SQL = `SELECT w.id, w.campaign_id, w.unit_id, u.code AS unit_code, u.name AS unit_name, w.title, w.field,
    w.level, w.target, w.due_date, w.owner, w.status, w.registered_on, w.completed_on, w.carried_from,
    EXISTS (SELECT 1 FROM works w2 WHERE w2.campaign_id = w.campaign_id AND w2.unit_id = w.unit_id
      AND w2.title_key = w.title_key AND w2.id <> w.id AND w2.status <> 'huy') AS has_repeat
  FROM works w JOIN units u ON u.id = w.unit_id
  WHERE w.campaign_id = @campaignId`;

/** Every typed word must occur in the work's own text or in its unit's name/code. */
function wordCondition(i: number): string {
  return `AND (w.search LIKE @p${i} ESCAPE '\\' OR u.search LIKE @p${i} ESCAPE '\\')`;
}

/**
 * Search as the user types: only the ids of matching works, which the list already on screen filters
 * by. Building full rows for ten thousand matches on every keystroke would not fit the 30 ms budget.
 */
export function searchWorkIds(ctx: Context, campaignId: number, query: string): number[] {
  const patterns = likePatterns(query);
  const params: Record<string, unknown> = { campaignId };
  patterns.forEach((p, i) => {
    params[`p${i}`] = p;
  });
  const sqlText = `SELECT w.id FROM works w JOIN units u ON u.id = w.unit_id WHERE w.campaign_id = @campaignId ${patterns.map((_, i) => wordCondition(i)).join(' ')}`;
  return ctx.conn.raw.prepare(sqlText).pluck().all(params) as number[];
}

/**
 * The list the user filters and searches. It runs on every keystroke over up to tens of thousands
 * of rows, so it reads through one prepared statement and sorts by a rank computed once per unit
 * name instead of collating every pair of rows.
 */
export async function listWorks(
  ctx: Context,
  a: { campaignId: number; unitId?: number; query?: string; flag?: WorkRow['flags'][number]; status?: WorkRow['status'] },
): Promise<WorkRow[]> {
  const plan = await planFacts(ctx.conn.db, a.campaignId);
  const patterns = likePatterns(a.query);
  const where = [
    a.unitId ? 'AND w.unit_id = @unitId' : '',
    a.status ? 'AND w.status = @status' : '',
    ...patterns.map((_, i) => wordCondition(i)),
  ].join(' ');
  const params: Record<string, unknown> = { campaignId: a.campaignId };
  if (a.unitId) params.unitId = a.unitId;
  if (a.status) params.status = a.status;
  patterns.forEach((p, i) => {
    params[`p${i}`] = p;
  });
  const rows = ctx.conn.raw.prepare(`${LIST_SQL} ${where}`).all(params) as (Omit<BaseRow, 'evidence'> & { has_repeat: number })[];

  const fieldInPlan = new Map<string, boolean>();
  const unitRank = new Map<string, number>();
  for (const r of rows) unitRank.set(r.unit_name, 0);
  for (const [i, name] of [...unitRank.keys()].sort(compareVi).entries()) unitRank.set(name, i);
  const out: WorkRow[] = [];
  for (const r of rows) {
    let inPlan = fieldInPlan.get(r.field);
    if (inPlan === undefined) {
      inPlan = isFieldInPlan(r.field, plan);
      fieldInPlan.set(r.field, inPlan);
    }
    const row = toRow({ ...r, evidence: '' }, plan, inPlan);
    if (!a.flag || row.flags.includes(a.flag)) out.push(row);
  }
  return out.sort((x, y) => unitRank.get(x.unitName)! - unitRank.get(y.unitName)! || x.id - y.id);
}

export async function getWork(ctx: Context, id: number): Promise<WorkDetail> {
  const db = ctx.conn.db;
  const r = await baseQuery(db).where('w.id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`công trình có mã số ${id}`);
  const plan = await planFacts(db, r.campaign_id);
  const updates = await db
    .selectFrom('work_updates')
    .select(['id', 'date', 'status', 'note', 'source'])
    .where('work_id', '=', id)
    .orderBy('date')
    .orderBy('id')
    .execute();
  const carriedTo = await db
    .selectFrom('works as w')
    .innerJoin('campaigns as c', 'c.id', 'w.campaign_id')
    .select(['w.id', 'w.campaign_id', 'c.name'])
    .where('w.carried_from', '=', id)
    .execute();
  return {
    ...toRow(r, plan),
    evidence: r.evidence,
    updates,
    carriedTo: carriedTo.map((c) => ({ id: c.id, campaignId: c.campaign_id, campaignName: c.name })),
  };
}

function clampIntoPeriod(date: string, start: string, end: string): string {
  return date < start ? start : date > end ? end : date;
}

/** A unit that registers a work takes part in the campaign from that day. */
async function ensureRegistered(trx: Kysely<Database>, campaignId: number, unitId: number, on: string, now: string) {
  await trx
    .insertInto('registrations')
    .values({ uuid: crypto.randomUUID(), campaign_id: campaignId, unit_id: unitId, registered_on: on, updated_at: now })
    .onConflict((oc) => oc.columns(['campaign_id', 'unit_id']).doNothing())
    .execute();
}

const save: Handler<'works.save'> = async (ctx, a) => {
  const db = ctx.conn.db;
  const plan = await planFacts(db, a.campaignId);
  const unit = await db.selectFrom('units').select(['id', 'active', 'name']).where('id', '=', a.unitId).executeTakeFirst();
  if (!unit) throw fieldError('unitId', 'Chọn đơn vị đăng ký.');
  const now = ctx.now().toISOString();
  const values = {
    unit_id: a.unitId,
    title: a.title,
    title_key: fold(a.title),
    field: a.field,
    level: a.level,
    target: a.target,
    due_date: a.dueDate,
    owner: a.owner,
    search: searchText(a.title, a.field, a.owner),
    updated_at: now,
  };
  const id = await db.transaction().execute(async (trx) => {
    if (a.id) {
      const old = await trx.selectFrom('works').select(['campaign_id', 'unit_id']).where('id', '=', a.id).executeTakeFirst();
      if (!old) throw notFound(`công trình có mã số ${a.id}`);
      if (old.campaign_id !== a.campaignId) throw fieldError('campaignId', 'Không thể chuyển công trình sang đợt khác; hãy dùng "Chuyển tiếp".');
      const registeredOn = a.registeredOn ? { registered_on: a.registeredOn } : {};
      await trx.updateTable('works').set({ ...values, ...registeredOn }).where('id', '=', a.id).execute();
      if (old.unit_id !== a.unitId) await ensureRegistered(trx, a.campaignId, a.unitId, a.registeredOn ?? todayIso(ctx.now()), now);
      await audit(trx, ctx.now(), 'update', 'work', a.id, a);
      return a.id;
    }
    if (!unit.active) throw fieldError('unitId', `Đơn vị "${unit.name}" đã ngừng hoạt động.`);
    const registeredOn = a.registeredOn ?? clampIntoPeriod(todayIso(ctx.now()), plan.startDate, plan.endDate);
    const res = await trx
      .insertInto('works')
      .values({
        ...values,
        uuid: crypto.randomUUID(),
        campaign_id: a.campaignId,
        status: 'da_dang_ky',
        registered_on: registeredOn,
        completed_on: null,
        cancelled_on: null,
        evidence: '',
        carried_from: null,
        created_at: now,
      })
      .executeTakeFirstOrThrow();
    const workId = Number(res.insertId);
    await trx
      .insertInto('work_updates')
      .values({ work_id: workId, date: registeredOn, status: 'da_dang_ky', note: 'Đăng ký', source: 'app', created_at: now })
      .execute();
    await ensureRegistered(trx, a.campaignId, a.unitId, registeredOn, now);
    await audit(trx, ctx.now(), 'create', 'work', workId, a);
    return workId;
  });
  return getWork(ctx, id);
};

const setStatus: Handler<'works.setStatus'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const w = await trx.selectFrom('works').select(['id', 'status', 'registered_on']).where('id', '=', a.id).executeTakeFirst();
    if (!w) throw notFound(`công trình có mã số ${a.id}`);
    if (w.status === a.status) throw fieldError('status', `Công trình đang ở trạng thái "${workStatusLabel[a.status]}".`);
    if (!canChange(w.status, a.status)) {
      throw fieldError('status', `Không thể chuyển từ "${workStatusLabel[w.status]}" sang "${workStatusLabel[a.status]}".`);
    }
    const last = await trx
      .selectFrom('work_updates')
      .select('date')
      .where('work_id', '=', a.id)
      .orderBy('date', 'desc')
      .executeTakeFirst();
    const floor = last && last.date > w.registered_on ? last.date : w.registered_on;
    if (a.date < floor) throw fieldError('date', `Ngày cập nhật không được trước ${formatDateShort(floor)}.`);
    const now = ctx.now().toISOString();
    await trx
      .updateTable('works')
      .set({ status: a.status, ...statusDates(a.status, a.date), updated_at: now })
      .where('id', '=', a.id)
      .execute();
    await trx
      .insertInto('work_updates')
      .values({ work_id: a.id, date: a.date, status: a.status, note: a.note, source: 'app', created_at: now })
      .execute();
    await audit(trx, ctx.now(), 'status', 'work', a.id, a);
  });
  return getWork(ctx, a.id);
};

/**
 * Works not finished by the end of one campaign continue toward the next event (the seed's follow-up).
 * Each becomes a new registration in the target campaign that points back to where it came from.
 */
const carryOver: Handler<'works.carryOver'> = async (ctx, a) => {
  const db = ctx.conn.db;
  const target = await planFacts(db, a.toCampaignId);
  const created: number[] = [];
  await db.transaction().execute(async (trx) => {
    const works = await trx.selectFrom('works').selectAll().where('id', 'in', a.workIds).execute();
    if (works.length !== new Set(a.workIds).size) throw fieldError('workIds', 'Có công trình không tồn tại.');
    const now = ctx.now().toISOString();
    for (const w of works) {
      if (w.campaign_id === a.toCampaignId) throw fieldError('toCampaignId', `"${w.title}" đã thuộc đợt thi đua này.`);
      if (!UNFINISHED.includes(w.status)) {
        throw new UserError(`Chỉ chuyển tiếp công trình chưa hoàn thành: "${w.title}" đang "${workStatusLabel[w.status]}".`, {
          fields: { workIds: 'Có công trình đã hoàn thành hoặc đã hủy.' },
        });
      }
      const already = await trx
        .selectFrom('works')
        .select('id')
        .where('carried_from', '=', w.id)
        .where('campaign_id', '=', a.toCampaignId)
        .executeTakeFirst();
      if (already) throw fieldError('workIds', `"${w.title}" đã được chuyển tiếp sang "${target.name}".`);
      const dueInside = w.due_date && w.due_date >= target.startDate && w.due_date <= target.endDate ? w.due_date : null;
      const res = await trx
        .insertInto('works')
        .values({
          uuid: crypto.randomUUID(),
          campaign_id: a.toCampaignId,
          unit_id: w.unit_id,
          title: w.title,
          title_key: w.title_key,
          field: w.field,
          level: w.level,
          target: w.target,
          due_date: dueInside,
          owner: w.owner,
          status: 'da_dang_ky',
          registered_on: target.startDate,
          completed_on: null,
          cancelled_on: null,
          evidence: '',
          carried_from: w.id,
          search: w.search,
          created_at: now,
          updated_at: now,
        })
        .executeTakeFirstOrThrow();
      const newId = Number(res.insertId);
      created.push(newId);
      await trx
        .insertInto('work_updates')
        .values([
          { work_id: newId, date: target.startDate, status: 'da_dang_ky', note: 'Chuyển tiếp từ đợt trước', source: 'carry_over', created_at: now },
          { work_id: w.id, date: todayIso(ctx.now()), status: w.status, note: `Chuyển tiếp sang "${target.name}"`, source: 'carry_over', created_at: now },
        ])
        .execute();
      await ensureRegistered(trx, a.toCampaignId, w.unit_id, target.startDate, now);
    }
    await audit(trx, ctx.now(), 'carry_over', 'campaign', a.toCampaignId, { from: a.workIds, created });
  });
  return { created };
};

export const workHandlers = {
  'works.list': ((ctx, a) => listWorks(ctx, a)) as Handler<'works.list'>,
  'works.search': ((ctx, a) => searchWorkIds(ctx, a.campaignId, a.query)) as Handler<'works.search'>,
  'works.get': ((ctx, a) => getWork(ctx, a.id)) as Handler<'works.get'>,
  'works.save': save,
  'works.setStatus': setStatus,
  'works.carryOver': carryOver,
};
