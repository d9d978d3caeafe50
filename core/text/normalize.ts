// Text entering the app: NFC, single spaces, modern tone placement ("Ủy", "Hòa").
// Pasted Word text and some Unikey/VNI settings produce NFD, which breaks search, dedupe and sort.

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_CLASS = `[${TONES.join('')}]`;

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

/** NFC, trimmed, inner runs of white space collapsed to one space, modern tone placement. */
export function cleanText(text: string): string {
  return normalizeTonePlacement(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/** Like cleanText but keeps line breaks: for multi-line content (reports, narrative sections). */
export function cleanMultiline(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((line) => normalizeTonePlacement(line.replace(/[ \t\u00a0]+/gu, ' ').trimEnd()))
    .join('\n')
    .trim();
}
