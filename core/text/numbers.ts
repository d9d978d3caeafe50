// Vietnamese numbers: decimal comma, thousands dot ("1.234,5"), no space before "%" ("46,46%").

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatNumber(value: number, fractionDigits = 0): string {
  if (fractionDigits === 0) return integerFormat.format(value);
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: fractionDigits }).format(value);
}

/** Counts in formal prose take a leading zero below 10 and the thousands dot above: "04 cụm", "1.600 cá nhân". */
export function pad2(count: number): string {
  return count < 10 && count >= 0 ? `0${count}` : formatNumber(count);
}

export type PercentMode = 'round' | 'truncate';

/**
 * Percentage in hundredths of a percent, from integer counts only (never from rounded sub-totals).
 * 'round' is half-up; 'truncate' matches hand-made reports such as the Thủ Đức sơ kết (46.45%).
 */
export function percentHundredths(part: number, whole: number, mode: PercentMode = 'round'): number {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0) {
    throw new RangeError('Tỷ lệ chỉ tính từ số nguyên không âm');
  }
  if (whole === 0) return 0;
  const scaled = part * 10000;
  return mode === 'truncate' ? Math.floor(scaled / whole) : Math.floor((2 * scaled + whole) / (2 * whole));
}

/** "46,46%" */
export function formatPercent(part: number, whole: number, mode: PercentMode = 'round'): string {
  const h = percentHundredths(part, whole, mode);
  const units = Math.floor(h / 100);
  const cents = String(h % 100).padStart(2, '0');
  return `${integerFormat.format(units)},${cents}%`;
}
