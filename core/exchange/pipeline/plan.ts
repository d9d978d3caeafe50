// The one classification both the preview and the import use: every record of the input is checked
// against the database, matched (by uuid, then by its natural key), merged field by field, and turned
// into a preview row and, unless refused, a write. The preview shows these rows; apply re-runs this very
// function inside its write transaction and carries out its writes, so what the preview said is what
// the import does — there is no second set of rules.
import type BetterSqlite3 from 'better-sqlite3';
import type { WorkStatus } from '../../../db/schema.ts';
import type { ImportAction, ImportCounts, ImportFieldDiff, ImportKind, ImportPreviewRow, ImportResolution } from '../../api/types.ts';
import { workStatusLabel } from '../../api/labels.ts';
import { nearestDayIn } from '../../campaigns/rules.ts';
import { codeKey } from '../../org/rules.ts';
import { formatDateShort, todayIso } from '../../text/dates.ts';
import { fold } from '../../text/fold.ts';
import { historyProblem, inOrder, statusFrom } from '../../works/history.ts';
import { planFacts } from '../../works/rules.ts';
import type { CampaignInput, GroupInput, ImportInput, ReportInput, SourcePlace, UnitInput, WorkInput } from '../inputs.ts';
import { campaignUuidOf, checkFile, placeText } from './checks.ts';
import { olderPacketNote } from './log.ts';
import {
  campaignFields, campaignInputFields, display, groupFields, groupInputFields, LABELS, parseStatus, reportFields, reportInputFields,
  sameKeys, theirWorkFields, unitFields, unitInputFields, workFields, workInputFields, type WorkRowDb,
} from './fields.ts';
import { type Base, type Fields, merge } from './merge.ts';
import { isCloseTitle } from './similar.ts';
import { type DbState, readState, reportKey, workKey } from './state.ts';
import { Versions } from './versions.ts';
import { planProposals, type ProposalWrite } from './proposals.ts';

export const KINDS: readonly ImportKind[] = ['campaign', 'groups', 'units', 'registrations', 'works', 'reports', 'people', 'proposals', 'nominees', 'attachments'];
const ACTIONS: readonly ImportAction[] = ['new', 'changed', 'unchanged', 'duplicate', 'conflict', 'error'];

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(ACTIONS.map((a) => [a, 0]))])) as ImportCounts;
}

export interface StageOptions {
  now: Date;
  resolutions?: readonly ImportResolution[];
  /** Rows the user chose not to import (possible duplicates). */
  skip?: readonly string[];
}

export interface HistoryWrite {
  date: string;
  status: WorkStatus;
  note: string;
  source: string;
}

/** A write the import will make; units and the campaign are named by code and uuid until they have ids. */
export type Write =
  | { t: 'campaign_insert'; key: string; uuid: string; c: CampaignInput; after: Fields }
  | { t: 'campaign_update'; key: string; id: number; uuid: string; take: Fields; after: Fields }
  | { t: 'group_insert'; key: string; uuid: string; g: GroupInput; after: Fields }
  | { t: 'group_update'; key: string; id: number; uuid: string; take: Fields; after: Fields }
  | { t: 'unit_insert'; key: string; uuid: string; u: UnitInput; after: Fields }
  | { t: 'unit_update'; key: string; id: number; uuid: string; take: Fields; after: Fields }
  | { t: 'member_insert'; uuid: string; unitCode: string; groupCode: string; role: string; validFrom: string; validTo: string | null }
  | { t: 'member_update'; id: number; role: string; validTo: string | null }
  | { t: 'registration_insert'; key: string; uuid: string; unitCode: string; registeredOn: string }
  | { t: 'report_insert'; key: string; uuid: string; r: ReportInput; after: Fields }
  | { t: 'report_update'; key: string; id: number; uuid: string; take: Fields; after: Fields }
  | {
      t: 'work_insert'; key: string; uuid: string; w: WorkInput; registeredOn: string; status: ReturnType<typeof statusFrom>;
      history: HistoryWrite[]; after: Fields;
    }
  | {
      t: 'work_update'; key: string; id: number; uuid: string; take: Fields; status: ReturnType<typeof statusFrom> | null;
      history: HistoryWrite[]; fixEntry: { id: number; date: string } | null; after: Fields;
    }
  | ProposalWrite;

export interface Plan {
  /** What the plan was computed from (the database's state and the user's answers): see planStamp. */
  stamp: string;
  campaignUuid: string | null;
  rows: ImportPreviewRow[];
  writes: Write[];
  counts: ImportCounts;
  notes: string[];
  /** Conflicting fields no resolution answers: apply refuses while there is one. */
  unresolved: number;
}

const IMPORT_SOURCE = 'import';

/** One record's place in the preview and, unless refused, its write. */
export class Planner {
  readonly rows: ImportPreviewRow[] = [];
  readonly writes: Write[] = [];
  readonly counts = emptyCounts();
  unresolved = 0;
  private readonly resolutions = new Map<string, Map<string, ImportResolution['take']>>();
  private readonly skip: Set<string>;
  readonly today: string;
  readonly raw: BetterSqlite3.Database;
  readonly input: ImportInput;
  readonly state: DbState;
  readonly versions: Versions;

  constructor(raw: BetterSqlite3.Database, input: ImportInput, state: DbState, options: StageOptions) {
    this.raw = raw;
    this.versions = new Versions(raw, input.source);
    this.input = input;
    this.state = state;
    for (const r of options.resolutions ?? []) {
      let m = this.resolutions.get(r.row);
      if (!m) {
        m = new Map();
        this.resolutions.set(r.row, m);
      }
      m.set(r.field, r.take);
    }
    this.skip = new Set(options.skip ?? []);
    this.today = todayIso(options.now);
  }

  row(kind: ImportKind, key: string, action: ImportAction, label: string, place: SourcePlace, extra: Partial<ImportPreviewRow> = {}): void {
    this.counts[kind][action]++;
    this.rows.push({ key, kind, action, label, place: placeText(place), matchedBy: null, diff: [], ...extra });
  }

  error(kind: ImportKind, key: string, label: string, place: SourcePlace, message: string): void {
    this.row(kind, key, 'error', label, place, { message });
  }

  /** The last row turns out to be refused after all (its history cannot read that way). */
  refuseLast(kind: ImportKind, key: string, label: string, place: SourcePlace, message: string): void {
    const last = this.rows.pop()!;
    this.counts[last.kind][last.action]--;
    this.error(kind, key, label, place, message);
  }

  skipped(key: string): boolean {
    return this.skip.has(key);
  }

  /**
   * The merge of a matched record, its preview row, and what to take. Null when nothing is to be
   * written (unchanged, or every conflict kept ours).
   */
  matched(
    kind: ImportKind, key: string, label: string, place: SourcePlace, matchedBy: 'uuid' | 'key',
    ours: Fields, theirs: Fields, base: Base,
    /** A kind whose fields fields.ts does not describe (a proposal's) brings its labels and display. */
    words: { labels: Record<string, string>; show(field: string, value: string): string } = { labels: LABELS[kind as keyof typeof LABELS] ?? {}, show: display },
  ): Fields | null {
    const { diff, take, unresolved } = merge(sameKeys(ours, theirs), theirs, base, words.labels, this.resolutions.get(key));
    const shown: ImportFieldDiff[] = diff.map((d) => ({ ...d, ours: words.show(d.field, d.ours), theirs: words.show(d.field, d.theirs) }));
    const conflict = diff.some((d) => d.changedBy === 'both');
    const action: ImportAction = conflict ? 'conflict' : Object.keys(take).length > 0 ? 'changed' : 'unchanged';
    this.row(kind, key, action, label, place, { matchedBy, diff: shown });
    this.unresolved += unresolved.length;
    return Object.keys(take).length > 0 && unresolved.length === 0 ? take : null;
  }
}

/** Unit code → the id we have, or the code of a unit this input brings. */
interface UnitRef {
  id: number | null;
  active: boolean;
}

/**
 * The plan is a function of the database, the input and the options alone. data_version changes when
 * another connection commits, total_changes when this one writes anything: while both stand still (and
 * the day and the answers are the same), a plan computed earlier is the plan, and apply need not
 * classify 10,000 records a second time.
 */
export function planStamp(raw: BetterSqlite3.Database, options: StageOptions): string {
  const version = raw.pragma('data_version', { simple: true });
  const changes = raw.prepare('SELECT total_changes()').pluck().get();
  return JSON.stringify([version, changes, todayIso(options.now), options.resolutions ?? [], options.skip ?? []]);
}

export function plan(raw: BetterSqlite3.Database, input: ImportInput, options: StageOptions): Plan {
  const stamp = planStamp(raw, options);
  const campaignUuid = campaignUuidOf(input);
  const state = readState(raw, campaignUuid);
  checkFile(input, state, campaignUuid);
  const p = new Planner(raw, input, state, options);
  const notes = input.notes.map((n) => `${placeText(n.place)}: ${n.message}`);
  const older = olderPacketNote(raw, input);
  if (older) notes.push(older);
  const errorKind: ImportKind = input.source.what === 'units' ? 'units' : 'works';
  for (const [i, e] of input.errors.entries()) p.error(errorKind, `errors:${i}`, e.column ?? '', e.place, e.message);

  const fields = planCampaign(p);
  const groupCodes = planGroups(p);
  const units = planUnits(p, groupCodes);
  const registered = planRegistrations(p, units);
  planReports(p, units, registered);
  planWorks(p, units, registered, fields);
  if (input.proposals) notes.push(...planProposals(p, input.proposals, input.people ?? []));
  return { stamp, campaignUuid, rows: p.rows, writes: p.writes, counts: p.counts, notes, unresolved: p.unresolved };
}

/** The campaign of a whole-campaign packet; returns the plan facts the works are checked against. */
function planCampaign(p: Planner) {
  const c = p.input.campaign;
  const ours = p.state.campaign;
  if (c) {
    const key = 'campaign:0';
    const theirs = campaignInputFields(c);
    const problem = campaignProblem(c);
    if (problem) p.error('campaign', key, c.name, c.place, problem);
    else if (!ours) {
      p.row('campaign', key, 'new', c.name, c.place);
      p.writes.push({ t: 'campaign_insert', key, uuid: c.uuid, c, after: theirs });
      return planFacts({ startDate: c.startDate, endDate: c.endDate, fields: c.fields });
    } else {
      const base = p.versions.baseOf('campaign', ours.uuid, ours.updated_at, c.baseUpdatedAt);
      const ourFields = campaignFields(ours);
      const take = p.matched('campaign', key, c.name, c.place, 'uuid', ourFields, theirs, base);
      if (take) {
        p.writes.push({ t: 'campaign_update', key, id: ours.id, uuid: ours.uuid, take, after: { ...ourFields, ...take } });
        const after = { ...ourFields, ...take };
        return planFacts({ startDate: after.startDate, endDate: after.endDate, fields: JSON.parse(after.fields) as string[] });
      }
    }
  }
  return ours ? planFacts({ startDate: ours.start_date, endDate: ours.end_date, fields: ours.fields }) : null;
}

function campaignProblem(c: CampaignInput): string | null {
  if (c.endDate < c.startDate) return 'Ngày kết thúc trước ngày bắt đầu.';
  const seen = new Set<string>();
  for (const f of c.fields) {
    if (seen.has(fold(f))) return `Lĩnh vực "${f}" bị lặp.`;
    seen.add(fold(f));
  }
  for (const ph of c.phases) {
    if (ph.endDate < ph.startDate || ph.startDate < c.startDate || ph.endDate > c.endDate) {
      return `Giai đoạn "${ph.name}" phải nằm trong thời gian đợt thi đua (${formatDateShort(c.startDate)} – ${formatDateShort(c.endDate)}).`;
    }
  }
  return null;
}

/** Groups by uuid, then code; returns the codes (ours and the new ones) a membership may name. */
function planGroups(p: Planner): Set<string> {
  const codes = new Set(p.state.groups.byCode.keys());
  const seen = new Map<string, SourcePlace>();
  p.input.groups.forEach((g, i) => {
    const key = `groups:${i}`;
    const ck = codeKey(g.code);
    const label = `${g.code} · ${g.name}`;
    const twin = seen.get(g.uuid ?? ck) ?? seen.get(ck);
    if (twin) {
      p.error('groups', key, label, g.place, `Khối/cụm "${g.code}" trùng với ${placeText(twin)}.`);
      return;
    }
    seen.set(ck, g.place);
    if (g.uuid) seen.set(g.uuid, g.place);
    const byUuid = g.uuid ? p.state.groups.byUuid.get(g.uuid) : undefined;
    const ours = byUuid ?? p.state.groups.byCode.get(ck);
    if (!ours) {
      codes.add(ck);
      p.row('groups', key, 'new', label, g.place);
      p.writes.push({ t: 'group_insert', key, uuid: g.uuid ?? crypto.randomUUID(), g, after: groupInputFields(g) });
      return;
    }
    if (byUuid && codeKey(byUuid.code) !== ck && p.state.groups.byCode.has(ck)) {
      p.error('groups', key, label, g.place, `Mã "${g.code}" đã dùng cho khối/cụm khác.`);
      return;
    }
    const ourFields = groupFields(ours);
    const take = p.matched('groups', key, label, g.place, byUuid ? 'uuid' : 'key', ourFields, groupInputFields(g), p.versions.baseOf('groups', ours.uuid, ours.updated_at, g.baseUpdatedAt));
    if (take) p.writes.push({ t: 'group_update', key, id: ours.id, uuid: ours.uuid, take, after: { ...ourFields, ...take } });
  });
  return codes;
}

/** Units by uuid, then code, with their memberships; returns what each code refers to. */
function planUnits(p: Planner, groupCodes: Set<string>): Map<string, UnitRef> {
  const refs = new Map<string, UnitRef>();
  for (const [code, u] of p.state.units.byCode) refs.set(code, { id: u.id, active: u.active === 1 });
  const incoming = new Set(p.input.units.map((u) => codeKey(u.code)));
  const seen = new Map<string, SourcePlace>();
  p.input.units.forEach((u, i) => {
    const key = `units:${i}`;
    const ck = codeKey(u.code);
    const label = `${u.code} · ${u.name}`;
    const twin = seen.get(ck) ?? (u.uuid ? seen.get(u.uuid) : undefined);
    if (twin) {
      p.error('units', key, label, u.place, `Đơn vị "${u.code}" trùng với ${placeText(twin)}.`);
      return;
    }
    seen.set(ck, u.place);
    if (u.uuid) seen.set(u.uuid, u.place);
    if (u.parentCode !== null && !refs.has(codeKey(u.parentCode)) && !incoming.has(codeKey(u.parentCode))) {
      p.error('units', key, label, u.place, `Đơn vị cấp trên "${u.parentCode}" không có trong danh sách đơn vị.`);
      return;
    }
    if (u.parentCode !== null && codeKey(u.parentCode) === ck) {
      p.error('units', key, label, u.place, 'Đơn vị không thể trực thuộc chính nó.');
      return;
    }
    const unknownGroup = u.memberships.find((m) => !groupCodes.has(codeKey(m.groupCode)));
    if (unknownGroup) {
      p.error('units', key, label, u.place, `Khối/cụm "${unknownGroup.groupCode}" không có trong danh sách khối/cụm.`);
      return;
    }
    const badDates = u.memberships.find((m) => m.validTo !== null && m.validTo <= m.validFrom);
    if (badDates) {
      p.error('units', key, label, u.place, `Vai trò trong "${badDates.groupCode}": ngày kết thúc phải sau ngày bắt đầu.`);
      return;
    }
    const byUuid = u.uuid ? p.state.units.byUuid.get(u.uuid) : undefined;
    const ours = byUuid ?? p.state.units.byCode.get(ck);
    if (byUuid && codeKey(byUuid.code) !== ck && p.state.units.byCode.has(ck)) {
      p.error('units', key, label, u.place, `Mã "${u.code}" đã dùng cho đơn vị khác.`);
      return;
    }
    if (!ours) {
      refs.set(ck, { id: null, active: u.active });
      p.row('units', key, 'new', label, u.place);
      p.writes.push({ t: 'unit_insert', key, uuid: u.uuid ?? crypto.randomUUID(), u, after: unitInputFields(u) });
    } else {
      const parent = ours.parent_id === null ? null : (p.state.units.byId.get(ours.parent_id)?.code ?? null);
      const ourFields = unitFields(ours, parent);
      const take = p.matched('units', key, label, u.place, byUuid ? 'uuid' : 'key', ourFields, unitInputFields(u), p.versions.baseOf('units', ours.uuid, ours.updated_at, u.baseUpdatedAt));
      if (take) p.writes.push({ t: 'unit_update', key, id: ours.id, uuid: ours.uuid, take, after: { ...ourFields, ...take } });
      // The code and state the unit has after this import (a code changed by uuid names it from now on).
      refs.set(ck, { id: ours.id, active: take && 'active' in take ? take.active === '1' : ours.active === 1 });
    }
    planMemberships(p, u, ours?.id ?? null);
  });
  return refs;
}

/**
 * Memberships are added, or their role and end date corrected; none is deleted (a role ended is kept as
 * history by its end date, the way the groups page keeps it).
 */
function planMemberships(p: Planner, u: UnitInput, unitId: number | null): void {
  for (const m of u.memberships) {
    const group = p.state.groups.byCode.get(codeKey(m.groupCode));
    const ours = unitId !== null && group ? p.state.members.find((x) => x.unit_id === unitId && x.group_id === group.id && x.valid_from === m.validFrom) : undefined;
    if (!ours) p.writes.push({ t: 'member_insert', uuid: m.uuid ?? crypto.randomUUID(), unitCode: u.code, groupCode: m.groupCode, role: m.role, validFrom: m.validFrom, validTo: m.validTo });
    else if (ours.role !== m.role || ours.valid_to !== m.validTo) p.writes.push({ t: 'member_update', id: ours.id, role: m.role, validTo: m.validTo });
  }
}

/** A unit the records name must be ours or come in this file. */
function unitProblem(units: Map<string, UnitRef>, code: string): string | null {
  return units.has(codeKey(code)) ? null : `Đơn vị "${code}" không có trong danh sách đơn vị.`;
}

/** Registrations, explicit or implied by a work or a report; returns the codes taking part afterwards. */
function planRegistrations(p: Planner, units: Map<string, UnitRef>): Set<string> {
  const taking = new Set<string>();
  for (const [code, ref] of units) if (ref.id !== null && p.state.registered.has(ref.id)) taking.add(code);
  p.input.registrations.forEach((r, i) => {
    const key = `registrations:${i}`;
    const problem = unitProblem(units, r.unitCode);
    if (problem) {
      p.error('registrations', key, r.unitCode, r.place, problem);
      return;
    }
    const ck = codeKey(r.unitCode);
    if (taking.has(ck)) {
      p.row('registrations', key, 'unchanged', r.unitCode, r.place, { matchedBy: 'key' });
      return;
    }
    taking.add(ck);
    p.row('registrations', key, 'new', r.unitCode, r.place);
    p.writes.push({ t: 'registration_insert', key, uuid: r.uuid ?? crypto.randomUUID(), unitCode: r.unitCode, registeredOn: r.registeredOn });
  });
  return taking;
}

/** A unit a work or report is written for takes part from that day, as in the app (works.save). */
function ensureTaking(p: Planner, taking: Set<string>, unitCode: string, on: string, place: SourcePlace): void {
  const ck = codeKey(unitCode);
  if (taking.has(ck)) return;
  taking.add(ck);
  const key = `registrations:implied:${ck}`;
  p.row('registrations', key, 'new', unitCode, place);
  p.writes.push({ t: 'registration_insert', key, uuid: crypto.randomUUID(), unitCode, registeredOn: on });
}

function planReports(p: Planner, units: Map<string, UnitRef>, taking: Set<string>): void {
  const start = p.input.campaign?.startDate ?? p.state.campaign?.start_date ?? '';
  const seen = new Map<string, SourcePlace>();
  p.input.reports.forEach((r, i) => {
    const key = `reports:${i}`;
    const label = `${r.unitCode} · ${formatDateShort(r.reportDate)}`;
    const problem = unitProblem(units, r.unitCode);
    if (problem) {
      p.error('reports', key, label, r.place, problem);
      return;
    }
    if (r.reportDate < start) {
      p.error('reports', key, label, r.place, `Ngày báo cáo không được trước ngày bắt đầu đợt thi đua (${formatDateShort(start)}).`);
      return;
    }
    const ref = units.get(codeKey(r.unitCode))!;
    // The app takes two reports of a unit on one day (reports.add), so, as for works, records that
    // carry their uuid are twins only by uuid; the day decides only for rows that have none.
    const identity = r.uuid ? `uuid\u0000${r.uuid}` : `${codeKey(r.unitCode)}\u0000${r.reportDate}`;
    const twin = seen.get(identity);
    if (twin) {
      p.error('reports', key, label, r.place, `Báo cáo trùng với ${placeText(twin)}.`);
      return;
    }
    seen.set(identity, r.place);
    const byUuid = r.uuid ? p.state.reports.byUuid.get(r.uuid) : undefined;
    const ours = byUuid ?? (ref.id !== null ? p.state.reports.byKey.get(reportKey(ref.id, r.reportDate)) : undefined);
    if (byUuid && byUuid.unit_id !== ref.id) {
      p.error('reports', key, label, r.place, 'Báo cáo này thuộc đơn vị khác.');
      return;
    }
    if (!ours) {
      ensureTaking(p, taking, r.unitCode, r.reportDate, r.place);
      p.row('reports', key, 'new', label, r.place);
      p.writes.push({ t: 'report_insert', key, uuid: r.uuid ?? crypto.randomUUID(), r, after: reportInputFields(r) });
      return;
    }
    const ourFields = reportFields(ours);
    const take = p.matched('reports', key, label, r.place, byUuid ? 'uuid' : 'key', ourFields, reportInputFields(r), p.versions.baseOf('reports', ours.uuid, ours.updated_at, r.baseUpdatedAt));
    if (take) p.writes.push({ t: 'report_update', key, id: ours.id, uuid: ours.uuid, take, after: { ...ourFields, ...take } });
  });
}

/** The day a status a record states without its history was reached. */
function statusDay(w: Pick<WorkInput, 'status' | 'completedOn' | 'cancelledOn'>, floor: string, today: string): string {
  const stated = w.status === 'hoan_thanh' ? w.completedOn : w.status === 'huy' ? (w.cancelledOn ?? null) : null;
  return stated ?? (today > floor ? today : floor);
}

function entryKey(e: { date: string; status: string }) {
  return `${e.date}\u0000${e.status}`;
}

function planWorks(p: Planner, units: Map<string, UnitRef>, taking: Set<string>, facts: ReturnType<typeof planCampaign>): void {
  const seen = new Map<string, SourcePlace>();
  const historyOf = p.raw.prepare<[number], { id: number; date: string; status: WorkStatus }>('SELECT id, date, status FROM work_updates WHERE work_id = ?');
  p.input.works.forEach((w, i) => {
    const key = `works:${i}`;
    const label = `${w.unitCode} · ${w.title}`;
    const problem = unitProblem(units, w.unitCode);
    if (problem) {
      p.error('works', key, label, w.place, problem);
      return;
    }
    const ref = units.get(codeKey(w.unitCode))!;
    const titleKey = fold(w.title);
    // The app lets a unit hold two works of the same title (the demo has such pairs), so records that
    // carry their uuid are twins only by uuid; the title decides only for rows that have none (a form's
    // new rows). A field outside the plan is not refused either: works.save keeps it and flags it.
    const identity = w.uuid ? `uuid\u0000${w.uuid}` : `${codeKey(w.unitCode)}\u0000${titleKey}`;
    const twin = seen.get(identity);
    if (twin) {
      p.error('works', key, label, w.place, `Công trình trùng với ${placeText(twin)}.`);
      return;
    }
    seen.set(identity, w.place);
    const byUuid = w.uuid ? p.state.works.byUuid.get(w.uuid) : undefined;
    if (byUuid && byUuid.unit_id !== ref.id) {
      p.error('works', key, label, w.place, 'Công trình này thuộc đơn vị khác trong dữ liệu của chúng tôi.');
      return;
    }
    let ours: WorkRowDb | undefined = byUuid;
    if (!ours && ref.id !== null) {
      const same = p.state.works.byKey.get(workKey(ref.id, titleKey));
      if (same && same.length > 1) {
        p.error('works', key, label, w.place, `Đơn vị có ${same.length} công trình cùng tên này: hãy sửa trong ứng dụng cho khác nhau rồi nhập lại.`);
        return;
      }
      ours = same?.[0];
    }
    if (!ours) {
      planNewWork(p, w, key, label, ref, taking, facts);
      return;
    }
    planMatchedWork(p, w, key, label, ours, byUuid ? 'uuid' : 'key', historyOf);
  });
}

function planNewWork(p: Planner, w: WorkInput, key: string, label: string, ref: UnitRef, taking: Set<string>, facts: ReturnType<typeof planCampaign>): void {
  // A closed unit registers nothing new; a campaign packet carries its works as the campaign holds them.
  if (!ref.active && p.input.source.what !== 'campaign') {
    p.error('works', key, label, w.place, `Đơn vị "${w.unitCode}" đã ngừng hoạt động.`);
    return;
  }
  const registeredOn = w.registeredOn ?? (facts ? nearestDayIn(p.today, facts) : p.today);
  const history: HistoryWrite[] = w.history?.length
    ? w.history.map((h) => ({ ...h }))
    : [
        // A form row's Ghi chú goes with the status it states: the registration's, or the later one's.
        { date: registeredOn, status: 'da_dang_ky', note: w.status === 'da_dang_ky' && w.note ? w.note : 'Đăng ký', source: IMPORT_SOURCE },
        ...(w.status === 'da_dang_ky' ? [] : [{ date: statusDay(w, registeredOn, p.today), status: w.status, note: w.note, source: IMPORT_SOURCE }]),
      ];
  const entries = history.map((h, id) => ({ id, date: h.date, status: h.status }));
  const problem = historyProblem(registeredOn, entries);
  if (problem) {
    p.error('works', key, label, w.place, problem);
    return;
  }
  const status = statusFrom(entries);
  if (status.status !== w.status) {
    p.error('works', key, label, w.place, `Tình trạng "${workStatusLabel[w.status]}" không khớp lịch sử của công trình ("${workStatusLabel[status.status]}").`);
    return;
  }
  const similar = ref.id === null ? undefined : (p.state.works.byUnit.get(ref.id) ?? []).find((o) => isCloseTitle(fold(w.title), o.title_key));
  if (similar && p.skipped(key)) {
    p.row('works', key, 'duplicate', label, w.place, { similarTo: similar.title, message: 'Bỏ qua theo lựa chọn.' });
    return;
  }
  ensureTaking(p, taking, w.unitCode, registeredOn, w.place);
  p.row('works', key, similar ? 'duplicate' : 'new', label, w.place, similar ? { similarTo: similar.title } : {});
  p.writes.push({ t: 'work_insert', key, uuid: w.uuid ?? crypto.randomUUID(), w, registeredOn, status, history, after: workInputFields({ ...w, registeredOn }) });
}

function planMatchedWork(
  p: Planner, w: WorkInput, key: string, label: string, ours: WorkRowDb, matchedBy: 'uuid' | 'key',
  historyOf: BetterSqlite3.Statement<[number], { id: number; date: string; status: WorkStatus }>,
): void {
  const ourFields = workFields(ours);
  const take = p.matched('works', key, label, w.place, matchedBy, ourFields, theirWorkFields(w, ours), p.versions.baseOf('works', ours.uuid, ours.updated_at, w.baseUpdatedAt));
  if (!take) return;
  let status: ReturnType<typeof statusFrom> | null = null;
  let history: HistoryWrite[] = [];
  let fixEntry: { id: number; date: string } | null = null;
  const registeredOn = take.registeredOn ?? ours.registered_on;
  if ('status' in take || 'registeredOn' in take) {
    const recorded = historyOf.all(ours.id);
    const next = parseStatus(take.status ?? ourFields.status);
    const known = new Set(recorded.map(entryKey));
    let entries: { id: number; date: string; status: WorkStatus }[] = recorded;
    if ('status' in take) {
      if (w.history?.length) history = w.history.filter((h) => !known.has(entryKey(h))).map((h) => ({ ...h }));
      else if (next.status === ours.status) {
        // Only the day changed (a completion dated wrongly): the entry that began the current run moves.
        const list = inOrder(recorded);
        let since = list.length - 1;
        while (since > 0 && list[since - 1].status === next.status) since--;
        fixEntry = { id: list[since].id, date: next.completedOn ?? list[since].date };
      } else {
        const last = inOrder(recorded).at(-1)?.date ?? registeredOn;
        // The note goes with the new status only when it is new: the form shows the last one already.
        history = [{ date: statusDay({ ...w, status: next.status, completedOn: next.completedOn }, last, p.today), status: next.status, note: take.note ?? '', source: IMPORT_SOURCE }];
      }
      const base = recorded.length;
      entries = [
        ...recorded.map((e) => (fixEntry && e.id === fixEntry.id ? { ...e, date: fixEntry.date } : e)),
        ...history.map((h, j) => ({ id: Number.MAX_SAFE_INTEGER - base + j, date: h.date, status: h.status })),
      ];
    }
    const problem =
      historyProblem(registeredOn, entries) ??
      (statusFrom(entries).status === next.status
        ? null
        : `Tình trạng "${workStatusLabel[next.status]}" không khớp lịch sử của công trình ("${workStatusLabel[statusFrom(entries).status]}").`);
    if (problem) {
      p.refuseLast('works', key, label, w.place, problem);
      return;
    }
    status = statusFrom(entries);
  }
  if ('note' in take && history.length === 0) {
    // A new ghi chú with no new status is progress reported: an entry of the same status, dated the
    // day of the import (never before the last entry, so the history stays in order).
    const last = inOrder(historyOf.all(ours.id)).at(-1)?.date ?? registeredOn;
    history = [{ date: p.today > last ? p.today : last, status: ours.status, note: take.note, source: IMPORT_SOURCE }];
  }
  p.writes.push({ t: 'work_update', key, id: ours.id, uuid: ours.uuid, take, status, history, fixEntry, after: { ...ourFields, ...take } });
}
