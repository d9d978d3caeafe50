// How values look on screen. Dates are ISO inside the app and Vietnamese only here (NĐ 30 short form).
import { formatDateLong, formatDateShort } from '../../core/text/dates.ts';
import { formatNumber } from '../../core/text/numbers.ts';

export function dateShort(iso: string | null | undefined): string {
  return iso ? formatDateShort(iso) : '';
}

export function dateLong(iso: string | null | undefined): string {
  return iso ? formatDateLong(iso) : '';
}

export function num(value: number): string {
  return formatNumber(value);
}

/** "1,2 MB" for backup files. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${num(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** A stored timestamp (ISO with time) as "12/3/2021 14:05" in local time. */
export function dateTime(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDateShort(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
