// The short solid lines of the header and under the trích yếu (NĐ 30 §1.3): an empty, nearly
// zero-height paragraph whose bottom border is the line, narrowed by equal indents to a computed width.
// Never underlined text (its length follows the text) and never "____".
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { FONT } from './style.ts';
import { textWidthTwips } from './measure.ts';

/** Line thickness in eighths of a point: 0,75 pt, the usual "solid line" of the templates. */
const RULE_SIZE = 6;

export function ruleParagraph(ruleWidth: number, containerWidth: number, after = 0): Paragraph {
  const width = Math.min(Math.max(ruleWidth, 200), containerWidth);
  const side = Math.max(0, Math.floor((containerWidth - width) / 2));
  return new Paragraph({
    children: [new TextRun({ text: '', font: FONT, size: 2 })],
    // The paragraph mark's size sets an empty line's height: keep it tiny too.
    run: { font: FONT, size: 2 },
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // An exact 3 pt line: the border clears the descenders of the text above by about 2 pt.
    spacing: { before: 0, after, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 0 } },
  });
}

/** Rule as long as the text (Tiêu ngữ). */
export function fullRule(text: string, sizePt: number, bold: boolean, containerWidth: number, after = 0): Paragraph {
  return ruleParagraph(textWidthTwips(text, sizePt, bold), containerWidth, after);
}

/**
 * Rule of 1/3–1/2 of the text (issuer name, trích yếu). The longest line is measured when the text
 * wraps; 40 % sits inside the range with room for the estimate's error.
 */
export function partRule(lines: readonly string[], sizePt: number, bold: boolean, containerWidth: number, after = 0): Paragraph {
  const longest = Math.max(...lines.map((l) => Math.min(textWidthTwips(l, sizePt, bold), containerWidth)));
  return ruleParagraph(Math.round(longest * 0.4), containerWidth, after);
}

/** The fraction range the decree allows for the short rules. */
export const PART_RULE_RANGE = { min: 1 / 3, max: 1 / 2 } as const;
