// Search ignores diacritics and đ/Đ. SQLite here has no ICU (LIKE folds ASCII only, Đ never),
// so every searchable row stores fold(text) in a column written by the app.

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when every word of the query occurs, in any order, in the folded haystack. */
export function matchesFolded(foldedHaystack: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  return words.every((w) => foldedHaystack.includes(w));
}
