import { fold } from './text/fold.ts';

/**
 * LIKE patterns for a typed query against a folded `search` column: every word must occur.
 * The folded text has no case or marks left, so SQLite's ASCII-only LIKE is exact here.
 */
export function likePatterns(query: string | undefined): string[] {
  if (!query) return [];
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export function searchText(...parts: (string | null | undefined)[]): string {
  return fold(parts.filter(Boolean).join(' '));
}
