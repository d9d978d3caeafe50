// "Possible duplicate": a new work whose folded title is very close to one the unit already has in the
// campaign (a typo, a word added). Only a suggestion shown in the preview: the import never merges on
// it. Pure, on folded titles (core/text/fold.ts), so marks and case never make two titles differ.

/** Titles whose edit distance is at most this share of the longer one are "very close". */
const CLOSE = 0.2;

/** Levenshtein distance, stopping once it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Whether two folded titles are close enough to ask the user. Equal keys are a match, not a duplicate. */
export function isCloseTitle(a: string, b: string): boolean {
  if (a === b) return false;
  const max = Math.floor(Math.max(a.length, b.length) * CLOSE);
  return max > 0 && distance(a, b, max) <= max;
}
