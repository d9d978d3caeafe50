// Working days of a state office (DOMAIN §2.11): Saturdays, Sundays and the public holidays are off.
// Pure: the holidays come in as a set of ISO dates (the table is the truth, edited by the user), so the
// renderer and the document rules count the same way.
import { addDays, dayOfWeek } from '../text/dates.ts';

/** The ISO dates ("2021-04-30") that are public holidays or days off in lieu: a Set, or a Map to their names. */
export interface Holidays {
  has(iso: string): boolean;
}

export function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

export function isWorkingDay(iso: string, holidays: Holidays): boolean {
  return !isWeekend(iso) && !holidays.has(iso);
}

/**
 * The n-th working day after `iso`, or before it for a negative n: 5 working days after Friday
 * 23/4/2021 is Tuesday 4/5/2021 (the weekend, 30/4, 1/5 and its day in lieu 3/5 skipped).
 */
export function addWorkingDays(iso: string, n: number, holidays: Holidays): string {
  if (!Number.isInteger(n) || n === 0) throw new RangeError(`Số ngày làm việc phải là số nguyên khác 0: ${n}`);
  const step = n > 0 ? 1 : -1;
  let day = iso;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/** Working days strictly between two dates (neither end counted); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, holidays: Holidays): number {
  let count = 0;
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (isWorkingDay(day, holidays)) count++;
  return count;
}
