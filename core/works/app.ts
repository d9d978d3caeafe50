// Registered works (công trình, phần việc) of a campaign: list with review flags, register, status
// history, carry-over into a later campaign.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { WorkDetail, WorkRow } from '../api/types.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import { workStatusLabel } from '../api/labels.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { searchText } from '../search.ts';
import { compareVi } from '../text/collate.ts';
import { formatDateShort, todayIso } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { isInPeriod, nearestDayIn } from '../campaigns/rules.ts';
import { canCarryOver, canChange, earliestStatusDate, isFieldInPlan, planFacts as factsOf, type PlanFacts, statusDates, workFlags } from './rules.ts';
import { type HistoryEntry, historyProblem, registrationEntry, statusFrom } from './history.ts';
import { matchingWorkIds } from './typed-search.ts';

async function planFacts(db: Kysely<Database>, campaignId: number): Promise<PlanFacts & { name: string }> {
  const c = await db
    .selectFrom('campaigns')
    .select(['name', 'start_date', 'end_date'])
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const fields = await db.selectFrom('campaign_fields').select('name').where('campaign_id', '=', campaignId).execute();
  return { name: c.name, ...factsOf({ startDate: c.start_date, endDate: c.end_date, fields: fields.map((f) => f.name) }) };
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
      'w.title_key',
      'w.evidence',
      'w.featured',
    ]);
}

/** The row as the list shows it; the flags are the only part worked out rather than read. */
function withFlags(row: Omit<WorkRow, 'flags'>, plan: PlanFacts, hasRepeat: boolean, fieldInPlan?: boolean): WorkRow {
  const flags = workFlags({ target: row.target, dueDate: row.dueDate, field: row.field, hasRepeat }, plan, fieldInPlan);
  return Object.assign(row, { flags });
}

/**
 * A work is a repeat when another work of the same unit in the campaign, not cancelled, has the same
 * folded title. Counted once per campaign (or unit) over the covering index works_repeat, rather than
 * by a subquery for each listed row: keys seen more than once, with how many of them are live.
 */
class Repeats {
  /** unit id → folded title → how many works with it are live; only titles seen more than once. */
  private readonly live = new Map<number, Map<string, number>>();

  constructor(raw: BetterSqlite3.Database, campaignId: number, unitId?: number) {
    const rows = raw
      .prepare<{ c: number; u: number | null }, { unit_id: number; title_key: string; live: number }>(
        `SELECT unit_id, title_key, count(*) FILTER (WHERE status <> 'huy') AS live FROM works INDEXED BY works_repeat
          WHERE campaign_id = @c AND (@u IS NULL OR unit_id = @u) GROUP BY unit_id, title_key HAVING count(*) > 1`,
      )
      .all({ c: campaignId, u: unitId ?? null });
    for (const r of rows) {
      let titles = this.live.get(r.unit_id);
      if (!titles) {
        titles = new Map();
        this.live.set(r.unit_id, titles);
      }
      titles.set(r.title_key, r.live);
    }
  }

  of(w: { unit_id: number; title_key: string; status: WorkRow['status'] }): boolean {
    const live = this.live.get(w.unit_id)?.get(w.title_key);
    return live !== undefined && live - (w.status === 'huy' ? 0 : 1) > 0;
  }
}

type ListRow = [
  id: number,
  unitId: number,
  title: string,
  titleKey: string,
  field: string,
  level: WorkRow['level'],
  target: string,
  dueDate: string | null,
  owner: string,
  status: WorkRow['status'],
  registeredOn: string,
  completedOn: string | null,
  carriedFrom: number | null,
];

const LIST_COLUMNS = `w.id, w.unit_id, w.title, w.title_key, w.field, w.level, w.target, w.due_date, w.owner, w.status,
  w.registered_on, w.completed_on, w.carried_from`;

/** Every unit with its name's place in Vietnamese order, and the unit ids of each place in turn. */
function unitOrder(raw: BetterSqlite3.Database) {
  const units = new Map<number, { code: string; name: string; rank: number }>();
  for (const u of raw.prepare<[], { id: number; code: string; name: string }>('SELECT id, code, name FROM units').all()) {
    units.set(u.id, { code: u.code, name: u.name, rank: 0 });
  }
  const names = [...new Set([...units.values()].map((u) => u.name))].sort(compareVi);
  const rankOf = new Map(names.map((n, i) => [n, i]));
  const byRank: number[][] = names.map(() => []);
  for (const [id, u] of units) {
    u.rank = rankOf.get(u.name)!;
    byRank[u.rank].push(id);
  }
  return { units, byRank };
}

/**
 * The list the works page shows: the works of the campaign (or of the filter) as full rows, ordered
 * by unit name then id. `limit` asks for the first rows only, the page's first screen: they are read
 * unit by unit in that order through (campaign, unit) and reading stops once there are enough. The
 * whole list is linear at 100k works: rows read as arrays in rowid order without a join, repeats
 * from one grouped index scan, the order by bucketing on each unit name's rank.
 */
export async function listWorks(
  ctx: Context,
  a: { campaignId: number; unitId?: number; query?: string; flag?: WorkRow['flags'][number]; status?: WorkRow['status']; limit?: number },
): Promise<WorkRow[]> {
  const plan = await planFacts(ctx.conn.db, a.campaignId);
  const raw = ctx.conn.raw;
  const params: Record<string, unknown> = { campaignId: a.campaignId };
  if (a.status) params.status = a.status;
  const statusWhere = a.status ? 'AND w.status = @status' : '';
  const { units, byRank } = unitOrder(raw);
  // A typed query filters by the same matching as the search box, so the two never disagree.
  const matching = a.query?.trim() ? new Set(matchingWorkIds(raw, a.campaignId, a.query)) : null;
  const fieldInPlan = new Map<string, boolean>();
  const toWork = (r: ListRow, repeats: Repeats): WorkRow | null => {
    const [id, unitId, title, titleKey, field, level, target, dueDate, owner, status, registeredOn, completedOn, carriedFrom] = r;
    if (matching && !matching.has(id)) return null;
    let inPlan = fieldInPlan.get(field);
    if (inPlan === undefined) {
      inPlan = isFieldInPlan(field, plan);
      fieldInPlan.set(field, inPlan);
    }
    const unit = units.get(unitId)!;
    const row = withFlags(
      {
        id, campaignId: a.campaignId, unitId, unitCode: unit.code, unitName: unit.name, title, field, level, target, dueDate, owner,
        status, registeredOn, completedOn, carriedFrom,
      },
      plan,
      repeats.of({ unit_id: unitId, title_key: titleKey, status }),
      inPlan,
    );
    return !a.flag || row.flags.includes(a.flag) ? row : null;
  };

  if (a.limit === undefined && a.unitId === undefined) {
    const rows = raw
      .prepare(`SELECT ${LIST_COLUMNS} FROM works w INDEXED BY works_campaign WHERE w.campaign_id = @campaignId ${statusWhere} ORDER BY w.id`)
      .raw()
      .all(params) as ListRow[];
    const repeats = new Repeats(raw, a.campaignId);
    // Rows arrive in id order; one bucket per unit-name rank keeps that order inside each unit.
    const buckets: WorkRow[][] = byRank.map(() => []);
    for (const r of rows) {
      const row = toWork(r, repeats);
      if (row) buckets[units.get(r[1])!.rank].push(row);
    }
    return buckets.flat();
  }

  const ofUnit = raw.prepare(
    `SELECT ${LIST_COLUMNS} FROM works w INDEXED BY works_repeat WHERE w.campaign_id = @campaignId AND w.unit_id = @unitId ${statusWhere}`,
  ).raw();
  const out: WorkRow[] = [];
  const limit = a.limit ?? Number.POSITIVE_INFINITY;
  for (const group of byRank) {
    // Units sharing a name share a place: their works interleave by id, as in the whole list.
    const unitIds = a.unitId === undefined ? group : group.filter((u) => u === a.unitId);
    const rows = unitIds.flatMap((unitId) => ofUnit.all({ ...params, unitId }) as ListRow[]).sort((x, y) => x[0] - y[0]);
    const repeats = new Map(unitIds.map((u) => [u, new Repeats(raw, a.campaignId, u)]));
    for (const r of rows) {
      const row = toWork(r, repeats.get(r[1])!);
      if (row) out.push(row);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

export async function getWork(ctx: Context, id: number): Promise<WorkDetail> {
  const db = ctx.conn.db;
  const r = await baseQuery(db).where('w.id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`công trình có mã số ${id}`);
  const plan = await planFacts(db, r.campaign_id);
  const repeat = new Repeats(ctx.conn.raw, r.campaign_id, r.unit_id).of(r);
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
    ...withFlags(
      {
        id: r.id, campaignId: r.campaign_id, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name, title: r.title, field: r.field,
        level: r.level, target: r.target, dueDate: r.due_date, owner: r.owner, status: r.status, registeredOn: r.registered_on,
        completedOn: r.completed_on, carriedFrom: r.carried_from,
      },
      plan,
      repeat,
    ),
    evidence: r.evidence,
    featured: r.featured === 1,
    updates,
    carriedTo: carriedTo.map((c) => ({ id: c.id, campaignId: c.campaign_id, campaignName: c.name })),
  };
}

/**
 * A unit outside the campaign is enrolled only when the user said yes: registering its work silently
 * would change the campaign's "đơn vị tham gia" behind the secretariat's back.
 */
async function askToEnrol(trx: Kysely<Database>, a: { campaignId: number; unitId: number; enrol?: boolean }, unitName: string, campaignName: string) {
  if (a.enrol) return;
  const reg = await trx
    .selectFrom('registrations')
    .select('id')
    .where('campaign_id', '=', a.campaignId)
    .where('unit_id', '=', a.unitId)
    .executeTakeFirst();
  if (reg) return;
  throw new UserError(`Đơn vị "${unitName}" chưa tham gia đợt thi đua "${campaignName}". Thêm đơn vị vào đợt và đăng ký công trình?`, {
    code: 'confirm',
  });
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
      if (old.unit_id !== a.unitId) await askToEnrol(trx, a, unit.name, plan.name);
      const registeredOn = a.registeredOn ? { registered_on: a.registeredOn } : {};
      await trx.updateTable('works').set({ ...values, ...registeredOn }).where('id', '=', a.id).execute();
      if (old.unit_id !== a.unitId) await ensureRegistered(trx, a.campaignId, a.unitId, a.registeredOn ?? todayIso(ctx.now()), now);
      await audit(trx, ctx.now(), 'update', 'work', a.id, a);
      return a.id;
    }
    if (!unit.active) throw fieldError('unitId', `Đơn vị "${unit.name}" đã ngừng hoạt động.`);
    await askToEnrol(trx, a, unit.name, plan.name);
    const registeredOn = a.registeredOn ?? nearestDayIn(todayIso(ctx.now()), plan);
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
    const floor = earliestStatusDate(w.registered_on, last ? [last.date] : []);
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

/** A history entry with its work, or not found. */
async function entryOf(trx: Kysely<Database>, id: number) {
  const entry = await trx.selectFrom('work_updates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!entry) throw notFound(`dòng lịch sử có mã số ${id}`);
  const work = await trx.selectFrom('works').select(['id', 'registered_on']).where('id', '=', entry.work_id).executeTakeFirstOrThrow();
  const entries = await trx.selectFrom('work_updates').select(['id', 'date', 'status']).where('work_id', '=', work.id).execute();
  return { entry, work, entries };
}

/** The work takes the status its corrected history ends in. */
async function followHistory(trx: Kysely<Database>, workId: number, entries: readonly HistoryEntry[], now: string) {
  await trx.updateTable('works').set({ ...statusFrom(entries), updated_at: now }).where('id', '=', workId).execute();
}

/** A mistyped entry (wrong day, wrong status, a note) is corrected in place; the change is audited. */
const updateHistory: Handler<'works.updateHistory'> = async (ctx, a) => {
  const workId = await ctx.conn.db.transaction().execute(async (trx) => {
    const { entry, work, entries } = await entryOf(trx, a.id);
    const next = entries.map((e) => (e.id === a.id ? { id: e.id, date: a.date, status: a.status } : e));
    const problem = historyProblem(work.registered_on, next);
    if (problem) throw fieldError(a.status !== entry.status ? 'status' : 'date', problem);
    await trx.updateTable('work_updates').set({ date: a.date, status: a.status, note: a.note }).where('id', '=', a.id).execute();
    await followHistory(trx, work.id, next, ctx.now().toISOString());
    await audit(trx, ctx.now(), 'update_history', 'work', work.id, {
      entryId: a.id,
      before: { date: entry.date, status: entry.status, note: entry.note },
      after: { date: a.date, status: a.status, note: a.note },
    });
    return work.id;
  });
  return getWork(ctx, workId);
};

/** An entry recorded by mistake is deleted, except the registration every history starts from. */
const removeHistory: Handler<'works.removeHistory'> = async (ctx, a) => {
  const workId = await ctx.conn.db.transaction().execute(async (trx) => {
    const { entry, work, entries } = await entryOf(trx, a.id);
    if (registrationEntry(entries)?.id === a.id) {
      throw new UserError(`Không xóa được dòng "${workStatusLabel[entry.status]}" đầu tiên: lịch sử của công trình bắt đầu từ đó. Hãy sửa ngày của nó nếu cần.`);
    }
    const next = entries.filter((e) => e.id !== a.id);
    const problem = historyProblem(work.registered_on, next);
    if (problem) throw new UserError(`Không xóa được dòng này. ${problem}`);
    await trx.deleteFrom('work_updates').where('id', '=', a.id).execute();
    await followHistory(trx, work.id, next, ctx.now().toISOString());
    await audit(trx, ctx.now(), 'remove_history', 'work', work.id, {
      entryId: a.id,
      removed: { date: entry.date, status: entry.status, note: entry.note, source: entry.source },
    });
    return work.id;
  });
  return getWork(ctx, workId);
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
      if (!canCarryOver(w.status)) {
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
      const dueInside = w.due_date && isInPeriod(w.due_date, target) ? w.due_date : null;
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
  'works.search': ((ctx, a) => matchingWorkIds(ctx.conn.raw, a.campaignId, a.query)) as Handler<'works.search'>,
  'works.get': ((ctx, a) => getWork(ctx, a.id)) as Handler<'works.get'>,
  'works.save': save,
  'works.setStatus': setStatus,
  'works.updateHistory': updateHistory,
  'works.removeHistory': removeHistory,
  'works.carryOver': carryOver,
};
