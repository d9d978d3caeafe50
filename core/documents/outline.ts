// The body of a document as a list of blocks, numbered the way NĐ 30 samples number plans and reports:
// "I." (UPPER, bold), "1." (bold when titled), "a)" in Vietnamese letter order — no f, no j, đ after d.
// The last paragraph of the body ends with "./.".
import type { DataTable } from './table.ts';

export type Block =
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string; rest?: string }
  | { kind: 'h3'; text: string }
  | {
      kind: 'p';
      text: string;
      italics?: boolean;
      bold?: boolean;
      /** Bold lead-in such as "Thời gian:". */
      label?: string;
      indent?: boolean;
      align?: 'center' | 'left' | 'right' | 'both';
      keepNext?: boolean;
    }
  | { kind: 'dash'; text: string; keepNext?: boolean }
  | { kind: 'table'; table: DataTable };

/** Điểm letters in the Vietnamese alphabet order of NĐ 30 Phụ lục I. */
export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/** 0 → "a", 4 → "đ", 5 → "e", 6 → "g"; past "y" the letters double ("aa"), which real documents never reach. */
export function letterAt(index: number): string {
  const n = VIETNAMESE_LETTERS.length;
  if (index < n) return VIETNAMESE_LETTERS[index];
  return letterAt(Math.floor(index / n) - 1) + VIETNAMESE_LETTERS[index % n];
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Không đánh số La Mã được: ${value}`);
  let rest = value;
  let out = '';
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

export interface NumberedBlock {
  block: Block;
  /** "I. ", "1. ", "a) ", or "" */
  label: string;
}

/** Gives headings their numbers; a higher level restarts the levels below it. */
export function numberBlocks(blocks: readonly Block[]): NumberedBlock[] {
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  return blocks.map((block) => {
    switch (block.kind) {
      case 'h1':
        h1++;
        h2 = 0;
        h3 = 0;
        return { block, label: `${roman(h1)}. ` };
      case 'h2':
        h2++;
        h3 = 0;
        return { block, label: `${h2}. ` };
      case 'h3':
        return { block, label: `${letterAt(h3++)}) ` };
      default:
        return { block, label: '' };
    }
  });
}

export const END_MARK = './.';

/**
 * Ends the body with "./." on its last paragraph, or on a paragraph of its own after a table or heading,
 * and keeps that paragraph on the page of the signature: a signature page with no text on it is what
 * the practice of the offices avoids.
 */
export function closeBody(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const last = out[out.length - 1];
  if (last && (last.kind === 'p' || last.kind === 'dash')) {
    const trimmed = last.text.replace(/\s+$/u, '');
    if (trimmed.endsWith(END_MARK)) {
      out[out.length - 1] = { ...last, keepNext: true };
      return out;
    }
    const text = /[.;:,]$/u.test(trimmed) ? `${trimmed.slice(0, -1)}${END_MARK}` : `${trimmed}${END_MARK}`;
    out[out.length - 1] = { ...last, text, keepNext: true };
  } else {
    out.push({ kind: 'p', text: END_MARK, keepNext: true });
  }
  return out;
}

/**
 * Reads a section the user edited as plain text: one paragraph a line; "- " or "+ " lines are dash
 * items; "## Title" is a numbered khoản heading and "### Title" a lettered điểm, numbered by the engine.
 */
export function parseSectionText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('### ')) blocks.push({ kind: 'h3', text: line.slice(4).trim() });
    else if (line.startsWith('## ')) blocks.push({ kind: 'h2', text: line.slice(3).trim() });
    else if (/^[-+]\s/u.test(line)) blocks.push({ kind: 'dash', text: line });
    else blocks.push({ kind: 'p', text: line });
  }
  return blocks;
}
