// One cell of an exported list: what the value becomes in the workbook and how Excel shows it.
// Dates are real Excel dates and numbers real numbers, so the user can sort, filter and sum them;
// text is cleaned like every text entering the app, and kept as text even when it looks like a formula.
import { parseIsoDate } from '../text/dates.ts';
import { cleanText } from '../text/normalize.ts';
import { formatNumber } from '../text/numbers.ts';

export type CellKind = 'text' | 'integer' | 'number' | 'percent' | 'date';

/** What a column's value function may give; null/undefined/'' leave the cell empty. */
export type CellInput = string | number | null | undefined;

export type CellValue = string | number | Date | null;

/**
 * Vietnamese locale (LCID 042A) in front of every number format: LibreOffice then shows "1.234,5" and
 * "46,46%" whatever the PC's own locale; Excel shows the separators of Windows, which on these offices'
 * PCs are the Vietnamese ones, and reads the tag as the format's language.
 */
const VI = '[$-42A]';

/**
 * The format code of a kind. Text cells take the Text format "@": Excel and LibreOffice then keep what
 * the user types into such a cell as text too, so editing "=HYPERLINK(…)" and pressing Enter never
 * turns it into a formula.
 */
export function numberFormat(kind: CellKind, digits = 2): string {
  switch (kind) {
    case 'text':
      return '@';
    case 'integer':
      return `${VI}#,##0`;
    case 'number':
      return digits > 0 ? `${VI}#,##0.${'0'.repeat(digits)}` : `${VI}#,##0`;
    case 'percent':
      return `${VI}0.00%`;
    case 'date':
      return `${VI}d/m/yyyy`;
  }
}

/** An ISO date as the Date exceljs writes as that day's serial number (it counts in UTC). */
export function excelDate(iso: string): Date | null {
  const parts = parseIsoDate(iso);
  return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : null;
}

// Text read from the database was cleaned when it was saved, and cleanText costs ≈ 4 µs a call (0,5 s of
// CPU over 10,000 works × 13 columns). Text that cleanText would give back unchanged is recognised in a
// fraction of that: no control, line break or other white space than single inner spaces, no combining
// mark and nothing beyond the first plane (both go the long way), already NFC, and no tone placed the old
// way ("hoà", "uỷ": o/u, then a, e or y bearing the tone, at the end of the word). Anything else is cleaned.
// biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: controls and lone marks are what it looks for
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]|[^\S ]| {2}|^ | $/;
const OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/u;

/** cleanText, quick on text that is clean already. */
export function cleanCellText(text: string): string {
  if (!NOT_PLAIN.test(text) && !OLD_TONE.test(text) && text.normalize('NFC') === text) return text;
  return cleanText(text);
}

/**
 * The value written for one cell. A text is always written as a string (exceljs stores it among the
 * shared strings: never a formula on open) under the Text format; a date that is not a real ISO date
 * is written as the text it is rather than lost.
 */
export function cellValue(kind: CellKind, input: CellInput): CellValue {
  if (input === null || input === undefined || input === '') return null;
  switch (kind) {
    case 'text':
      return cleanCellText(String(input)) || null;
    case 'date':
      return typeof input === 'string' ? (excelDate(input) ?? (cleanCellText(input) || null)) : null;
    default:
      return typeof input === 'number' && Number.isFinite(input) ? input : null;
  }
}

/** "12/3/2021": the day as the format d/m/yyyy shows it, for measuring. */
function dateText(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** How many characters the cell shows, to fit the column to its values: "1.234,50", "46,46%", "12/3/2021". */
export function shownLength(kind: CellKind, value: CellValue, digits = 2): number {
  if (value === null) return 0;
  if (value instanceof Date) return dateText(value).length;
  if (typeof value === 'string') return longestLine(value);
  // Intl writes -0 as "-0": a small negative keeps its sign.
  const whole = (n: number) => formatNumber(Math.trunc(n)).length;
  switch (kind) {
    case 'percent':
      return whole(value * 100) + ',00%'.length;
    case 'number':
      return whole(value) + (digits > 0 ? digits + 1 : 0);
    default:
      return whole(value);
  }
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}
