// Estimated printed width of a line in Times New Roman, so that the rules under the issuer name, the
// Tiêu ngữ and the trích yếu can be drawn at a length computed from their text (NĐ 30 §1.3) instead of
// underlining. Advance widths (1/1000 em) were read from Liberation Serif, which is metric-compatible
// with Times New Roman; Vietnamese letters take the width of their base letter (marks stack, they do
// not widen), except that the horn of ơ/ư does.

const ASCII =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ĐđƠơƯư–“”';

const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
  500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 722,
  500, 722, 529, 776, 542, 500, 444, 444,
];

const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
  611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
  556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 722,
  556, 778, 554, 796, 600, 500, 500, 500,
];

function table(widths: number[]): Map<string, number> {
  const map = new Map<string, number>();
  Array.from(ASCII).forEach((ch, i) => {
    map.set(ch, widths[i]);
  });
  return map;
}

const regular = table(REGULAR);
const bold = table(BOLD);

const MARKS_EXCEPT_HORN = /[\u0300-\u031a\u031c-\u036f]/gu;

function baseLetter(ch: string): string {
  return ch.normalize('NFD').replace(MARKS_EXCEPT_HORN, '').normalize('NFC');
}

/** Width in twips of `text` set in Times New Roman at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, isBold = false): number {
  const widths = isBold ? bold : regular;
  let units = 0;
  for (const ch of text) {
    units += widths.get(ch) ?? widths.get(baseLetter(ch)) ?? 500;
  }
  return Math.round((units / 1000) * sizePt * 20);
}
