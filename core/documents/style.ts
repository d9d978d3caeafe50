// Typography of every element, in one place, with the decree's range beside each choice (NĐ 30/2020
// Phụ lục I, §1.2 of DOMAIN.md). Sizes are points.
import { AlignmentType, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { cm, halfPoints, pt } from './units.ts';

export const FONT = 'Times New Roman';
/** w:lang of every run (docDefaults): Word checks spelling in Vietnamese. */
export const LANGUAGE = 'vi-VN';

export const SIZE = {
  /** Ô 1 Quốc hiệu: 12–13. */
  quocHieu: 12,
  /** Ô 1 Tiêu ngữ: 13–14. */
  tieuNgu: 13,
  /** Ô 2 parent body and issuer: 12–13. */
  issuer: 12,
  /** Ô 3 "Số: …": 13. */
  number: 13,
  /** Ô 4 place and date: 13–14. */
  placeDate: 13,
  /** Ô 5a tên loại and trích yếu: 13–14. */
  title: 14,
  /** Ô 5b "V/v …" of a công văn: 12–13. */
  vv: 12,
  /** Ô 6 body and căn cứ: 13–14. */
  body: 14,
  /** Ô 7a/7b signer: 13–14. */
  signer: 14,
  /** Ô 9b "Nơi nhận:": 12; its list: 11. */
  noiNhanLabel: 12,
  noiNhanList: 11,
  /** Page numbers: 13–14. */
  pageNumber: 14,
  /** Tables: not fixed by the decree; 12–13 keeps wide tables readable. */
  table: 12,
} as const;

/** First-line indent of body paragraphs: 1,27 cm (the decree allows 1 or 1,27 cm). */
export const FIRST_LINE_INDENT = cm(1.27);
/** At least 6 pt between paragraphs. */
export const PARAGRAPH_AFTER = pt(6);
/** Single (240) up to 1,5 lines (360); 1,15 reads well and stays inside. */
export const LINE_SPACING = 276;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPoints(style.size ?? SIZE.body),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });
}

export interface ParaStyle extends RunStyle {
  align?: 'center' | 'left' | 'right' | 'both';
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of runs; text pieces take the paragraph's style unless they bring their own run. */
export function para(content: string | readonly (ParagraphChild | string)[], style: ParaStyle = {}): Paragraph {
  const pieces = typeof content === 'string' ? [content] : content;
  return new Paragraph({
    children: pieces.map((p) => (typeof p === 'string' ? run(p, style) : p)),
    alignment: ALIGN[style.align ?? 'both'],
    indent: style.indent ? { firstLine: FIRST_LINE_INDENT } : undefined,
    spacing: {
      before: style.before ?? 0,
      after: style.after ?? PARAGRAPH_AFTER,
      line: LINE_SPACING,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: style.keepNext,
    pageBreakBefore: style.pageBreakBefore,
  });
}

/** Header and table lines: single spacing, nothing after, centred unless told. */
export function tight(content: string | readonly (ParagraphChild | string)[], style: ParaStyle = {}): Paragraph {
  const pieces = typeof content === 'string' ? [content] : content;
  return new Paragraph({
    children: pieces.map((p) => (typeof p === 'string' ? run(p, style) : p)),
    alignment: ALIGN[style.align ?? 'center'],
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: style.keepNext,
  });
}
