// Text entering the app: NFC, single spaces, modern tone placement ("Ủy", "Hòa"), and nothing a
// document cannot hold. Pasted Word text and some Unikey/VNI settings produce NFD, which breaks search,
// dedupe and sort; pasted text also brings characters XML forbids (one U+FFFE makes Word refuse the
// whole .docx) and Word's own line break (a vertical tab), which would otherwise vanish and glue words.

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_CLASS = `[${TONES.join('')}]`;

/**
 * Every way a paste can break a line: CRLF, CR, LF, vertical tab (Word's Shift+Enter), form feed (a
 * page break), NEL, and the Unicode line and paragraph separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/gu;

/**
 * What no stored text may hold: C0 controls but tab and line feed, DEL and the C1 controls, the
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) and lone surrogates.
 * Split in two: the characters of the first plane are one quick scan over code units; the costlier
 * scan over code points runs only on text that has a character beyond the first plane at all.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_BMP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g;
const SURROGATE = /[\ud800-\udfff]/;
const UNSAFE_ASTRAL = new RegExp(
  `\\p{Cs}|[${Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join('')}]`,
  'gu',
);

/** Removes every character listed above; tab and line feed stay. */
export function stripUnsafeChars(text: string): string {
  const bmp = text.replace(UNSAFE_BMP, '');
  return SURROGATE.test(bmp) ? bmp.replace(UNSAFE_ASTRAL, '') : bmp;
}

// Old style "hoà", "uỷ", "khoẻ" put the tone on the second vowel of an open oa/oe/uy syllable;
// the modern style (NĐ 30 prose) puts it on the first. "quý" keeps its tone on y: "qu" is one consonant.
const OLD_STYLE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])(${TONE_CLASS})(?![\\p{L}\\p{M}])`, 'gu');

export function normalizeTonePlacement(text: string): string {
  const nfd = text.normalize('NFD');
  const moved = nfd.replace(OLD_STYLE, (whole: string, v1: string, v2: string, tone: string) => {
    const pair = `${v1}${v2}`.toLowerCase();
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return whole;
    return `${v1}${tone}${v2}`;
  });
  return moved.normalize('NFC');
}

/**
 * One-line text: NFC, trimmed, every line break and inner run of white space one space, unsafe
 * characters removed, modern tone placement.
 */
export function cleanText(text: string): string {
  return normalizeTonePlacement(stripUnsafeChars(text.replace(LINE_BREAK, ' ')).normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/** Like cleanText but keeps line breaks, each pasted kind turned into "\n": for multi-line content. */
export function cleanMultiline(text: string): string {
  return stripUnsafeChars(text.replace(LINE_BREAK, '\n'))
    .normalize('NFC')
    .split('\n')
    .map((line) => normalizeTonePlacement(line.replace(/[ \t\u00a0]+/gu, ' ').trimEnd()))
    .join('\n')
    .trim();
}
