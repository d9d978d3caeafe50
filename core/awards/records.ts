// What the award handlers and the document loaders read about nominees, units and the agency, once,
// on the raw connection (the issue transaction is synchronous).
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { Gender, NomineeKind, ProposalsTable } from '../../db/schema.ts';
import { notFound } from '../api/envelope.ts';
import { compareVi, type NameParts } from '../text/collate.ts';
import { todayIso } from '../text/dates.ts';
import type { Orderable } from './list-order.ts';
import { salutationFor } from './nominees.ts';

/** A nominee with the person and unit it names, as a line of a list shows it. */
export interface NomineeRecord extends Orderable {
  id: number;
  proposalId: number;
  kind: NomineeKind;
  unitId: number | null;
  unitName: string;
  personId: number | null;
  name: string;
  parts: NameParts;
  gender: Gender | null;
  position: string;
  salutation: string;
  formCode: string;
  achievement: string;
  sort: number;
}

interface NomineeSqlRow {
  id: number;
  proposal_id: number;
  kind: NomineeKind;
  unit_id: number | null;
  person_id: number | null;
  name: string;
  form_code: string;
  achievement: string;
  sort: number;
  full_name: string | null;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  gender: Gender | null;
  position: string | null;
  unit_name: string | null;
}

// A person's unit is the nominee's unit when the nominee names none (the person's own).
const NOMINEE_SQL = `
  SELECT n.id, n.proposal_id, n.kind, coalesce(n.unit_id, p.unit_id) AS unit_id, n.person_id, n.name, n.form_code,
         n.achievement, n.sort, p.full_name, p.family_name, p.middle_name, p.given_name, p.gender, p.position,
         u.name AS unit_name
    FROM proposal_nominees n
    LEFT JOIN people p ON p.id = n.person_id
    LEFT JOIN units u ON u.id = coalesce(n.unit_id, p.unit_id)`;

function toRecord(r: NomineeSqlRow): NomineeRecord {
  const unitName = r.unit_name ?? '';
  const name = r.kind === 'ca_nhan' ? (r.full_name ?? '') : r.kind === 'don_vi' ? unitName : r.name;
  return {
    id: r.id,
    proposalId: r.proposal_id,
    kind: r.kind,
    unitId: r.unit_id,
    unitName,
    personId: r.person_id,
    name,
    parts: r.kind === 'ca_nhan' ? { ho: r.family_name ?? '', tenDem: r.middle_name ?? '', ten: r.given_name ?? '' } : { ho: '', tenDem: '', ten: name },
    gender: r.gender,
    position: r.position ?? '',
    salutation: salutationFor(r.kind, r.gender),
    formCode: r.form_code,
    achievement: r.achievement,
    sort: r.sort,
  };
}

/** The nominees of some proposals, in their proposal's order. */
export function nomineesOf(raw: BetterSqlite3.Database, proposalIds: readonly number[]): NomineeRecord[] {
  if (proposalIds.length === 0) return [];
  return raw
    .prepare<number[], NomineeSqlRow>(
      `${NOMINEE_SQL} WHERE n.proposal_id IN (${proposalIds.map(() => '?').join(',')}) ORDER BY n.proposal_id, n.sort, n.id`,
    )
    .all(...proposalIds)
    .map(toRecord);
}

export function nomineesById(raw: BetterSqlite3.Database, ids: readonly number[]): NomineeRecord[] {
  if (ids.length === 0) return [];
  return raw
    .prepare<number[], NomineeSqlRow>(`${NOMINEE_SQL} WHERE n.id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids)
    .map(toRecord);
}

export function nomineeById(raw: BetterSqlite3.Database, id: number): NomineeRecord {
  const found = nomineesById(raw, [id])[0];
  if (!found) throw notFound(`người, tập thể được đề nghị có mã số ${id}`);
  return found;
}

/** "Bà Đặng Thị Hoa (Phường Linh Trung)", "Tập thể Tổ dân phố 5 (Phường Linh Trung)". */
export function nomineeLabel(n: Pick<NomineeRecord, 'kind' | 'salutation' | 'name' | 'unitName'>): string {
  const unit = n.kind !== 'don_vi' && n.unitName ? ` (${n.unitName})` : '';
  return `${n.salutation} ${n.name}${unit}`;
}

/** What the agency's head may award (agency.authority_level); the ward level before the profile is set. */
export function authorityLevel(raw: BetterSqlite3.Database): string {
  return raw.prepare<[], string>('SELECT authority_level FROM agency WHERE id = 1').pluck().get() ?? 'chu_tich_xa';
}

/**
 * The danh sách's default unit order: the units of each khối/cụm in force on `date` (khối before cụm,
 * each by code), then the units of none; by name inside each.
 */
export function defaultUnitOrder(raw: BetterSqlite3.Database, date: string): number[] {
  const units = raw.prepare<[], { id: number; name: string }>('SELECT id, name FROM units').all();
  const groups = raw.prepare<[], { id: number; code: string; kind: string }>('SELECT id, code, kind FROM groups WHERE active = 1').all();
  groups.sort((a, b) => Number(a.kind !== 'khoi') - Number(b.kind !== 'khoi') || compareVi(a.code, b.code));
  const groupRank = new Map(groups.map((g, i) => [g.id, i]));
  const rank = new Map<number, number>();
  const members = raw
    .prepare<[string, string], { group_id: number; unit_id: number }>(
      'SELECT group_id, unit_id FROM group_members WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)',
    )
    .all(date, date);
  for (const m of members) {
    const r = groupRank.get(m.group_id);
    if (r !== undefined && r < (rank.get(m.unit_id) ?? Number.POSITIVE_INFINITY)) rank.set(m.unit_id, r);
  }
  const of = (id: number) => rank.get(id) ?? Number.POSITIVE_INFINITY;
  return units.sort((a, b) => of(a.id) - of(b.id) || compareVi(a.name, b.name)).map((u) => u.id);
}

export type ProposalSql = Selectable<ProposalsTable>;

export function proposalRow(raw: BetterSqlite3.Database, id: number): ProposalSql {
  const row = raw.prepare<[number], ProposalSql>('SELECT * FROM proposals WHERE id = ?').get(id);
  if (!row) throw notFound(`đề nghị khen thưởng có mã số ${id}`);
  return row;
}

/** "Đề nghị số 12/TTr-UBND của Phường Linh Trung", as messages name it. */
export function proposalName(raw: BetterSqlite3.Database, p: ProposalSql): string {
  const unit = p.unit_id === null ? 'Thường trực Hội đồng' : (raw.prepare<[number], string>('SELECT name FROM units WHERE id = ?').pluck().get(p.unit_id) ?? '');
  return `Đề nghị ${p.submission_number ? `số ${p.submission_number}` : `mã số ${p.id}`} của ${unit}`;
}

/** The day the proposal's forms are read on: its tờ trình's date, or today for one not dated yet. */
export function proposalDay(p: ProposalSql, now: Date): string {
  return p.submission_date ?? todayIso(now);
}

