// Số and ký hiệu (NĐ 30 Điều 15, Phụ lục III; §1.4): a sequence per issuer and year starting at 01 on
// 1 January, a leading zero below 10, "/" before the ký hiệu, "-" without spaces inside it. Công văn
// have no type abbreviation: their ký hiệu is the issuer's plus the drafting unit's ("12/UBND-VX").
import { UserError } from '../api/envelope.ts';
import { pad2 } from '../text/numbers.ts';
import type { DocNumber } from './model.ts';

/** Phụ lục III abbreviations of the types the app issues; null: công văn, which has none. */
export const TYPE_ABBREVIATION = {
  ke_hoach: 'KH',
  bao_cao: 'BC',
  giay_moi: 'GM',
  cong_van: null,
  to_trinh: 'TTr',
  quyet_dinh: 'QĐ',
  thong_bao: 'TB',
  bien_ban: 'BB',
} as const;

export type DocType = keyof typeof TYPE_ABBREVIATION;

/** The register key part for a type: công văn share one sequence under "CV". */
export function registerType(type: DocType): string {
  return TYPE_ABBREVIATION[type] ?? 'CV';
}

const ABBR = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** "KH-UBND"; for a công văn "UBND-NV" (or "UBND" with no drafting unit). */
export function docSymbol(type: DocType, issuerAbbreviation: string, draftingUnit = ''): string {
  const issuer = issuerAbbreviation.trim();
  if (!issuer) {
    throw new UserError(
      'Chưa có chữ viết tắt của cơ quan ban hành (ví dụ: UBND) để ghi ký hiệu văn bản. Vào Cơ quan, điền "Viết tắt (ký hiệu văn bản)".',
      { fields: { abbreviation: 'Nhập chữ viết tắt của cơ quan' } },
    );
  }
  const abbr = TYPE_ABBREVIATION[type];
  const parts = abbr ? [abbr, issuer] : [issuer, draftingUnit.trim()].filter(Boolean);
  const symbol = parts.join('-');
  if (!ABBR.test(symbol)) {
    throw new UserError(`Ký hiệu "${symbol}" không hợp lệ: chỉ gồm chữ và số, nối bằng dấu "-" không có khoảng trắng.`, {
      fields: { abbreviation: 'Chữ viết tắt chỉ gồm chữ và số' },
    });
  }
  return symbol;
}

/** A blank the văn thư fills in by hand after signing. */
const BLANK_NUMBER = '\u00a0'.repeat(7);

/** "19/KH-UBND", "05/KH-UBND", or "       /KH-UBND" when the number is not given yet. */
export function formatDocNumber(n: DocNumber): string {
  if (n.number === null) return `${BLANK_NUMBER}/${n.symbol}`;
  checkNumber(n.number);
  return `${pad2(n.number)}/${n.symbol}`;
}

export function checkNumber(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 99_999) {
    throw new UserError(`Số văn bản phải là số nguyên từ 1 (đang là ${value}).`, { fields: { number: 'Số không hợp lệ' } });
  }
  return value;
}

/** Reads "19/KH-UBND" or "Số: 05/UBND-VX" back. */
export function parseDocNumber(text: string): DocNumber | null {
  const m = /^(?:Số:\s*)?(\d{1,5})\/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)$/u.exec(text.trim());
  if (!m) return null;
  return { number: Number(m[1]), symbol: m[2] };
}

/** The next free number of a yearly sequence: one past the highest used, starting at 1. */
export function nextNumber(used: Iterable<number>): number {
  let max = 0;
  for (const n of used) if (n > max) max = n;
  return max + 1;
}

/** A manual number (given by the văn thư) must not repeat one already used in the same year. */
export function checkManualNumber(value: number, used: ReadonlySet<number>, symbol: string, year: number): number {
  checkNumber(value);
  if (used.has(value)) {
    throw new UserError(`Số ${pad2(value)}/${symbol} đã được dùng trong năm ${year}. Chọn số khác hoặc để phần mềm tự cấp số.`, {
      code: 'conflict',
      fields: { number: 'Số đã dùng trong năm' },
    });
  }
  return value;
}
