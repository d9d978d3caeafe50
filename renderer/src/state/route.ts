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
  'ca-nhan',
  'khen-thuong',
  'de-nghi',
  'hop-hoi-dong',
  'so-khen-thuong',
  'mau-giay-khen',
  'van-ban',
  'can-cu',
  'trao-doi',
  'sao-luu',
  'co-quan',
  'ngay-nghi',
] as const;
export type Page = (typeof PAGES)[number];

function current(): Page {
  const name = window.location.hash.replace(/^#\/?/u, '').split('?')[0];
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'tong-quan';
}

/** `params` name what to show on arrival (#/cong-trinh?work=12): a click-through from the dashboard. */
export function navigate(page: Page, params?: Record<string, string | number>): void {
  const query = params ? new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString() : '';
  window.location.hash = `/${page}${query ? `?${query}` : ''}`;
}

/** A value navigate() put in the address, read once by the page it opened. */
export function routeParam(name: string): string | null {
  const query = window.location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get(name) : null;
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

/** A value of the address that can change while its page stays open (a list and one of its rows). */
export function useRouteParam(name: string): string | null {
  const [value, setValue] = useState(() => routeParam(name));
  useEffect(() => {
    const onHash = () => setValue(routeParam(name));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [name]);
  return value;
}
