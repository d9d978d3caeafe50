// The two-column header of NĐ 30 (§1.3): left, the parent body (not bold) and the issuer (bold) with a
// rule of 1/3–1/2 of its length, then "Số: …"; right, the Quốc hiệu and the Tiêu ngữ with a rule as
// long as the text, then the italic place-date line on the same baseline as "Số".
import type { Paragraph, Table } from 'docx';
import { upperVi } from '../text/upper.ts';
import { formatPlaceDate } from '../text/dates.ts';
import { twoColumns } from './columns.ts';
import { formatDocNumber } from './numbering.ts';
import type { DocNumber, Issuer } from './model.ts';
import { textWidthTwips } from './measure.ts';
import { parentBodyLine } from './parent-line.ts';
import { fullRule, partRule } from './rule.ts';
import { SIZE, tight } from './style.ts';
import { lineRuns, summaryLines } from './title.ts';
import { pt } from './units.ts';

export const QUOC_HIEU = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Share of the text width given to the left column: not fixed by the decree, ~40/60 by custom. The right
 * column must hold the Quốc hiệu on one line (≈ 8,8 cm in bold 12 pt of a 16,5 cm text width).
 */
const LEFT_SHARE = 0.4;

/**
 * Breaks a body name into header lines: the issuer "Ủy ban nhân dân thành phố Thủ Đức" reads as
 * "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ THỦ ĐỨC" on every real header; a parent body ("ỦY BAN NHÂN DÂN TP
 * THỦ ĐỨC" above "PHÒNG NỘI VỤ") and other names wrap only when too wide.
 */
export function issuerLines(name: string, sizePt: number, bold: boolean, width: number, splitLead = true): string[] {
  const upper = upperVi(name.trim());
  for (const lead of splitLead ? ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'] : []) {
    if (upper.startsWith(`${lead} `)) return [lead, ...issuerLines(upper.slice(lead.length + 1), sizePt, bold, width, false)];
  }
  if (upper === '' || textWidthTwips(upper, sizePt, bold) <= width) return upper ? [upper] : [];
  const words = upper.split(/\s+/u);
  let best = [upper];
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const wa = textWidthTwips(a, sizePt, bold);
    const wb = textWidthTwips(b, sizePt, bold);
    if (wa > width) break;
    // "THI ĐUA - KHEN THƯỞNG" breaks after the hyphen, never before it.
    if (b.startsWith('-')) continue;
    const diff = Math.abs(wa - wb) + (wb > width ? 1e6 : 0);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = [a, b];
    }
  }
  return best;
}

export interface HeaderOptions {
  issuer: Issuer;
  number: DocNumber;
  date: string;
  textWidth: number;
  /** Công văn: the "V/v …" trích yếu under the number (12 pt, 6 pt below it). */
  vv?: string;
}

export function headerTable(o: HeaderOptions): Table {
  const leftWidth = Math.round(o.textWidth * LEFT_SHARE);
  const rightWidth = o.textWidth - leftWidth;

  const left: Paragraph[] = [];
  const parent = parentBodyLine(o.issuer);
  const parentLines = parent ? issuerLines(parent, SIZE.issuer, false, leftWidth, false) : [];
  for (const line of parentLines) left.push(tight(line, { size: SIZE.issuer }));
  const nameLines = issuerLines(o.issuer.name, SIZE.issuer, true, leftWidth);
  for (const line of nameLines) left.push(tight(line, { size: SIZE.issuer, bold: true }));
  left.push(partRule(nameLines, SIZE.issuer, true, leftWidth));

  const quocHieu = upperVi(QUOC_HIEU);
  const right = [
    tight(quocHieu, { size: SIZE.quocHieu, bold: true }),
    tight(TIEU_NGU, { size: SIZE.tieuNgu, bold: true }),
    fullRule(TIEU_NGU, SIZE.tieuNgu, true, rightWidth),
  ];

  const numberLine = [tight(`Số: ${formatDocNumber(o.number)}`, { size: SIZE.number, before: pt(6) })];
  if (o.vv) numberLine.push(tight(lineRuns(summaryLines(`V/v ${o.vv}`, SIZE.vv, false, leftWidth), { size: SIZE.vv }), { before: pt(6) }));
  const dateLine = [
    tight(formatPlaceDate(o.issuer.locality, o.date), { size: SIZE.placeDate, italics: true, before: pt(6) }),
  ];

  return twoColumns([[left, right], [numberLine, dateLine]], leftWidth, o.textWidth);
}
