// Officials type the abbreviations they write ("ubnd linh trung", "thcs linh trung") and names are
// stored either way ("Ủy ban nhân dân phường Linh Trung", "UBND P. Linh Trung"). A typed query is
// read as clauses that accept both spellings, so the stored text (a folded column, written by the
// app) never has to be rewritten. Pure and already folded: this file never calls fold itself.

/** Folded abbreviation → the folded full forms it stands for. */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ubnd: ['uy ban nhan dan'],
  hdnd: ['hoi dong nhan dan'],
  ub: ['uy ban'],
  ubmttq: ['uy ban mat tran to quoc'],
  mttq: ['mat tran to quoc'],
  tw: ['trung uong'],
  tp: ['thanh pho'],
  tphcm: ['thanh pho ho chi minh'],
  hcm: ['ho chi minh'],
  tx: ['thi xa'],
  tt: ['thi tran', 'trung tam'],
  p: ['phuong'],
  q: ['quan'],
  kp: ['khu pho'],
  thcs: ['trung hoc co so'],
  thpt: ['trung hoc pho thong'],
  th: ['tieu hoc'],
  mn: ['mam non'],
  mg: ['mau giao'],
  gddt: ['giao duc va dao tao', 'giao duc dao tao'],
  gdnn: ['giao duc nghe nghiep'],
  gdtx: ['giao duc thuong xuyen'],
  bql: ['ban quan ly'],
  bch: ['ban chi huy'],
  bchqs: ['ban chi huy quan su'],
  ca: ['cong an'],
  pccc: ['phong chay chua chay'],
  vp: ['van phong'],
  ttyt: ['trung tam y te'],
  tyt: ['tram y te'],
  bv: ['benh vien'],
  ldld: ['lien doan lao dong'],
  hlhpn: ['hoi lien hiep phu nu'],
  hccb: ['hoi cuu chien binh'],
  ccb: ['cuu chien binh'],
  dtn: ['doan thanh nien'],
  tncs: ['thanh nien cong san'],
  hdtdkt: ['hoi dong thi dua khen thuong'],
  tdkt: ['thi dua khen thuong'],
  vhtt: ['van hoa thong tin', 'van hoa va thong tin'],
  tckh: ['tai chinh ke hoach', 'tai chinh va ke hoach'],
  tnmt: ['tai nguyen va moi truong', 'tai nguyen moi truong'],
  ldtbxh: ['lao dong thuong binh va xa hoi', 'lao dong thuong binh xa hoi'],
  qldt: ['quan ly do thi'],
  htx: ['hop tac xa'],
  cty: ['cong ty'],
  tnhh: ['trach nhiem huu han'],
  dntn: ['doanh nghiep tu nhan'],
  // Document kinds, as in their numbers ("19/KH-UBND") and as officials name them.
  kh: ['ke hoach'],
  bc: ['bao cao'],
  cv: ['cong van'],
  qd: ['quyet dinh'],
  tb: ['thong bao'],
  ttr: ['to trinh'],
};

/**
 * Text that must occur in the folded haystack: anywhere (what was typed, a full form), or, for an
 * abbreviation standing in for typed full words, as a word of its own ("th" must not be found
 * inside "thanh").
 */
export interface Needle {
  text: string;
  word: boolean;
}
/** All of its needles occur. */
export type Alternative = readonly Needle[];
/** One of its alternatives holds. A query holds when every clause does. */
export type Clause = readonly Alternative[];

/** What separates words in stored names besides spaces ("UBND P.Linh Trung", "TH-THCS"). */
export const WORD_SEPARATORS = ['.', ',', '-', '(', ')', '/'] as const;

const anywhere = (text: string): Needle => ({ text, word: false });

// Each full form's words, and the abbreviations it expands from, for reading typed full words back.
const FULL_FORMS: { words: string[]; abbreviation: string }[] = Object.entries(ABBREVIATIONS).flatMap(([abbreviation, forms]) =>
  forms.map((f) => ({ words: f.split(' '), abbreviation })),
);

/** Letters and digits only: "tp.", "gd&dt" and "(ubnd)" are looked up as "tp", "gddt", "ubnd". */
function key(word: string): string {
  return word.replace(/[^a-z0-9]/gu, '');
}

/**
 * The full forms that typed words starting at `from` spell, whole or by their first two words or
 * more ("uy ban" → ubnd, ubmttq); a single word only when it is a whole full form ("phuong" → p).
 */
function fullFormsAt(words: readonly string[], from: number): { length: number; abbreviation: string }[] {
  const found: { length: number; abbreviation: string }[] = [];
  for (const f of FULL_FORMS) {
    let n = 0;
    while (n < f.words.length && from + n < words.length && key(words[from + n]) === f.words[n]) n++;
    const seen = found.some((x) => x.abbreviation === f.abbreviation && x.length === n);
    if ((n === f.words.length || n >= 2) && !seen) found.push({ length: n, abbreviation: f.abbreviation });
  }
  return found;
}

/**
 * The clauses of a folded query. A plain word must occur anywhere, as before; an abbreviation may
 * instead be its full form ("ubnd" or "uy ban nhan dan"); typed full words ("uy ban") may instead be
 * the abbreviation as a word ("ubnd", "ubmttq"). Expansion only ever adds what a query accepts.
 */
export function queryClauses(foldedQuery: string): Clause[] {
  const words = foldedQuery.split(' ').filter(Boolean);
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; ) {
    const forms = fullFormsAt(words, i);
    if (forms.length) {
      // The longest run is one clause; a shorter full form inside it leaves the rest as typed
      // ("thanh pho ho chi minh" also finds "TP Hồ Chí Minh").
      const length = Math.max(...forms.map((f) => f.length));
      const typed = words.slice(i, i + length).map(anywhere);
      const alternatives: Alternative[] = [typed];
      for (const f of forms) alternatives.push([{ text: f.abbreviation, word: true }, ...typed.slice(f.length)]);
      clauses.push(alternatives);
      i += length;
      continue;
    }
    const expanded = ABBREVIATIONS[key(words[i])] ?? [];
    clauses.push([[anywhere(words[i])], ...expanded.map((f) => [anywhere(f)])]);
    i += 1;
  }
  return clauses;
}

/**
 * The query as typed and with its abbreviations written out ("thcs linh trung" → "trung hoc co so
 * linh trung"): a name holding one of these reads as the user typed it, and is listed first.
 */
export function phraseForms(foldedQuery: string): string[] {
  const words = foldedQuery.split(' ').filter(Boolean);
  const written = words.map((w) => ABBREVIATIONS[key(w)]?.[0] ?? w).join(' ');
  const typed = words.join(' ');
  return written === typed ? [typed] : [typed, written];
}

const escapeRegExp = (s: string) => s.replace(/[-\\^$.*+?()[\]{}|/]/gu, '\\$&');
const SEPARATOR_CLASS = `[\\s${WORD_SEPARATORS.map(escapeRegExp).join('')}]`;
const wordPatterns = new Map<string, RegExp>();

function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    re = new RegExp(`(?:^|${SEPARATOR_CLASS})${escapeRegExp(word)}(?:$|${SEPARATOR_CLASS})`, 'u');
    wordPatterns.set(word, re);
  }
  return re;
}

export function needleIn(foldedHaystack: string, n: Needle): boolean {
  return n.word ? wordPattern(n.text).test(foldedHaystack) : foldedHaystack.includes(n.text);
}

/** True when every clause holds in the folded haystack. No clause: everything matches. */
export function matchesClauses(foldedHaystack: string, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => c.some((alt) => alt.every((n) => needleIn(foldedHaystack, n))));
}
