// A date as an official types it ("1/3/2021", "01/03/2021", "1-3-2021", "1.3.2021", "2021-03-01") is
// either read as exactly that day or refused with the reason. One reading for every date field and
// for the API's own check, so no screen can swap an impossible date for another one (31/02 → today).
import { dayText, monthText } from './dates.ts';

export type TypedDate = { ok: true; iso: string } | { ok: false; message: string };

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/u;
const YEAR_FIRST = /^(\d+)-(\d{1,2})-(\d{1,2})$/u;

/** Years outside this range are typing slips ("01/3/0221"), never a date of this work. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const refused = (reason: string): TypedDate => ({ ok: false, message: `Ngày không hợp lệ: ${reason}` });

export function readTypedDate(typed: string): TypedDate {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Nhập ngày' };
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(text);
  if (!dayFirst && !yearFirst) return refused(`"${text}" (nhập ngày/tháng/năm, ví dụ 01/3/2021)`);
  const [yearText, month, day] = dayFirst
    ? [dayFirst[4], Number(dayFirst[3]), Number(dayFirst[1])]
    : [yearFirst![1], Number(yearFirst![2]), Number(yearFirst![3])];
  if (yearText.length !== 4) return refused(`${text} — nhập năm đủ 4 chữ số (ví dụ 01/3/2021)`);
  const year = Number(yearText);
  if (year < FIRST_YEAR || year > LAST_YEAR) return refused(`${text} — năm ${year} nằm ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}`);
  if (month < 1 || month > 12) return refused(`${text} — không có tháng ${month}`);
  if (day < 1) return refused(`${text} — không có ngày ${day}`);
  const last = daysInMonth(year, month);
  if (day > last) {
    return refused(`${text} — tháng ${monthText(month)}/${year} chỉ có ${last} ngày`);
  }
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${dayText(day)}` };
}

const NOT_ISO = 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)';

/**
 * Why a value the API received is not a day of the calendar in ISO form ("2021-02-31": February has
 * 28 days); null when it is one. A day the user typed and a form passed on as typed gets its reason.
 */
export function isoDateProblem(value: string): string | null {
  const typed = readTypedDate(value);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return typed.ok ? null : typed.message;
  const text = value.trim();
  return !typed.ok && (DAY_FIRST.test(text) || YEAR_FIRST.test(text)) ? typed.message : NOT_ISO;
}
