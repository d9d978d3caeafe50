// Core matches every typed word anywhere ("linh trung" also finds "Trường Trung học cơ sở Linh Chiểu"),
// which is right for recall; on screen the names that contain the words as typed, together, come first
// ("thcs linh trung": "Trường Trung học cơ sở Linh Trung" before "… Linh Chiểu").
import { phraseForms } from '../../core/text/abbreviations.ts';
import { fold } from '../../core/text/fold.ts';

/** Stable: whole-phrase matches first, each group in the order given (already Vietnamese-sorted). */
export function phraseFirst<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const phrases = phraseForms(fold(query));
  if (phrases.length === 1 && !phrases[0].includes(' ')) return [...items];
  const first: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const folded = fold(text(item));
    (phrases.some((p) => folded.includes(p)) ? first : rest).push(item);
  }
  return first.concat(rest);
}
