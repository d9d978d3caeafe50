// NĐ 30/2020: days below 10 and months 1–2 take a leading zero ("ngày 05 tháng 01", "12/3/2021").
// Dates travel as ISO "YYYY-MM-DD" strings everywhere inside the app; only rendering formats them.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): DateParts | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function requireDate(iso: string): DateParts {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD)`);
  return parts;
}

export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2021" */
export function formatDateLong(iso: string): string {
  const { year, month, day } = requireDate(iso);
  return `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
}

/** "Thủ Đức, ngày 05 tháng 01 năm 2021" */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatDateLong(iso)}`;
}

/** "12/3/2021", "05/01/2021" */
export function formatDateShort(iso: string): string {
  const { year, month, day } = requireDate(iso);
  return `${dayText(day)}/${monthText(month)}/${year}`;
}

/** Today's date in local time as ISO. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = requireDate(iso);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return t.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** 0 for Sunday … 6 for Saturday. */
export function dayOfWeek(iso: string): number {
  const { year, month, day } = requireDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// Phụ lục II: "thứ Hai", "Chủ nhật" — the ordinal's word takes the capital, as in "ngày Quốc khánh".
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** "thứ Sáu" for 2021-04-16, "Chủ nhật" for 2021-04-18. */
export function weekdayName(iso: string): string {
  return WEEKDAYS[dayOfWeek(iso)];
}
