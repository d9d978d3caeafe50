// The fit rule (issue 9): the measured width decides, never a count of words. One line if it fits;
// otherwise wrapped inside the box at spaces (a Vietnamese word is a syllable, so any space is a
// break); if the lines are then taller than the box, the size goes down in 0,5 pt steps (Word's own
// step: its sizes are half-points) to the field's minimum; still too big, it is flagged for the
// preflight and laid out at the minimum. Pure: the widths come from a FontMetrics, which core/
// certificates/fonts.ts builds from the very font file the PDF embeds.

export type FontVariant = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface FontMetrics {
  /**
   * Advance width of `text` in em (1 = the font size), shaped as pdfkit draws it: word by word, each
   * with its trailing space (so a line's width is the sum of its words' and never needs shaping again).
   */
  widthEm(text: string, variant: FontVariant): number;
  /** Ascender and descender (positive, below the baseline) in em. */
  ascentEm(variant: FontVariant): number;
  descentEm(variant: FontVariant): number;
  hasGlyph(codePoint: number, variant: FontVariant): boolean;
}

export function variantOf(bold: boolean, italic: boolean): FontVariant {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** Line pitch as a multiple of the size: single spacing of Times New Roman in Word is ≈ 1,15. */
export const LINE_HEIGHT = 1.15;
export const SIZE_STEP_PT = 0.5;
const PT_MM = 25.4 / 72;

export interface FitResult {
  sizePt: number;
  lines: string[];
  /** Each line's width in em (times the size: its width in points). */
  widthsEm: number[];
  /** false: even at the minimum size the text is wider or taller than the box. */
  fits: boolean;
  /** Why it does not fit (for the preflight's sentence). */
  overflow: 'none' | 'width' | 'height';
}

interface Wrapped {
  lines: string[];
  /** Each line's width in em, as pdfkit measures it. */
  widths: number[];
  widest: number;
}

/**
 * Greedy wrap of one paragraph at spaces. A line's width is the sum of its words each with its trailing
 * space, but the last without: `spaced[i]` and `bare[i]` in em, measured once whatever the size.
 */
function wrapParagraph(words: string[], spaced: number[], bare: number[], maxEm: number): Wrapped {
  const lines: string[] = [];
  const widths: number[] = [];
  let widest = 0;
  let start = 0;
  // Width of words[start..i-1] with their spaces, and of the line if it ended at the word before.
  let run = 0;
  let lineEm = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > start && run + bare[i] > maxEm) {
      lines.push(words.slice(start, i).join(' '));
      widths.push(lineEm);
      widest = Math.max(widest, lineEm);
      start = i;
      run = 0;
    }
    lineEm = run + bare[i];
    run += spaced[i];
  }
  if (words.length) {
    lines.push(words.slice(start).join(' '));
    widths.push(lineEm);
    widest = Math.max(widest, lineEm);
  }
  return { lines, widths, widest };
}

/**
 * The same number of lines as the greedy wrap at `maxEm`, but as even as they can be: the narrowest
 * width that still needs no more lines, found by halving. A centred name wrapped greedily leaves one
 * word alone on its second line ("… HIỆP BÌNH / CHÁNH"); balanced, it reads "… QUÂN SỰ / PHƯỜNG …".
 */
function balanced(words: string[], spaced: number[], bare: number[], maxEm: number): Wrapped {
  const greedy = wrapParagraph(words, spaced, bare, maxEm);
  if (greedy.lines.length < 2) return greedy;
  let lo = Math.max(...bare);
  let hi = greedy.widest;
  let best = greedy;
  for (let i = 0; i < 20 && hi - lo > 1e-4; i++) {
    const mid = (lo + hi) / 2;
    const trial = wrapParagraph(words, spaced, bare, mid);
    if (trial.lines.length <= greedy.lines.length) {
      best = trial;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/**
 * Fits `text` (already upper-cased if the field says so; "\n" is a line the user asked for) into a box
 * of `widthMm` × `heightMm`, starting at `sizePt` and never below `minSizePt`. `balance` (centred
 * fields) evens out the wrapped lines without adding one.
 */
export function fitText(text: string, variant: FontVariant, metrics: FontMetrics, widthMm: number, heightMm: number, sizePt: number, minSizePt: number, balance = false): FitResult {
  const paragraphs = text.split('\n').map((p) => p.split(' ').filter(Boolean));
  const spaced = paragraphs.map((words) => words.map((w) => metrics.widthEm(`${w} `, variant)));
  const bare = paragraphs.map((words) => words.map((w) => metrics.widthEm(w, variant)));
  let size = sizePt;
  for (;;) {
    const maxEm = widthMm / (size * PT_MM);
    const lines: string[] = [];
    const widthsEm: number[] = [];
    let widest = 0;
    paragraphs.forEach((words, i) => {
      const wrapped = (balance ? balanced : wrapParagraph)(words, spaced[i], bare[i], maxEm);
      if (wrapped.lines.length) {
        lines.push(...wrapped.lines);
        widthsEm.push(...wrapped.widths);
      } else {
        lines.push('');
        widthsEm.push(0);
      }
      widest = Math.max(widest, wrapped.widest);
    });
    const tooWide = widest > maxEm + 1e-9;
    const tooTall = lines.length * size * LINE_HEIGHT * PT_MM > heightMm + 1e-9;
    if (!tooWide && !tooTall) return { sizePt: size, lines, widthsEm, fits: true, overflow: 'none' };
    const next = Math.round((size - SIZE_STEP_PT) * 2) / 2;
    if (next < minSizePt - 1e-9) return { sizePt: size, lines, widthsEm, fits: false, overflow: tooWide ? 'width' : 'height' };
    size = next;
  }
}
