// What officials type into a date field is read as exactly that day or refused with the reason: never
// turned into another day (the "31/02/2021 becomes today" of issue 8).
import { describe, expect, it } from 'vitest';
import { isoDateProblem, readTypedDate } from '../../../../core/text/typed-date.ts';

describe('a typed date', () => {
  it('reads the ways officials write 1 March 2021 as that day', () => {
    for (const typed of ['1/3/2021', '01/03/2021', '01/3/2021', '1/03/2021', '1-3-2021', '01-03-2021', '1.3.2021', '2021-03-01', '2021-3-1', ' 1/3/2021 ']) {
      expect(readTypedDate(typed), typed).toEqual({ ok: true, iso: '2021-03-01' });
    }
    expect(readTypedDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(readTypedDate('31/12/2021')).toEqual({ ok: true, iso: '2021-12-31' });
  });

  it('refuses a day the calendar does not have, saying why', () => {
    expect(readTypedDate('31/02/2021')).toEqual({ ok: false, message: 'Ngày không hợp lệ: 31/02/2021 — tháng 02/2021 chỉ có 28 ngày' });
    expect(readTypedDate('29/2/2021')).toMatchObject({ ok: false, message: expect.stringContaining('chỉ có 28 ngày') });
    expect(readTypedDate('31/4/2021')).toMatchObject({ ok: false, message: expect.stringContaining('tháng 4/2021 chỉ có 30 ngày') });
    expect(readTypedDate('0/4/2021')).toMatchObject({ ok: false, message: expect.stringContaining('không có ngày 0') });
    expect(readTypedDate('12/13/2021')).toMatchObject({ ok: false, message: expect.stringContaining('không có tháng 13') });
    expect(readTypedDate('2021-13-01')).toMatchObject({ ok: false, message: expect.stringContaining('không có tháng 13') });
  });

  it('refuses two-digit years, slips of the year and text that is no date', () => {
    expect(readTypedDate('1/3/21')).toMatchObject({ ok: false, message: expect.stringContaining('đủ 4 chữ số') });
    expect(readTypedDate('1/3/0221')).toMatchObject({ ok: false, message: expect.stringContaining('năm 221 nằm ngoài khoảng 1900–2100') });
    expect(readTypedDate('1/3-2021')).toMatchObject({ ok: false, message: expect.stringContaining('ví dụ 01/3/2021') });
    expect(readTypedDate('mồng 1 tháng 3')).toMatchObject({ ok: false, message: expect.stringMatching(/^Ngày không hợp lệ: "mồng 1 tháng 3"/u) });
    expect(readTypedDate('  ')).toEqual({ ok: false, message: 'Nhập ngày' });
  });
});

describe('an API date', () => {
  it('is an ISO day of the calendar; otherwise the reason', () => {
    expect(isoDateProblem('2021-03-01')).toBeNull();
    expect(isoDateProblem('2021-02-31')).toBe('Ngày không hợp lệ: 2021-02-31 — tháng 02/2021 chỉ có 28 ngày');
    expect(isoDateProblem('31/02/2021')).toMatch(/chỉ có 28 ngày/u);
    // A real day in another form is still refused: the wall speaks ISO only.
    expect(isoDateProblem('1/3/2021')).toBe('Ngày không hợp lệ (cần dạng YYYY-MM-DD)');
    expect(isoDateProblem(' 2021-04-01')).toBe('Ngày không hợp lệ (cần dạng YYYY-MM-DD)');
    expect(isoDateProblem('2021-04-01T00:00:00Z')).toBe('Ngày không hợp lệ (cần dạng YYYY-MM-DD)');
    expect(isoDateProblem('x')).toBe('Ngày không hợp lệ (cần dạng YYYY-MM-DD)');
  });
});
