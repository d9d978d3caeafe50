// Ô 5a: tên loại (UPPER, bold) and trích yếu (bold) with its rule of 1/3–1/2 of the text; ô 6: căn cứ
// lines (italic, ";" at the end of each, "." at the last); ô 9a: "Kính gửi:". A trích yếu or V/v
// breaks where the user broke it, and a long line is wrapped into lines of even length rather than a
// full line over a lone word.
import { Paragraph, TextRun } from 'docx';
import { upperVi } from '../text/upper.ts';
import { textWidthTwips } from './measure.ts';
import { partRule } from './rule.ts';
import { FONT, LINE_SPACING, para, type RunStyle, run, SIZE, tight } from './style.ts';
import { halfPoints } from './units.ts';
import { cm, pt } from './units.ts';

/** Splits a long trích yếu the way Word would wrap it, to measure the longest line. */
function wrapLines(text: string, sizePt: number, bold: boolean, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthTwips(next, sizePt, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The fewest lines the text needs at `width`, each as close to the others in length as those lines allow. */
function balancedWrap(text: string, sizePt: number, bold: boolean, width: number): string[] {
  const greedy = wrapLines(text, sizePt, bold, width);
  if (greedy.length < 2) return greedy;
  // The narrowest width that still gives that many lines: found by halving, 20 twips (1 pt) apart.
  let lo = Math.floor(width / greedy.length);
  let hi = width;
  let best = greedy;
  while (hi - lo > 20) {
    const mid = Math.floor((lo + hi) / 2);
    const lines = wrapLines(text, sizePt, bold, mid);
    if (lines.length <= greedy.length) {
      best = lines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** Lines of a trích yếu or V/v: the user's own line breaks kept, each line wrapped evenly within `width`. */
export function summaryLines(text: string, sizePt: number, bold: boolean, width: number): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .flatMap((l) => balancedWrap(l, sizePt, bold, width));
}

/**
 * One run per line with a line break between: one paragraph, so the rule below and the spacing stay
 * one block. Each line but the last keeps its space before the break, so the text read back (search,
 * copy, the register) is the trích yếu as written; half a space of offset on a centred line is not seen.
 */
export function lineRuns(lines: readonly string[], style: RunStyle): TextRun[] {
  return lines.map(
    (line, i) =>
      new TextRun({
        text: i < lines.length - 1 ? `${line} ` : line,
        break: i ? 1 : undefined,
        font: FONT,
        size: halfPoints(style.size ?? SIZE.body),
        bold: style.bold ?? false,
        italics: style.italics ?? false,
      }),
  );
}

export function capitalizeFirst(text: string): string {
  const t = text.trim();
  return t ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t;
}

export function titleBlock(kindName: string, summary: string, textWidth: number): Paragraph[] {
  const out = [tight(upperVi(kindName), { size: SIZE.title, bold: true, before: pt(18), keepNext: true })];
  const lines = summaryLines(capitalizeFirst(summary), SIZE.title, true, textWidth);
  if (lines.length) {
    out.push(tight(lineRuns(lines, { size: SIZE.title, bold: true }), { keepNext: true }));
    out.push(partRule(lines, SIZE.title, true, textWidth, pt(12)));
  }
  return out;
}

/** Each basis on its own italic line; ";" closes each line and "." the last one. */
export function basisLines(bases: readonly string[]): string[] {
  const items = bases.map((b) => b.trim().replace(/[;.,]+$/u, '')).filter(Boolean);
  return items.map((b, i) => `${b}${i === items.length - 1 ? '.' : ';'}`);
}

export function basesBlock(bases: readonly string[]): Paragraph[] {
  return basisLines(bases).map((line) => para(line, { italics: true, indent: true }));
}

/** Recipients of a công văn or a báo cáo to a superior (ô 9a). */
export function kinhGuiLines(recipients: readonly string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/^-\s*/u, '').replace(/[;.,]+$/u, '')).filter(Boolean);
  if (items.length === 1) return [`${items[0]}.`];
  return items.map((r, i) => `- ${r}${i === items.length - 1 ? '.' : ';'}`);
}

export function kinhGuiBlock(recipients: readonly string[], textWidth: number): Paragraph[] {
  const lines = kinhGuiLines(recipients);
  if (lines.length === 0) return [];
  const label = 'Kính gửi: ';
  if (lines.length === 1) {
    return [para([run(label), run(lines[0])], { align: 'center', before: pt(6), after: pt(12) })];
  }
  const labelWidth = textWidthTwips(label, SIZE.body);
  const left = Math.min(cm(2.5), Math.max(0, textWidth - labelWidth - cm(8)));
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: i === 0 ? [run(label), run(line)] : [run(line)],
        indent: { left: i === 0 ? left : left + labelWidth },
        spacing: {
          before: i === 0 ? pt(6) : 0,
          after: i === lines.length - 1 ? pt(12) : 0,
          line: LINE_SPACING,
        },
      }),
  );
}

