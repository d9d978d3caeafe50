// Vietnamese order (ICU "vi": a < ă < â, d < đ, tones as a secondary difference).
// SQLite sorts "Đ…" after "Z", so lists are sorted here with one shared collator.

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant' });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export interface NameParts {
  ho: string;
  tenDem: string;
  ten: string;
}

/** Họ is the first word, Tên the last, tên đệm what stands between. */
export function splitName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { ho: '', tenDem: '', ten: '' };
  if (words.length === 1) return { ho: '', tenDem: '', ten: words[0] };
  return { ho: words[0], tenDem: words.slice(1, -1).join(' '), ten: words[words.length - 1] };
}

/**
 * Official lists order people by Tên, then tên đệm, then Họ. Takes the parts as stored, so a tên set by
 * hand (a compound tên) sorts as the user set it.
 */
export function comparePersonParts(a: NameParts, b: NameParts): number {
  return compareVi(a.ten, b.ten) || compareVi(a.tenDem, b.tenDem) || compareVi(a.ho, b.ho);
}

export function comparePersonNames(a: string, b: string): number {
  return comparePersonParts(splitName(a), splitName(b));
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
