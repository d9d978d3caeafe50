// Text typed in the pre-Unicode Vietnamese encodings and still met in units' workbooks: TCVN3 (the "ABC"
// set of TCVN 5712:1993, fonts .VnTime, .VnArial…; the .Vn…H fonts draw the same codes as capitals) and
// VNI (fonts VNI-Times…, a base letter followed by a mark character). Excel keeps such a cell as the
// Latin-1 characters of its bytes ("ViÖt Nam", "Vieät Nam"), so it must be turned into Unicode before
// anything stores it. Pure: the font name, when known, is the surest sign; the characters decide otherwise.

/** TCVN3 (ABC): the 134 letters, each one byte shown as its Latin-1 character. */
const TCVN3_PAIRS: readonly (readonly [string, string])[] = [
  ['à', 'µ'], ['á', '¸'], ['ả', '¶'], ['ã', '·'], ['ạ', '¹'],
  ['ă', '¨'], ['ằ', '»'], ['ắ', '¾'], ['ẳ', '¼'], ['ẵ', '½'], ['ặ', 'Æ'],
  ['â', '©'], ['ầ', 'Ç'], ['ấ', 'Ê'], ['ẩ', 'È'], ['ẫ', 'É'], ['ậ', 'Ë'],
  ['đ', '®'],
  ['è', 'Ì'], ['é', 'Ð'], ['ẻ', 'Î'], ['ẽ', 'Ï'], ['ẹ', 'Ñ'],
  ['ê', 'ª'], ['ề', 'Ò'], ['ế', 'Õ'], ['ể', 'Ó'], ['ễ', 'Ô'], ['ệ', 'Ö'],
  ['ì', '×'], ['í', 'Ý'], ['ỉ', 'Ø'], ['ĩ', 'Ü'], ['ị', 'Þ'],
  ['ò', 'ß'], ['ó', 'ã'], ['ỏ', 'á'], ['õ', 'â'], ['ọ', 'ä'],
  ['ô', '«'], ['ồ', 'å'], ['ố', 'è'], ['ổ', 'æ'], ['ỗ', 'ç'], ['ộ', 'é'],
  ['ơ', '¬'], ['ờ', 'ê'], ['ớ', 'í'], ['ở', 'ë'], ['ỡ', 'ì'], ['ợ', 'î'],
  ['ù', 'ï'], ['ú', 'ó'], ['ủ', 'ñ'], ['ũ', 'ò'], ['ụ', 'ô'],
  ['ư', '\u00ad'], ['ừ', 'õ'], ['ứ', 'ø'], ['ử', 'ö'], ['ữ', '÷'], ['ự', 'ù'],
  ['ỳ', 'ú'], ['ý', 'ý'], ['ỷ', 'û'], ['ỹ', 'ü'], ['ỵ', 'þ'],
  // The only capitals ABC has a code for; the others come from the .Vn…H fonts.
  ['Ă', '¡'], ['Â', '¢'], ['Ê', '£'], ['Ô', '¤'], ['Ơ', '¥'], ['Ư', '¦'], ['Đ', '§'],
];

/** VNI: every lower-case letter as its base followed by a mark character (ơ ư đ, i's tones and ỵ have one of their own). */
const VNI_LOWER: readonly (readonly [string, string])[] = [
  ['à', 'aø'], ['á', 'aù'], ['ả', 'aû'], ['ã', 'aõ'], ['ạ', 'aï'],
  ['ă', 'aê'], ['ằ', 'aè'], ['ắ', 'aé'], ['ẳ', 'aú'], ['ẵ', 'aü'], ['ặ', 'aë'],
  ['â', 'aâ'], ['ầ', 'aà'], ['ấ', 'aá'], ['ẩ', 'aå'], ['ẫ', 'aã'], ['ậ', 'aä'],
  ['đ', 'ñ'],
  ['è', 'eø'], ['é', 'eù'], ['ẻ', 'eû'], ['ẽ', 'eõ'], ['ẹ', 'eï'],
  ['ê', 'eâ'], ['ề', 'eà'], ['ế', 'eá'], ['ể', 'eå'], ['ễ', 'eã'], ['ệ', 'eä'],
  ['ì', 'ì'], ['í', 'í'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'],
  ['ò', 'oø'], ['ó', 'où'], ['ỏ', 'oû'], ['õ', 'oõ'], ['ọ', 'oï'],
  ['ô', 'oâ'], ['ồ', 'oà'], ['ố', 'oá'], ['ổ', 'oå'], ['ỗ', 'oã'], ['ộ', 'oä'],
  ['ơ', 'ô'], ['ờ', 'ôø'], ['ớ', 'ôù'], ['ở', 'ôû'], ['ỡ', 'ôõ'], ['ợ', 'ôï'],
  ['ù', 'uø'], ['ú', 'uù'], ['ủ', 'uû'], ['ũ', 'uõ'], ['ụ', 'uï'],
  ['ư', 'ö'], ['ừ', 'öø'], ['ứ', 'öù'], ['ử', 'öû'], ['ữ', 'öõ'], ['ự', 'öï'],
  ['ỳ', 'yø'], ['ý', 'yù'], ['ỷ', 'yû'], ['ỹ', 'yõ'], ['ỵ', 'î'],
];

/** The capitals are the same pairs upper-cased: VNI's mark characters have upper-case twins. */
const VNI_PAIRS: readonly (readonly [string, string])[] = [
  ...VNI_LOWER,
  ...VNI_LOWER.map(([u, v]) => [u.toUpperCase(), v.toUpperCase()] as const),
];

const FROM_TCVN3 = new Map(TCVN3_PAIRS.map(([u, t]) => [t, u]));
const TO_TCVN3 = new Map(TCVN3_PAIRS.map(([u, t]) => [u, t]));
const FROM_VNI = new Map(VNI_PAIRS.map(([u, v]) => [v, u]));
const TO_VNI = new Map(VNI_PAIRS.map(([u, v]) => [u, v]));

export type LegacyEncoding = 'tcvn3' | 'vni';

export const legacyEncodingLabel: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

/** TCVN3 text as Unicode; `capitals`: it was shown in a .Vn…H font, which draws every letter upper case. */
export function fromTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += FROM_TCVN3.get(ch) ?? ch;
  return (capitals ? out.toLocaleUpperCase('vi') : out).normalize('NFC');
}

/**
 * Unicode as TCVN3. A capital with a tone has no ABC code: it is written as its lower-case code, which
 * a .Vn…H font draws as the capital, so the round trip of such text goes through `capitals`.
 */
export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = TO_TCVN3.get(ch);
    if (direct !== undefined) out += direct;
    else {
      const lower = ch.toLocaleLowerCase('vi');
      out += lower !== ch && TO_TCVN3.has(lower) ? TO_TCVN3.get(lower)! : ch;
    }
  }
  return out;
}

/** VNI text as Unicode: a base and its mark character read together, the longest match first. */
export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const two = FROM_VNI.get(text.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    out += FROM_VNI.get(text[i]) ?? text[i];
  }
  return out.normalize('NFC');
}

export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += TO_VNI.get(ch) ?? ch;
  return out;
}

/** Latin-1 letters Unicode Vietnamese uses; any other Latin-1 character hints at a legacy encoding. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** Windows-1252's characters for bytes 0x80–0x9F (quotes, dashes, …): legacy text may hold them too. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** ABC codes below 0xC0: the common letters à á ả ã ạ ă â đ ê ô ơ ư are here, and VNI uses none of them. */
const TCVN3_SIGN = /[\u00a1-\u00ae\u00b5-\u00be]/u;
/** A VNI mark character right after its base: no Unicode word has these. */
const VNI_SIGN = /[aeouyAEOUYôöÔÖ][øùûõïêèéúüëâàáåãäØÙÛÕÏÊÈÉÚÜËÂÀÁÅÃÄ]/u;
/**
 * VNI text whose every character also looks like Unicode Vietnamese ("Coâng", "caùc"): a base
 * followed by a toned Latin-1 vowel that no Vietnamese spelling puts there. After o, à á è é are left
 * out: the old tone placement writes "hoà", "khoẻ".
 */
const VNI_LOOKALIKE = /[aeAE][àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]|[oO][âìíòóôõùúýÂÌÍÒÓÔÕÙÚÝ]/u;
/** «…» around words: quotation marks, though « alone is TCVN3's ô. */
const GUILLEMETS = /«[^«»]*»/gu;

export interface LegacyText {
  encoding: LegacyEncoding;
  /** Shown in a .Vn…H font: every letter is a capital. */
  capitals: boolean;
}

/** Cells shown in a legacy font: ".VnTime", ".VnArialH" (capitals), "VNI-Times", "VNI-Helve". */
export function encodingOfFont(fontName: string | undefined): LegacyText | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', capitals: /h$/iu.test(name) };
  if (/^vni[-_ ]/iu.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * Whether `text` is legacy-encoded, and which. Never for plain ASCII (the same in every encoding) nor
 * for text holding a letter beyond Latin-1 (no legacy set can produce one: it is Unicode already). A
 * font that names a legacy set decides; otherwise a character only that set produces does.
 */
export function detectLegacy(text: string, fontName?: string): LegacyText | null {
  let latin1 = false;
  let foreign = false;
  for (const ch of text.replace(GUILLEMETS, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || CP1252_EXTRA.has(ch)) continue;
    if (code > 0xff) return null;
    latin1 = true;
    if (code > 0xa0 && !VIETNAMESE_LATIN1.has(ch)) foreign = true;
  }
  const byFont = encodingOfFont(fontName);
  if (byFont) return latin1 || /[\u0080-\u00ff]/u.test(text) ? byFont : null;
  if (!foreign) return latin1 && VNI_LOOKALIKE.test(text) ? { encoding: 'vni', capitals: false } : null;
  if (TCVN3_SIGN.test(text.replace(GUILLEMETS, ''))) return { encoding: 'tcvn3', capitals: false };
  return { encoding: VNI_SIGN.test(text) ? 'vni' : 'tcvn3', capitals: false };
}

/** Legacy text as Unicode. */
export function fromLegacy(text: string, legacy: LegacyText): string {
  return legacy.encoding === 'tcvn3' ? fromTcvn3(text, legacy.capitals) : fromVni(text);
}

/** Every Vietnamese letter with a diacritic, lower then upper case: what the tables must carry both ways. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'];
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();
