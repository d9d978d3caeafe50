// Whole days between two dates (a milestone ahead, a work overdue) and the names of the days.
import { describe, expect, it } from 'vitest';
import { daysBetween, weekdayName } from '../../../../core/text/dates.ts';

describe('daysBetween', () => {
  it('counts calendar days across months, a leap day and a year', () => {
    expect(daysBetween('2021-04-12', '2021-04-12')).toBe(0);
    expect(daysBetween('2021-04-12', '2021-04-16')).toBe(4);
    expect(daysBetween('2021-04-16', '2021-04-12')).toBe(-4);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
  });
  it('refuses what is not a date rather than count from it', () => {
    expect(() => daysBetween('2021-02-31', '2021-03-01')).toThrow(RangeError);
  });
});

describe('weekdayName', () => {
  // Phụ lục II writes "thứ Hai", "thứ Bảy": the word after "thứ" takes the capital.
  it('names the days the way the decree writes them, for prose and for the holiday list alike', () => {
    expect(['2021-04-24', '2021-04-25', '2021-04-26', '2021-04-16'].map(weekdayName)).toEqual(['thứ Bảy', 'Chủ nhật', 'thứ Hai', 'thứ Sáu']);
  });
});
