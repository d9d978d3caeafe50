// Khối/cụm rules every screen, query and document follows. Pure (no database), so the renderer uses the
// same ones core does.
import type { GroupKind } from '../../db/schema.ts';
import { compareVi } from '../text/collate.ts';
import { addDays } from '../text/dates.ts';

/**
 * Khối before cụm, as the secretariat writes it: "25 khối và 04 cụm thi đua", "Tổng hợp theo Khối/Cụm"
 * (DOMAIN.md §2.8, the Thủ Đức sơ kết).
 */
export const GROUP_KIND_ORDER: readonly GroupKind[] = ['khoi', 'cum'];

/** Khối first, then by code in Vietnamese order ("K2" before "K10"). */
export function compareGroups(a: { kind: GroupKind; code: string }, b: { kind: GroupKind; code: string }): number {
  return GROUP_KIND_ORDER.indexOf(a.kind) - GROUP_KIND_ORDER.indexOf(b.kind) || compareVi(a.code, b.code);
}

export interface Validity {
  validFrom: string;
  validTo: string | null;
}

/**
 * A membership holds from valid_from (inclusive) until valid_to (exclusive): a role ended "từ ngày
 * 20/5" is no longer held on 20/5, and the next role taken that day starts without overlap.
 */
export function isMemberOn(m: Validity, date: string): boolean {
  return m.validFrom <= date && (m.validTo === null || m.validTo > date);
}

/** The same rule as a SQL condition on a group_members alias; `date` is a placeholder such as `@d`. */
export function memberOnSql(alias: string, date: string): string {
  return `${alias}.valid_from <= ${date} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${date})`;
}

/** Not ended by the date: held on it, or starting later. */
export function isOpenOn(m: Validity, date: string): boolean {
  return m.validTo === null || m.validTo > date;
}

/** A role must be held at least one day: the earliest date it may end on. */
export function earliestEndDate(m: Pick<Validity, 'validFrom'>): string {
  return addDays(m.validFrom, 1);
}

/** Two memberships share at least one day (each from valid_from inclusive to valid_to exclusive). */
export function overlaps(a: Validity, b: Validity): boolean {
  return (b.validTo === null || a.validFrom < b.validTo) && (a.validTo === null || b.validFrom < a.validTo);
}

/**
 * Codes are read aloud and typed in any case: "CQ014" and "cq014" are one code. Lower-cased with the
 * Vietnamese rules (SQLite's NOCASE leaves "Đ" alone).
 */
export function codeKey(code: string): string {
  return code.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * Whether `code` is taken by another row. A row keeping the code it already has is never refused: a file
 * may hold twins entered before the rule (migration 0010 keeps them), and they stay editable.
 */
export function codeTakenBy<T extends { id: number; code: string }>(rows: readonly T[], code: string, ownId?: number): T | undefined {
  const own = ownId === undefined ? undefined : rows.find((r) => r.id === ownId);
  if (own?.code === code) return undefined;
  const key = codeKey(code);
  return rows.find((r) => r.id !== ownId && codeKey(r.code) === key);
}
