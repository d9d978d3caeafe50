// Core matches every typed word anywhere ("linh trung" also finds "Trường Trung học cơ sở Linh Chiểu"),
// which is right for recall; on screen the names that contain the words as typed, together, come first.
import { fold } from '../../core/text/fold.ts';

/** Stable: whole-phrase matches first, each group in the order given (already Vietnamese-sorted). */
export function phraseFirst<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const phrase = fold(query);
  if (!phrase.includes(' ')) return [...items];
  const first: T[] = [];
  const rest: T[] = [];
  for (const item of items) (fold(text(item)).includes(phrase) ? first : rest).push(item);
  return first.concat(rest);
}
