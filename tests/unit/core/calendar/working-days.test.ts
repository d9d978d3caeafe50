// The working-day rules against the 2021 calendar of a state office: weekends, 30/4, 1/5 (a Saturday)
// and its day in lieu 3/5, Giỗ Tổ 21/4.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWeekend, isWorkingDay, workingDaysBetween } from '../../../../core/calendar/working-days.ts';

const H2021 = new Set(['2021-04-21', '2021-04-30', '2021-05-01', '2021-05-03']);

describe('working days', () => {
  it('knows weekends and holidays', () => {
    expect(isWeekend('2021-04-24')).toBe(true);
    expect(isWeekend('2021-04-25')).toBe(true);
    expect(isWeekend('2021-04-26')).toBe(false);
    expect(isWorkingDay('2021-04-26', H2021)).toBe(true);
    expect(isWorkingDay('2021-04-30', H2021)).toBe(false);
    expect(isWorkingDay('2021-05-03', H2021)).toBe(false);
    expect(isWorkingDay('2021-05-03', new Set())).toBe(true);
  });

  it('adds working days across a weekend and the 30/4–1/5 break', () => {
    expect(addWorkingDays('2021-04-23', 1, H2021)).toBe('2021-04-26');
    expect(addWorkingDays('2021-04-23', 5, H2021)).toBe('2021-05-04');
    // From a Saturday the first working day is Monday.
    expect(addWorkingDays('2021-04-17', 1, H2021)).toBe('2021-04-19');
    // Giỗ Tổ is skipped too.
    expect(addWorkingDays('2021-04-20', 1, H2021)).toBe('2021-04-22');
    expect(addWorkingDays('2021-12-30', 2, new Set(['2022-01-03']))).toBe('2022-01-04');
    // Backwards: three working days before Tuesday 4/5 (3/5, 1/5 and 30/4 off) is Tuesday 27/4.
    expect(addWorkingDays('2021-05-04', -3, H2021)).toBe('2021-04-27');
  });

  it('counts the working days strictly between two dates', () => {
    expect(workingDaysBetween('2021-04-26', '2021-04-27', H2021)).toBe(0);
    expect(workingDaysBetween('2021-04-23', '2021-05-04', H2021)).toBe(4);
    expect(workingDaysBetween('2021-04-16', '2021-04-16', H2021)).toBe(0);
    expect(workingDaysBetween('2021-04-20', '2021-04-16', H2021)).toBe(0);
    // n working days on, n − 1 lie between: the two functions agree.
    for (let n = 1; n <= 12; n++) {
      expect(workingDaysBetween('2021-04-19', addWorkingDays('2021-04-19', n, H2021), H2021)).toBe(n - 1);
    }
  });

  it('refuses what is not a date or a count of zero', () => {
    expect(() => addWorkingDays('2021-02-31', 1, H2021)).toThrow(RangeError);
    expect(() => addWorkingDays('2021-04-19', 0, H2021)).toThrow(RangeError);
  });
});
