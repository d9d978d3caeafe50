// The name an export is saved under: the list's Vietnamese title with its marks taken off and words
// joined by "-" ("Danh sách đơn vị" → "Danh-sach-don-vi.xlsx"), so it survives a zip, an e-mail, Zalo
// and any file system, and still reads as what it is.

export function xlsxFileName(...parts: string[]): string {
  const words = parts
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 120)
    .replace(/-+$/u, '');
  return `${words || 'Danh-sach'}.xlsx`;
}
