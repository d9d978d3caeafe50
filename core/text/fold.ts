// Search ignores diacritics and đ/Đ. SQLite here has no ICU (LIKE folds ASCII only, Đ never),
// so every searchable row stores fold(text) in a column written by the app.
import { type Clause, matchesClauses, queryClauses } from './abbreviations.ts';

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What a typed query asks for, abbreviations read both ways (abbreviations.ts). */
export function searchClauses(query: string): Clause[] {
  return queryClauses(fold(query));
}

/** True when every word of the query occurs, in any order, in the folded haystack (or its abbreviation does). */
export function matchesFolded(foldedHaystack: string, query: string): boolean {
  return matchesClauses(foldedHaystack, searchClauses(query));
}
