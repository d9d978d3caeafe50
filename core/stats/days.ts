// Days between two dates of the dashboard (a milestone ahead, a work overdue). Calendar days: the
// working-day calendar (Saturdays, Sundays, public holidays) is not in this tree yet; when it is, the
// dashboard's counts switch to it here and nowhere else.
import { parseIsoDate } from '../text/dates.ts';

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from);
}
