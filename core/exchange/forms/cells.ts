// One cell of a workbook a unit filled, as the app stores it: clean NFC text (legacy TCVN3/VNI converted,
// never kept as mojibake), or a day of the calendar read exactly or refused with the typed text.
import type ExcelJS from 'exceljs';
import { detectLegacy, type LegacyEncoding, fromLegacy } from '../../text/legacy-encodings.ts';
import { cleanText } from '../../text/normalize.ts';
import { readTypedDate } from '../../text/typed-date.ts';

export interface CellText {
  text: string;
  /** The cell was legacy text, converted. */
  legacy?: LegacyEncoding;
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

function runText(text: string, fontName: string | undefined): CellText {
  const legacy = detectLegacy(text, fontName);
  return legacy ? { text: cleanText(fromLegacy(text, legacy)), legacy: legacy.encoding } : { text: cleanText(text) };
}

/** The text a cell shows, cleaned; each rich-text run is read in its own font. */
export function cellText(cell: ExcelJS.Cell): CellText {
  const value = cell.value;
  const font = cell.font?.name;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return runText(value, font);
  if (typeof value === 'number') return { text: String(value).replace('.', ',') };
  if (typeof value === 'boolean') return { text: value ? 'Có' : 'Không' };
  if (value instanceof Date) return { text: isoOfUtc(value) };
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
  if ('result' in value) {
    const result = value.result;
    if (result === undefined || result === null || typeof result === 'object') return result instanceof Date ? { text: isoOfUtc(result) } : { text: '' };
    return runText(String(result), font);
  }
  return { text: '' };
}

export type CellDate = { ok: true; iso: string | null } | { ok: false; typed: string; reason: string };

/**
 * A date cell: a real Excel date, a day number, or text typed as "31/3/2021". Empty is null; anything
 * else is refused with what was typed and why, so the message can quote it.
 */
export function cellDate(cell: ExcelJS.Cell): CellDate {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return { ok: true, iso: null };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, typed: String(value), reason: '' } : { ok: true, iso: isoOfUtc(value) };
  }
  const raw = typeof value === 'object' && 'result' in value ? value.result : value;
  if (raw instanceof Date) return { ok: true, iso: isoOfUtc(raw) };
  if (typeof raw === 'number') {
    const iso = isoOfSerial(raw);
    return iso ? { ok: true, iso } : { ok: false, typed: String(raw), reason: '' };
  }
  const { text } = cellText(cell);
  if (text === '') return { ok: true, iso: null };
  const typed = readTypedDate(text);
  if (typed.ok) return { ok: true, iso: typed.iso };
  return { ok: false, typed: text, reason: typed.message.split(' — ')[1] ?? '' };
}
