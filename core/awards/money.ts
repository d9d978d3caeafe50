// Tiền thưởng = hệ số × mức lương cơ sở, rounded to 1.000 đồng (NĐ 98/2023; DOMAIN.md §2.6). Counted in
// integers: the multiplier is stored in thousandths, so no binary fraction ever meets a sum of money.
import { formatNumber } from '../text/numbers.ts';

/** The reward in đồng: multiplierMilli × baseSalary / 1000, half-up to the nearest 1.000 đồng. */
export function rewardDong(multiplierMilli: number, baseSalary: number): number {
  if (!Number.isInteger(multiplierMilli) || !Number.isInteger(baseSalary) || multiplierMilli < 0 || baseSalary < 0) {
    throw new RangeError(`rewardDong needs non-negative integers, got ${multiplierMilli} × ${baseSalary}`);
  }
  // milli × salary is the reward in thousandths of a đồng; 1.000 đồng is 1.000.000 of those.
  const thousandths = multiplierMilli * baseSalary;
  if (!Number.isSafeInteger(thousandths + 500_000)) throw new RangeError(`reward out of range: ${multiplierMilli} × ${baseSalary}`);
  return Math.floor((thousandths + 500_000) / 1_000_000) * 1000;
}

/** "702.000 đồng". */
export function formatDong(amount: number): string {
  return `${formatNumber(amount)} đồng`;
}

/** The hệ số as a person writes it: 300 → "0,3", 1500 → "1,5", 2000 → "2". */
export function formatMultiplier(milli: number): string {
  return formatNumber(milli / 1000, 3);
}

/**
 * "0,3", "0.3", "1,5", "2" → thousandths; null when the text is not a hệ số of at most three decimals
 * (a thousands dot would be read as a decimal point, so "1.000" is 1, not a thousand).
 */
export function parseMultiplier(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[,.](\d{1,3}))?\s*$/u.exec(text);
  if (!m) return null;
  return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
}
