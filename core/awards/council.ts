// The council's vote on each nominee (DOMAIN.md §2.7): percent = agree / members present, and a nominee
// passes when that percent reaches the meeting's threshold. Pure: the biên bản, the meeting page and the
// decision all read the result from here.
import { UserError } from '../api/envelope.ts';
import { formatPercent, percentHundredths } from '../text/numbers.ts';

/**
 * 80,00 % of the members present. DOMAIN.md §2.7 finds no confirmed figure for a ward's council: the
 * only ones it cites (NĐ 152/2025, as quoted) are ≥ 80 % for the Cờ thi đua and ≥ 90 % of ≥ 2/3 present
 * for national titles. The lowest cited figure is the default; the secretariat sets its own Quy chế's
 * figure in the settings (councilThreshold), and each meeting keeps the figure it was held under.
 */
export const DEFAULT_THRESHOLD_HUNDREDTHS = 8000;

export interface VoteResult {
  /** Hundredths of a percent, rounded half-up: 7 of 8 → 8750. */
  hundredths: number;
  /** "87,50%" */
  percent: string;
  passed: boolean;
}

/**
 * The comparison uses the rounded figure the biên bản prints, so a result never contradicts its own
 * line ("66,67%" reaches a threshold of 66,67%).
 */
export function voteResult(agree: number, present: number, thresholdHundredths: number): VoteResult {
  const hundredths = percentHundredths(agree, present);
  return { hundredths, percent: formatPercent(agree, present), passed: present > 0 && hundredths >= thresholdHundredths };
}

/** "80,00%" for 8000. */
export function formatThreshold(h: number): string {
  return formatPercent(h, 10000);
}

/** A typed percent (80 or 66.67) as hundredths; refused outside 0,01–100 % or with more than 2 decimals. */
export function thresholdHundredths(percent: number, field = 'thresholdPercent'): number {
  const h = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(h - percent * 100) > 1e-6 || h < 1 || h > 10000) {
    throw new UserError('Tỷ lệ phiếu đồng ý cần đạt phải từ 0,01% đến 100%, nhiều nhất hai chữ số thập phân.', {
      fields: { [field]: 'Tỷ lệ từ 0,01% đến 100%' },
    });
  }
  return h;
}

/** Members present cannot exceed the council's members. `where` names the meeting ("Cuộc họp ngày 18/04/2021"). */
export function checkAttendance(total: number, present: number, where: string): void {
  if (present > total) {
    throw new UserError(`${where}: số thành viên có mặt (${present}) nhiều hơn tổng số thành viên Hội đồng (${total}).`, {
      fields: { membersPresent: 'Không được nhiều hơn tổng số thành viên' },
    });
  }
}

/** A nominee's agree count cannot exceed the members present. */
export function checkVote(agree: number, present: number, where: string, nominee: string, field: string): void {
  if (agree > present) {
    throw new UserError(`${where}: số phiếu đồng ý cho ${nominee} (${agree}) nhiều hơn số thành viên có mặt (${present}).`, {
      fields: { [field]: `Không được nhiều hơn ${present} thành viên có mặt` },
    });
  }
}
