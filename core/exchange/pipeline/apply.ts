// The import itself: in ONE transaction on the raw handle, the input is classified again (plan.ts, the
// very function the preview ran, so a change made between preview and apply is seen), refused while a
// conflict is unanswered, then written through prepared statements with the before-image of every row,
// logged in `packets` and kept as an import batch for undo. The values the app derives (title_key,
// search, the status dates from the history, the registration a work implies) are built by the same
// functions the works, units and campaigns pages use, so imported rows read as if typed in the app.
import type BetterSqlite3 from 'better-sqlite3';
import type { WorkStatus } from '../../../db/schema.ts';
import { UserError } from '../../api/envelope.ts';
import type { ImportApplied, ImportCounts } from '../../api/types.ts';
import { auditSync } from '../../audit.ts';
import { codeKey } from '../../org/rules.ts';
import { searchText } from '../../search.ts';
import { fold } from '../../text/fold.ts';
import type { CampaignInput, ImportInput } from '../inputs.ts';
import { BatchWriter, maxIds } from './batch.ts';
import { alreadyImported } from './log.ts';
import { rememberBatch, rememberBatchReceived } from './versions.ts';
import { ProposalFiles } from './proposal-writes.ts';
import { PROPOSAL_WRITES, type ProposalWrite } from './proposals.ts';

const isProposalWrite = (x: Write): x is ProposalWrite => PROPOSAL_WRITES.has(x.t);
import type { Fields } from './merge.ts';
import { type Plan, plan, planStamp, type StageOptions, type Write } from './plan.ts';

const WRITTEN_ACTIONS = new Set(['new', 'changed', 'duplicate', 'conflict']);

function written(counts: ImportCounts): number {
  return Object.values(counts).reduce((n, c) => n + c.new + c.changed + c.duplicate + c.conflict, 0);
}

/** Ids of units and groups by folded code, filled as the import inserts them. */
class Ids {
  readonly units = new Map<string, number>();
  readonly groups = new Map<string, number>();
  campaign: number | null = null;

  constructor(raw: BetterSqlite3.Database, campaignUuid: string | null) {
    for (const u of raw.prepare<[], { id: number; code: string }>('SELECT id, code FROM units ORDER BY id').all()) {
      if (!this.units.has(codeKey(u.code))) this.units.set(codeKey(u.code), u.id);
    }
    for (const g of raw.prepare<[], { id: number; code: string }>('SELECT id, code FROM groups ORDER BY id').all()) {
      if (!this.groups.has(codeKey(g.code))) this.groups.set(codeKey(g.code), g.id);
    }
    if (campaignUuid) this.campaign = (raw.prepare('SELECT id FROM campaigns WHERE uuid = ?').pluck().get(campaignUuid) as number | undefined) ?? null;
  }

  unit(code: string): number {
    return this.units.get(codeKey(code))!;
  }
}

/** Numbered from 1, as the campaigns page numbers them. */
function campaignLists(w: BatchWriter, campaignId: number, c: Pick<CampaignInput, 'fields' | 'phases' | 'milestones'>, only?: Fields) {
  if (!only || 'fields' in only) {
    for (const [i, name] of c.fields.entries()) w.insert('campaign_fields', { campaign_id: campaignId, seq: i + 1, name });
  }
  if (!only || 'phases' in only) {
    for (const [i, p] of c.phases.entries()) w.insert('campaign_phases', { campaign_id: campaignId, seq: i + 1, name: p.name, start_date: p.startDate, end_date: p.endDate });
  }
  if (!only || 'milestones' in only) {
    for (const m of c.milestones) w.insert('campaign_milestones', { campaign_id: campaignId, kind: m.kind, date: m.date, label: m.label });
  }
}

/** Columns of a unit or a group from the fields taken from the sender (a group has no short name). */
const orgColumns = (f: Fields) => ({
  ...('code' in f ? { code: f.code } : {}),
  ...('name' in f ? { name: f.name } : {}),
  ...('shortName' in f ? { short_name: f.shortName } : {}),
  ...('kind' in f ? { kind: f.kind } : {}),
  ...('active' in f ? { active: Number(f.active) } : {}),
});

const campaignColumns = (f: Fields) => {
  const map: Record<string, string> = {
    name: 'name', form: 'form', theme: 'theme', startDate: 'start_date', endDate: 'end_date', planNumber: 'plan_number',
    planIssuer: 'plan_issuer', upperPlan: 'upper_plan', status: 'status',
  };
  const out: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(map)) if (k in f) out[col] = f[k];
  if ('planDate' in f) out.plan_date = f.planDate || null;
  return out;
};

function write(w: BatchWriter, ids: Ids, x: Write, now: string, file: string): void {
  switch (x.t) {
    case 'group_insert': {
      const g = x.g;
      const id = w.insert('groups', { uuid: x.uuid, code: g.code, kind: g.kind, name: g.name, active: g.active ? 1 : 0, search: searchText(g.code, g.name), created_at: now, updated_at: now });
      ids.groups.set(codeKey(g.code), id);
      return;
    }
    case 'group_update': {
      const f = { ...x.after };
      w.update('groups', x.id, { ...orgColumns(x.take), search: searchText(f.code, f.name), updated_at: now });
      if ('code' in x.take) ids.groups.set(codeKey(x.take.code), x.id);
      return;
    }
    case 'unit_insert': {
      const u = x.u;
      const id = w.insert('units', {
        uuid: x.uuid, code: u.code, name: u.name, short_name: u.shortName, kind: u.kind, parent_id: null, active: u.active ? 1 : 0,
        search: searchText(u.code, u.name, u.shortName), created_at: now, updated_at: now,
      });
      ids.units.set(codeKey(u.code), id);
      return;
    }
    case 'unit_update': {
      const f = x.after;
      w.update('units', x.id, { ...orgColumns(x.take), search: searchText(f.code, f.name, f.shortName), updated_at: now });
      if ('code' in x.take) ids.units.set(codeKey(x.take.code), x.id);
      return;
    }
    case 'member_insert':
      w.insert('group_members', {
        uuid: x.uuid, group_id: ids.groups.get(codeKey(x.groupCode))!, unit_id: ids.unit(x.unitCode), role: x.role,
        valid_from: x.validFrom, valid_to: x.validTo, updated_at: now,
      });
      return;
    case 'member_update':
      w.update('group_members', x.id, { role: x.role, valid_to: x.validTo, updated_at: now });
      return;
    case 'campaign_insert': {
      const c = x.c;
      const id = w.insert('campaigns', {
        uuid: c.uuid, name: c.name, form: c.form, theme: c.theme, start_date: c.startDate, end_date: c.endDate, plan_number: c.planNumber,
        plan_date: c.planDate, plan_issuer: c.planIssuer, upper_plan: c.upperPlan, status: c.status || 'dang_dien_ra',
        search: searchText(c.name, c.planNumber, c.theme), created_at: now, updated_at: now,
      });
      ids.campaign = id;
      campaignLists(w, id, c);
      return;
    }
    case 'campaign_update': {
      const f = x.after;
      w.update('campaigns', x.id, { ...campaignColumns(x.take), search: searchText(f.name, f.planNumber, f.theme), updated_at: now });
      const lists = { fields: JSON.parse(f.fields), phases: JSON.parse(f.phases), milestones: JSON.parse(f.milestones) };
      if ('fields' in x.take) w.deleteWhere('campaign_fields', 'campaign_id', x.id);
      if ('phases' in x.take) w.deleteWhere('campaign_phases', 'campaign_id', x.id);
      if ('milestones' in x.take) w.deleteWhere('campaign_milestones', 'campaign_id', x.id);
      campaignLists(w, x.id, lists, x.take);
      return;
    }
    case 'registration_insert':
      w.insert('registrations', { uuid: x.uuid, campaign_id: ids.campaign!, unit_id: ids.unit(x.unitCode), registered_on: x.registeredOn, updated_at: now });
      return;
    case 'report_insert': {
      const r = x.r;
      w.insert('unit_reports', {
        uuid: x.uuid, campaign_id: ids.campaign!, unit_id: ids.unit(r.unitCode), report_date: r.reportDate, content: r.content, source: r.source,
        created_at: now, updated_at: now,
      });
      return;
    }
    case 'report_update': {
      const f = x.take;
      w.update('unit_reports', x.id, {
        ...('reportDate' in f ? { report_date: f.reportDate } : {}),
        ...('content' in f ? { content: f.content } : {}),
        ...('source' in f ? { source: f.source } : {}),
        updated_at: now,
      });
      return;
    }
    case 'work_insert': {
      const v = x.w;
      const id = w.insert('works', {
        uuid: x.uuid, campaign_id: ids.campaign!, unit_id: ids.unit(v.unitCode), title: v.title, title_key: fold(v.title), field: v.field,
        level: v.level, target: v.target, due_date: v.dueDate, owner: v.owner, status: x.status.status, registered_on: x.registeredOn,
        completed_on: x.status.completed_on, cancelled_on: x.status.cancelled_on, evidence: v.evidence ?? '', carried_from: null,
        search: searchText(v.title, v.field, v.owner), created_at: now, updated_at: now, featured: v.featured ? 1 : 0,
      });
      for (const h of x.history) w.insert('work_updates', { work_id: id, date: h.date, status: h.status, note: h.note, source: h.source || `import:${file}`, created_at: now });
      return;
    }
    case 'work_update': {
      const f = x.after;
      const t = x.take;
      const set: Record<string, unknown> = { updated_at: now };
      if ('title' in t) {
        set.title = t.title;
        set.title_key = fold(t.title);
      }
      if ('field' in t) set.field = t.field;
      if ('level' in t) set.level = t.level;
      if ('target' in t) set.target = t.target;
      if ('dueDate' in t) set.due_date = t.dueDate || null;
      if ('owner' in t) set.owner = t.owner;
      if ('registeredOn' in t) set.registered_on = t.registeredOn;
      if ('evidence' in t) set.evidence = t.evidence;
      if ('featured' in t) set.featured = Number(t.featured);
      if ('title' in t || 'field' in t || 'owner' in t) set.search = searchText(f.title, f.field, f.owner);
      if (x.status) Object.assign(set, x.status);
      w.update('works', x.id, set);
      if (x.fixEntry) w.update('work_updates', x.fixEntry.id, { date: x.fixEntry.date });
      for (const h of x.history) w.insert('work_updates', { work_id: x.id, date: h.date, status: h.status as WorkStatus, note: h.note, source: h.source, created_at: now });
    }
  }
}

/** Unit parents by code, once every unit of the file has its id. */
function linkParents(w: BatchWriter, ids: Ids, writes: Write[], now: string): void {
  for (const x of writes) {
    if (x.t === 'unit_insert' && x.u.parentCode !== null) w.update('units', ids.unit(x.u.code), { parent_id: ids.unit(x.u.parentCode) });
    if (x.t === 'unit_update' && 'parentCode' in x.take) w.update('units', x.id, { parent_id: x.take.parentCode ? ids.unit(x.take.parentCode) : null, updated_at: now });
  }
}

/** Per row what changed, for the packets log: [kind, action, uuid, label, fields]. */
function changesOf(rows: ReturnType<typeof plan>['rows'], writes: Write[]) {
  const uuidOf = new Map<string, string>();
  for (const x of writes) if ('key' in x && 'uuid' in x) uuidOf.set(x.key, x.uuid);
  return rows
    .filter((r) => WRITTEN_ACTIONS.has(r.action) && uuidOf.has(r.key))
    .map((r) => [r.kind, r.action, uuidOf.get(r.key)!, r.label, r.diff.filter((d) => d.changedBy !== 'ours').map((d) => d.field)]);
}

/**
 * `previewed`: the plan the preview showed, used as it is when the database has not changed since.
 * `dataDir`: the database's data folder, where a proposal packet's papers are written.
 */
export function applyImport(raw: BetterSqlite3.Database, input: ImportInput, options: StageOptions, previewed?: Plan, dataDir?: string): ImportApplied {
  const now = options.now.toISOString();
  const papers = new ProposalFiles(raw, dataDir);
  try {
    return applyInTransaction(raw, input, options, now, papers, previewed);
  } catch (error) {
    papers.removeCommitted();
    throw error;
  } finally {
    papers.discard();
  }
}

function applyInTransaction(raw: BetterSqlite3.Database, input: ImportInput, options: StageOptions, now: string, papers: ProposalFiles, previewed?: Plan): ImportApplied {
  return raw.transaction((): ImportApplied => {
    const p = previewed && previewed.stamp === planStamp(raw, options) ? previewed : plan(raw, input, options);
    const before = alreadyImported(raw, input);
    if (before) return { packetId: null, counts: p.counts, written: 0, message: before.message };
    if (p.unresolved > 0) {
      throw new UserError(`Còn ${p.unresolved} trường mâu thuẫn chưa chọn "giữ của mình" hay "lấy của họ": chưa nhập được.`, { code: 'conflict' });
    }
    if (p.writes.length === 0) {
      return { packetId: null, counts: p.counts, written: 0, message: 'Không có gì thay đổi: dữ liệu đã giống nội dung tệp này.' };
    }
    const w = new BatchWriter(raw);
    const ids = new Ids(raw, p.campaignUuid);
    for (const x of p.writes) {
      if (isProposalWrite(x)) papers.write(w, x, now);
      else write(w, ids, x, now, input.source.file);
    }
    linkParents(w, ids, p.writes, now);
    const s = input.source;
    const packetId = Number(
      raw
        .prepare(
          `INSERT INTO packets (direction, source_kind, what, sender_code, sender_name, file_name, sha256, packet_uuid, sequence, campaign_uuid, at, counts, changes)
           VALUES ('import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.kind, s.what, s.sender?.code ?? '', s.sender?.name ?? '', s.file, s.sha256, s.packetUuid ?? null, s.sequence ?? null, p.campaignUuid, now,
          JSON.stringify(p.counts), JSON.stringify(changesOf(p.rows, p.writes))).lastInsertRowid,
    );
    const batchId = Number(
      raw.prepare('INSERT INTO import_batches (packet_id, at, before, max_ids) VALUES (?, ?, ?, ?)').run(packetId, now, JSON.stringify(w.before), JSON.stringify(maxIds(raw))).lastInsertRowid,
    );
    rememberBatch(raw, batchId, now, p.writes);
    rememberBatchReceived(raw, batchId, input, p);
    const count = written(p.counts);
    auditSync(raw, options.now, 'import', 'packet', packetId, { file: s.file, sha256: s.sha256, written: count });
    // Last: a failed rename rolls every row back, and the papers already renamed are removed.
    papers.commit();
    return { packetId, counts: p.counts, written: count, message: `Đã nhập ${count} bản ghi từ "${s.file}".` };
  })();
}

