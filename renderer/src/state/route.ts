// Screens are addressed by the URL hash (#/don-vi) so a reload or the browser's back button keeps the
// user where they were, with no router dependency.
import { useEffect, useState } from 'react';

export const PAGES = [
  'tong-quan',
  'don-vi',
  'khoi-cum',
  'dot-thi-dua',
  'cong-trinh',
  'bao-cao',
  'van-ban',
  'can-cu',
  'sao-luu',
  'co-quan',
  'ngay-nghi',
] as const;
export type Page = (typeof PAGES)[number];

function current(): Page {
  const name = window.location.hash.replace(/^#\/?/u, '');
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'tong-quan';
}

export function navigate(page: Page): void {
  window.location.hash = `/${page}`;
}

export function useRoute(): Page {
  const [page, setPage] = useState<Page>(current);
  useEffect(() => {
    const onHash = () => setPage(current());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return page;
}
