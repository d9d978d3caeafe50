// One cell of a workbook a unit filled, as the app stores it: clean NFC text (legacy TCVN3/VNI converted,
// never kept as mojibake), or a day of the calendar read exactly or refused with the typed text.
import type { BookCell } from './sheet-xml.ts';
import { detectLegacy, type LegacyEncoding, fromLegacy } from '../../text/legacy-encodings.ts';
import { cleanText } from '../../text/normalize.ts';
import { readTypedDate } from '../../text/typed-date.ts';

export interface CellText {
  text: string;
  /** The cell was legacy text, converted. */
  legacy?: LegacyEncoding;
  /** Why the cell cannot be read as what it shows (a formula never calculated, an error value). */
  problem?: string;
}

function isoOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel's day number (1900 system): 25569 is 1970-01-01. */
function isoOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? null : isoOfUtc(date);
}

/** A cell holding an error value (#REF!, #N/A…), alone or as a formula's result. */
function errorOf(value: unknown): string | null {
  return value !== null && typeof value === 'object' && 'error' in value && typeof value.error === 'string' ? value.error : null;
}

const formulaProblem = (error: string | null) =>
  error ? `'${error}' là lỗi của công thức trong ô` : 'ô chứa công thức chưa được Excel tính ra giá trị (hãy mở tệp bằng Excel, lưu lại rồi gửi lại)';

/**
 * Text already read, by font and text: a form repeats its codes, lĩnh vực, cấp, tình trạng and people
 * over thousands of rows, and cleaning (NFC, tone placement) was a third of reading a 5,000-row form.
 * Bounded, and emptied when a workbook is opened: a long session keeps no cell it read before.
 */
const READ = new Map<string, CellText>();
const READ_MAX = 50_000;
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;

/** Starts a workbook's reading cold, so what one file costs is what it costs read once. */
export function forgetReadText(): void {
  READ.clear();
}

function runText(text: string, fontName: string | undefined): CellText {
  const key = `${fontName ?? ''}\u0000${text}`;
  const known = READ.get(key);
  if (known) return known;
  // TCVN3 and VNI write every accented letter with a byte above 0x7F: plain ASCII (codes, the hidden
  // uuid and version columns) is never legacy text, whatever its font.
  const legacy = PLAIN_ASCII.test(text) ? null : detectLegacy(text, fontName);
  const read = legacy ? { text: cleanText(fromLegacy(text, legacy)), legacy: legacy.encoding } : { text: cleanText(text) };
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(key, read);
  return read;
}

/** The text a cell shows, cleaned; each rich-text run is read in its own font. */
export function cellText(cell: BookCell): CellText {
  const value = cell.value;
  const font = cell.font?.name;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return runText(value, font);
  if (typeof value === 'number') return { text: String(value).replace('.', ',') };
  if (typeof value === 'boolean') return { text: value ? 'Có' : 'Không' };
  if (value instanceof Date) return { text: isoOfUtc(value) };
  const error = errorOf(value);
  if (error) return { text: '', problem: formulaProblem(error) };
  if ('richText' in value) {
    let legacy: LegacyEncoding | undefined;
    const text = value.richText
      .map((run) => {
        const read = runText(run.text ?? '', run.font?.name ?? font);
        legacy ??= read.legacy;
        return read.text;
      })
      .join('');
    return { text: cleanText(text), legacy };
  }
  if ('text' in value && typeof value.text === 'string') return runText(value.text, font);
  if ('formula' in value || 'sharedFormula' in value) {
    // Only the value Excel saved is read: the app never evaluates a formula (=HYPERLINK shows its text).
    const result = 'result' in value ? value.result : undefined;
    if (result instanceof Date) return { text: isoOfUtc(result) };
    if (result === undefined || result === null || typeof result === 'object') return { text: '', problem: formulaProblem(errorOf(result)) };
    return runText(String(result), font);
  }
  return { text: '' };
}

/** A real Excel day passes the typed-date rule too, so a date of 1899 or 2150 is refused like "1/1/1899". */
function dayInRange(iso: string): CellDate {
  const typed = readTypedDate(iso);
  if (typed.ok) return { ok: true, iso };
  const [y, m, d] = iso.split('-');
  return { ok: false, typed: `${d}/${m}/${y}`, reason: reasonOf(typed.message) };
}

/** The reason part of a typed-date refusal ("Ngày không hợp lệ: 31/02/2021 — tháng 02/2021 chỉ có 28 ngày"). */
const reasonOf = (message: string) => message.split(' — ')[1] ?? '';

export type CellDate = { ok: true; iso: string | null } | { ok: false; typed: string; reason: string; problem?: string };

/**
 * A date cell: a real Excel date, a day number, or text typed as "31/3/2021". Empty is null; anything
 * else is refused with what was typed and why, so the message can quote it.
 */
export function cellDate(cell: BookCell): CellDate {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return { ok: true, iso: null };
  const raw = typeof value === 'object' && 'result' in value ? value.result : value;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, typed: String(raw), reason: '' };
    return dayInRange(isoOfUtc(raw));
  }
  if (typeof raw === 'number') {
    const iso = isoOfSerial(raw);
    return iso ? dayInRange(iso) : { ok: false, typed: String(raw).replace('.', ','), reason: 'số ngày của Excel phải từ 1 trở lên' };
  }
  const { text, problem } = cellText(cell);
  if (problem) return { ok: false, typed: '', reason: '', problem };
  if (text === '') return { ok: true, iso: null };
  const typed = readTypedDate(text);
  if (typed.ok) return { ok: true, iso: typed.iso };
  return { ok: false, typed: text, reason: reasonOf(typed.message) };
}
