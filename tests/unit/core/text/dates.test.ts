import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../core/stats/days.ts';

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
