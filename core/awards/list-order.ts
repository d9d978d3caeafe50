// The order of a danh sách (DOMAIN.md §3.3, §5.1): "I. TẬP THỂ (n tập thể)", "II. CÁ NHÂN (m cá nhân)",
// then "HỘ GIA ĐÌNH" when there are households; inside a section either grouped by unit in a chosen unit
// order and by tên inside a unit, or fully alphabetical. Pure: the quyết định, the tờ trình, the
// certificates and the pages all order their lines here.
import type { ListOrder, NomineeKind } from '../../db/schema.ts';
import { compareVi, comparePersonParts, type NameParts } from '../text/collate.ts';
import { pad2 } from '../text/numbers.ts';

export type SectionKey = 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';

export interface Orderable {
  kind: NomineeKind;
  /** The unit the line belongs to (a unit nominee: itself); null for none. */
  unitId: number | null;
  unitName: string;
  /** A collective's, a unit's or a household's name; a person's full name. */
  name: string;
  /** A person's name parts as stored (tên set by hand survives); ignored for the others. */
  parts: NameParts;
}

export interface ListGroup<T> {
  unitId: number | null;
  unitName: string;
  lines: T[];
}

export interface ListSection<T> {
  key: SectionKey;
  /** "I", "II", "III" in the order the sections appear. */
  roman: string;
  /** "I. TẬP THỂ (05 tập thể)" */
  heading: string;
  count: number;
  /** One group per unit when grouped; one group with unitId null when alphabetical. */
  groups: ListGroup<T>[];
  /** Every line of the section in order (STT is the index + 1). */
  lines: T[];
}

const SECTIONS: { key: SectionKey; title: string; word: string }[] = [
  { key: 'tap_the', title: 'TẬP THỂ', word: 'tập thể' },
  { key: 'ca_nhan', title: 'CÁ NHÂN', word: 'cá nhân' },
  { key: 'ho_gia_dinh', title: 'HỘ GIA ĐÌNH', word: 'hộ gia đình' },
];
const ROMAN = ['I', 'II', 'III'];

export function sectionOf(kind: NomineeKind): SectionKey {
  return kind === 'don_vi' ? 'tap_the' : kind;
}

/** People by tên, tên đệm, họ; collectives and households by name. */
function compareName(a: Orderable, b: Orderable): number {
  if (a.kind === 'ca_nhan' && b.kind === 'ca_nhan') return comparePersonParts(a.parts, b.parts);
  return compareVi(a.name, b.name);
}

/** Inside one unit the unit itself comes before the collectives inside it. */
function compareWithin(a: Orderable, b: Orderable): number {
  return Number(a.kind !== 'don_vi') - Number(b.kind !== 'don_vi') || compareName(a, b);
}

export interface OrderOptions {
  order: ListOrder;
  /**
   * Unit ids in the order wanted (the caller's default: the units' khối/cụm order, then name); units not
   * listed follow, by name, and lines of no unit come last.
   */
  unitOrder: readonly number[];
  /** The lines are already in order (a register's lines, numbered at issue): only split and grouped. */
  presorted?: boolean;
}

export function orderList<T extends Orderable>(lines: readonly T[], options: OrderOptions): ListSection<T>[] {
  const rank = new Map(options.unitOrder.map((id, i) => [id, i]));
  const unitRank = (l: Orderable) => (l.unitId === null ? Number.POSITIVE_INFINITY : (rank.get(l.unitId) ?? options.unitOrder.length));
  const byUnit = (a: Orderable, b: Orderable) =>
    unitRank(a) - unitRank(b) || compareVi(a.unitName, b.unitName) || (a.unitId ?? 0) - (b.unitId ?? 0);
  const sections: ListSection<T>[] = [];
  for (const s of SECTIONS) {
    const own = lines.filter((l) => sectionOf(l.kind) === s.key);
    if (own.length === 0) continue;
    const sorted = options.presorted
      ? own
      : options.order === 'by_unit'
        ? [...own].sort((a, b) => byUnit(a, b) || compareWithin(a, b))
        : [...own].sort((a, b) => compareName(a, b) || byUnit(a, b));
    const groups: ListGroup<T>[] = [];
    if (options.order === 'by_unit') {
      for (const l of sorted) {
        const last = groups[groups.length - 1];
        if (last && last.unitId === l.unitId) last.lines.push(l);
        else groups.push({ unitId: l.unitId, unitName: l.unitName, lines: [l] });
      }
    } else {
      groups.push({ unitId: null, unitName: '', lines: sorted });
    }
    const roman = ROMAN[sections.length];
    sections.push({ key: s.key, roman, heading: `${roman}. ${s.title} (${pad2(own.length)} ${s.word})`, count: own.length, groups, lines: sorted });
  }
  return sections;
}
