// Page setup inside the ranges of NĐ 30/2020 Phụ lục I (§1.1). Margins outside the ranges are refused,
// not clamped: a document that looks right but breaks the decree is worse than a clear message.
import { UserError } from '../api/envelope.ts';
import { MARGIN_RANGES, type Margins, marginRangeRule } from '../api/margins.ts';
import { A4, mm } from './units.ts';

export function checkMargins(margins: Margins): Margins {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(MARGIN_RANGES) as (keyof Margins)[]) {
    const { min, max } = MARGIN_RANGES[key];
    const value = margins[key];
    if (!Number.isFinite(value) || value < min || value > max) {
      fields[`margins.${key}`] = `${marginRangeRule(key)} (đang là ${value} mm)`;
    }
  }
  const first = Object.values(fields)[0];
  if (first) throw new UserError(`${first}.`, { fields });
  return margins;
}

export type Orientation = 'portrait' | 'landscape';

/** Distance from the page edge to the page-number header: inside the top margin. */
export const HEADER_DISTANCE_MM = 10;

export interface PageGeometry {
  /** Twips, as laid out (landscape already swapped). */
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Usable text width in twips. */
  textWidth: number;
}

export function pageGeometry(margins: Margins, orientation: Orientation = 'portrait'): PageGeometry {
  const m = { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) };
  const width = orientation === 'portrait' ? A4.width : A4.height;
  const height = orientation === 'portrait' ? A4.height : A4.width;
  return { width, height, margins: m, textWidth: width - m.left - m.right };
}
