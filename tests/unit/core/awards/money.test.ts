// Money in integers: hệ số in thousandths × mức lương cơ sở, half-up to 1.000 đồng, written the
// Vietnamese way; and the hệ số as the catalogue page reads and writes it.
import { describe, expect, it } from 'vitest';
import { formatDong, formatMultiplier, parseMultiplier, rewardDong } from '../../../../core/awards/money.ts';

describe('rewardDong', () => {
  it('counts the rewards of the catalogue with the base salaries of the decrees', () => {
    expect(rewardDong(300, 2_340_000)).toBe(702_000);
    expect(rewardDong(600, 1_490_000)).toBe(894_000);
    expect(rewardDong(1000, 1_800_000)).toBe(1_800_000);
    expect(rewardDong(0, 2_340_000)).toBe(0);
  });

  it('rounds half-up to the thousand', () => {
    // 0,3 × 1.491.666 = 447.499,8 → 447.000; 0,5 × 1.491.000 = 745.500 → 746.000 (exactly half goes up).
    expect(rewardDong(300, 1_491_666)).toBe(447_000);
    expect(rewardDong(500, 1_491_000)).toBe(746_000);
    expect(rewardDong(500, 1_490_999)).toBe(745_000);
    // 0,35 × 1.490.000 = 521.500 → 522.000.
    expect(rewardDong(350, 1_490_000)).toBe(522_000);
  });

  it('takes only non-negative integers', () => {
    expect(() => rewardDong(0.3, 2_340_000)).toThrow(RangeError);
    expect(() => rewardDong(300, -1)).toThrow(RangeError);
  });
});

describe('the written forms', () => {
  it('writes money and the hệ số with a Vietnamese thousands dot and decimal comma', () => {
    expect(formatDong(702_000)).toBe('702.000 đồng');
    expect(formatDong(2_340_000)).toBe('2.340.000 đồng');
    expect(formatMultiplier(300)).toBe('0,3');
    expect(formatMultiplier(1500)).toBe('1,5');
    expect(formatMultiplier(2000)).toBe('2');
    expect(formatMultiplier(125)).toBe('0,125');
  });

  it('reads a hệ số typed with a comma or a point, and nothing else', () => {
    expect(parseMultiplier('0,3')).toBe(300);
    expect(parseMultiplier(' 1.5 ')).toBe(1500);
    expect(parseMultiplier('2')).toBe(2000);
    expect(parseMultiplier('0,125')).toBe(125);
    expect(parseMultiplier('0,1255')).toBeNull();
    expect(parseMultiplier('-1')).toBeNull();
    expect(parseMultiplier('ba')).toBeNull();
    expect(parseMultiplier('')).toBeNull();
  });
});
