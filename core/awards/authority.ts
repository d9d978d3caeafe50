// Who may award a form (Luật Thi đua, khen thưởng 2022 Điều 80; DOMAIN.md §2.4): the catalogue's
// awarded_by names these levels, and the agency's profile says which one its head is. Pure, so the
// catalogue page and the proposal warnings read the same list.

export const AUTHORITY_LEVELS = ['chu_tich_xa', 'chu_tich_huyen', 'thu_truong', 'giam_doc_dn', 'chu_tich_tinh', 'bo_truong'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export const authorityLabel: Record<AuthorityLevel, string> = {
  chu_tich_xa: 'Chủ tịch UBND cấp xã',
  chu_tich_huyen: 'Chủ tịch UBND cấp huyện (đến 30/6/2025)',
  thu_truong: 'Thủ trưởng cơ quan chuyên môn, đơn vị',
  giam_doc_dn: 'Giám đốc doanh nghiệp, hợp tác xã',
  chu_tich_tinh: 'Chủ tịch UBND cấp tỉnh',
  bo_truong: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
};

/** For a table cell, where the full label stands in the tooltip. */
export const authorityShortLabel: Record<AuthorityLevel, string> = {
  chu_tich_xa: 'Cấp xã',
  chu_tich_huyen: 'Cấp huyện',
  thu_truong: 'Thủ trưởng',
  giam_doc_dn: 'Giám đốc DN',
  chu_tich_tinh: 'Cấp tỉnh',
  bo_truong: 'Bộ trưởng',
};

export function isAuthorityLevel(value: string): value is AuthorityLevel {
  return (AUTHORITY_LEVELS as readonly string[]).includes(value);
}

/** The stored "chu_tich_xa,thu_truong" as levels, in the list's order; unknown words are dropped. */
export function parseLevels(stored: string): AuthorityLevel[] {
  const named = new Set(stored.split(',').map((s) => s.trim()));
  return AUTHORITY_LEVELS.filter((l) => named.has(l));
}

export function storeLevels(levels: readonly AuthorityLevel[]): string {
  return AUTHORITY_LEVELS.filter((l) => levels.includes(l)).join(',');
}

/** True when a head of this level may award the form itself (otherwise it proposes it upward). */
export function mayAward(form: { awardedBy: readonly AuthorityLevel[] }, level: AuthorityLevel): boolean {
  return form.awardedBy.includes(level);
}
