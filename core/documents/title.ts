// Ô 5a: tên loại (UPPER, bold) and trích yếu (bold) with its rule of 1/3–1/2 of the text; ô 6: căn cứ
// lines (italic, ";" at the end of each, "." at the last); ô 9a: "Kính gửi:".
import { Paragraph } from 'docx';
import { upperVi } from '../text/upper.ts';
import { textWidthTwips } from './measure.ts';
import { partRule } from './rule.ts';
import { LINE_SPACING, para, run, SIZE, tight } from './style.ts';
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

export function capitalizeFirst(text: string): string {
  const t = text.trim();
  return t ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t;
}

export function titleBlock(kindName: string, summary: string, textWidth: number): Paragraph[] {
  const out = [tight(upperVi(kindName), { size: SIZE.title, bold: true, before: pt(18), keepNext: true })];
  const text = capitalizeFirst(summary);
  if (text) {
    out.push(tight(text, { size: SIZE.title, bold: true, keepNext: true }));
    out.push(partRule(wrapLines(text, SIZE.title, true, textWidth), SIZE.title, true, textWidth, pt(12)));
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

