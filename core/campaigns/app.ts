// Campaigns (đợt/phong trào thi đua): period, phases, plan document, milestones, fields, participants.
import type { CampaignDetail, CampaignRow } from '../api/types.ts';
import type { Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../db/schema.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { audit } from '../audit.ts';
import { describeReferences, referencesTo, TABLE_LABELS } from '../references.ts';
import { searchText } from '../search.ts';
import { formatDateShort } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { isInPeriod } from './rules.ts';

export async function getCampaign(ctx: Context, id: number): Promise<CampaignDetail> {
  const db = ctx.conn.db;
  const c = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${id}`);
  const [phases, milestones, fields, units] = await Promise.all([
    db.selectFrom('campaign_phases').selectAll().where('campaign_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('campaign_milestones').selectAll().where('campaign_id', '=', id).orderBy('date').orderBy('id').execute(),
    db.selectFrom('campaign_fields').selectAll().where('campaign_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('registrations').select('unit_id').where('campaign_id', '=', id).orderBy('unit_id').execute(),
  ]);
  return {
    id: c.id,
    name: c.name,
    form: c.form,
    theme: c.theme,
    startDate: c.start_date,
    endDate: c.end_date,
    planNumber: c.plan_number,
    planDate: c.plan_date,
    planIssuer: c.plan_issuer,
    upperPlan: c.upper_plan,
    phases: phases.map((p) => ({ name: p.name, startDate: p.start_date, endDate: p.end_date })),
    milestones: milestones.map((m) => ({ kind: m.kind, date: m.date, label: m.label })),
    fields: fields.map((f) => f.name),
    unitIds: units.map((u) => u.unit_id),
  };
}

/** The campaign a caller means when it names none: the one that started last. */
export async function latestCampaignId(ctx: Context): Promise<number> {
  const row = await ctx.conn.db
    .selectFrom('campaigns')
    .select('id')
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) throw notFound('đợt thi đua nào (hãy tạo đợt thi đua hoặc nạp dữ liệu mẫu)');
  return row.id;
}

const list: Handler<'campaigns.list'> = async (ctx) => {
  const rows = await ctx.conn.db
    .selectFrom('campaigns as c')
    .select((eb) => [
      'c.id',
      'c.name',
      'c.form',
      'c.start_date',
      'c.end_date',
      'c.plan_number',
      'c.plan_date',
      eb.selectFrom('registrations as r').select((e) => e.fn.countAll<number>().as('n')).whereRef('r.campaign_id', '=', 'c.id').as('units'),
      eb.selectFrom('works as w').select((e) => e.fn.countAll<number>().as('n')).whereRef('w.campaign_id', '=', 'c.id').as('works'),
    ])
    .orderBy('c.start_date', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map(
    (r): CampaignRow => ({
      id: r.id,
      name: r.name,
      form: r.form,
      startDate: r.start_date,
      endDate: r.end_date,
      planNumber: r.plan_number,
      planDate: r.plan_date,
      units: Number(r.units ?? 0),
      works: Number(r.works ?? 0),
    }),
  );
};

const save: Handler<'campaigns.save'> = async (ctx, a) => {
  if (a.endDate < a.startDate) throw fieldError('endDate', 'Ngày kết thúc phải sau ngày bắt đầu.');
  a.phases.forEach((p, i) => {
    if (p.endDate < p.startDate) throw fieldError(`phases.${i}.endDate`, `Giai đoạn "${p.name}": ngày kết thúc trước ngày bắt đầu.`);
    if (!isInPeriod(p.startDate, a) || !isInPeriod(p.endDate, a)) {
      throw fieldError(
        `phases.${i}.startDate`,
        `Giai đoạn "${p.name}" phải nằm trong thời gian đợt thi đua (${formatDateShort(a.startDate)} – ${formatDateShort(a.endDate)}).`,
      );
    }
  });
  const seen = new Set<string>();
  a.fields.forEach((f, i) => {
    const key = fold(f);
    if (seen.has(key)) throw fieldError(`fields.${i}`, `Lĩnh vực "${f}" bị lặp.`);
    seen.add(key);
  });
  const now = ctx.now().toISOString();
  const values = {
    name: a.name,
    form: a.form,
    theme: a.theme,
    start_date: a.startDate,
    end_date: a.endDate,
    plan_number: a.planNumber,
    plan_date: a.planDate,
    plan_issuer: a.planIssuer,
    upper_plan: a.upperPlan,
    search: searchText(a.name, a.planNumber, a.theme),
    updated_at: now,
  };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let campaignId: number;
    if (a.id) {
      const res = await trx.updateTable('campaigns').set(values).where('id', '=', a.id).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound(`đợt thi đua có mã số ${a.id}`);
      campaignId = a.id;
    } else {
      const res = await trx
        .insertInto('campaigns')
        .values({ ...values, uuid: crypto.randomUUID(), status: 'dang_dien_ra', created_at: now })
        .executeTakeFirstOrThrow();
      campaignId = Number(res.insertId);
    }
    await trx.deleteFrom('campaign_phases').where('campaign_id', '=', campaignId).execute();
    await trx.deleteFrom('campaign_milestones').where('campaign_id', '=', campaignId).execute();
    await trx.deleteFrom('campaign_fields').where('campaign_id', '=', campaignId).execute();
    if (a.phases.length) {
      await trx
        .insertInto('campaign_phases')
        .values(a.phases.map((p, i) => ({ campaign_id: campaignId, seq: i + 1, name: p.name, start_date: p.startDate, end_date: p.endDate })))
        .execute();
    }
    if (a.milestones.length) {
      await trx
        .insertInto('campaign_milestones')
        .values(a.milestones.map((m) => ({ campaign_id: campaignId, kind: m.kind, date: m.date, label: m.label })))
        .execute();
    }
    if (a.fields.length) {
      await trx
        .insertInto('campaign_fields')
        .values(a.fields.map((name, i) => ({ campaign_id: campaignId, seq: i + 1, name })))
        .execute();
    }
    // Participants: units with works or reports cannot be dropped silently.
    const current = await trx.selectFrom('registrations').select('unit_id').where('campaign_id', '=', campaignId).execute();
    const wanted = new Set(a.unitIds);
    const dropped = current.map((r) => r.unit_id).filter((u) => !wanted.has(u));
    if (dropped.length) {
      const busy = await trx
        .selectFrom('works')
        .innerJoin('units', 'units.id', 'works.unit_id')
        .select('units.name')
        .where('works.campaign_id', '=', campaignId)
        .where('works.unit_id', 'in', dropped)
        .executeTakeFirst();
      if (busy) throw fieldError('unitIds', `Không thể bỏ "${busy.name}" khỏi đợt thi đua: đơn vị đã đăng ký công trình.`);
      await trx.deleteFrom('registrations').where('campaign_id', '=', campaignId).where('unit_id', 'in', dropped).execute();
    }
    const have = new Set(current.map((r) => r.unit_id));
    const added = a.unitIds.filter((u) => !have.has(u));
    if (added.length) {
      const known = await trx.selectFrom('units').select(['id', 'name', 'active']).where('id', 'in', added).execute();
      if (known.length !== new Set(added).size) throw fieldError('unitIds', 'Danh sách đơn vị tham gia có đơn vị không tồn tại.');
      // A unit that stopped working takes part in no new campaign; one already taking part stays.
      const inactive = known.find((u) => !u.active);
      if (inactive) throw fieldError('unitIds', `Đơn vị "${inactive.name}" đã ngừng hoạt động: không thể thêm vào đợt thi đua.`);
      const registeredOn = a.startDate;
      await trx
        .insertInto('registrations')
        .values([...new Set(added)].map((u) => ({ uuid: crypto.randomUUID(), campaign_id: campaignId, unit_id: u, registered_on: registeredOn, updated_at: now })))
        .execute();
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'campaign', campaignId, { name: a.name });
    return campaignId;
  });
  return getCampaign(ctx, id);
};

/** What a campaign still holds that deleting it would lose, as the user reads it; empty when nothing. */
async function dependents(trx: Kysely<Database>, raw: BetterSqlite3.Database, id: number): Promise<string[]> {
  const count = async (table: 'works' | 'unit_reports' | 'issued_documents' | 'document_sections') =>
    Number(
      (await trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', id).executeTakeFirstOrThrow()).n,
    );
  const [works, reports, documents, sections] = await Promise.all([
    count('works'),
    count('unit_reports'),
    count('issued_documents'),
    count('document_sections'),
  ]);
  const out: string[] = [];
  if (works) out.push(`${works} công trình, phần việc`);
  if (reports) out.push(`${reports} báo cáo của đơn vị`);
  if (documents) out.push(`${documents} văn bản đã tạo`);
  if (sections) out.push(`${sections} đoạn văn bản đã soạn`);
  // Anything else pointing at the campaign (the award round's proposals, meetings and decisions, or a
  // table added later) is found from the schema, so no capability has to remember to add itself here.
  const others = referencesTo(raw, 'campaigns', id).filter((r) => !COUNTED_OR_OWNED.has(r.table));
  for (const r of others.filter((o) => TABLE_LABELS[o.table])) out.push(`${r.count} ${TABLE_LABELS[r.table]}`);
  const unnamed = others.filter((o) => !TABLE_LABELS[o.table]);
  if (unnamed.length) out.push(describeReferences(unnamed));
  return out;
}

/** Tables counted above by name, or deleted with the campaign (its participants, phases, milestones, fields). */
const COUNTED_OR_OWNED = new Set([
  'works',
  'unit_reports',
  'issued_documents',
  'document_sections',
  'registrations',
  'campaign_phases',
  'campaign_milestones',
  'campaign_fields',
]);

/**
 * A campaign created by mistake goes, with its own parts (phases, milestones, fields, the list of
 * participants), while nothing was recorded in it; otherwise the message says what holds it.
 */
const remove: Handler<'campaigns.remove'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('campaigns').select(['id', 'name']).where('id', '=', a.id).executeTakeFirst();
    if (!c) throw notFound(`đợt thi đua có mã số ${a.id}`);
    const held = await dependents(trx, ctx.conn.raw, a.id);
    if (held.length) {
      throw new UserError(`Không xóa được đợt thi đua "${c.name}": đã có ${held.join(', ')}.`, { code: 'conflict' });
    }
    await trx.deleteFrom('registrations').where('campaign_id', '=', a.id).execute();
    // Phases, milestones and fields go with the campaign (ON DELETE CASCADE).
    await trx.deleteFrom('campaigns').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'campaign', a.id, { name: c.name });
  });
  return { removed: a.id };
};

export const campaignHandlers = {
  'campaigns.list': list,
  'campaigns.get': ((ctx, a) => getCampaign(ctx, a.id)) as Handler<'campaigns.get'>,
  'campaigns.save': save,
  'campaigns.remove': remove,
};
