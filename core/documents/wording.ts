// Sentences the app writes itself from the figures, in the shape the secretariat already uses (the
// Thủ Đức sơ kết of 16/4/2021), and the small Vietnamese forms they need: counts with a leading zero
// below 10, short dates, weekdays, times, citations of the plan.
import type { GroupKind } from '../../db/schema.ts';
import { UserError } from '../api/envelope.ts';
import { groupKindLabel } from '../api/labels.ts';
import type { CampaignStats } from '../api/types.ts';
import { formatDateShort } from '../text/dates.ts';
import { formatNumber, formatPercent, pad2, type PercentMode } from '../text/numbers.ts';
import { GROUP_KIND_ORDER } from '../org/rules.ts';

/** "04", "25", "1.234": formal prose writes counts below 10 with a leading zero (§5.2). */
export function count(n: number): string {
  return n < 10 ? pad2(n) : formatNumber(n);
}

/** "08:00" → "08 giờ 00"; "14:30" → "14 giờ 30". */
export function timeText(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/u.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    throw new UserError(`Giờ "${hhmm}" không hợp lệ (nhập dạng 08:00).`, { fields: { time: 'Nhập giờ dạng 08:00' } });
  }
  return `${m[1].padStart(2, '0')} giờ ${m[2]}`;
}

export function lowerFirst(text: string): string {
  const t = text.trim();
  return t ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1) : t;
}

export interface PlanRef {
  planNumber: string;
  planDate: string | null;
  /** Who issued the plan, e.g. "Ủy ban nhân dân thành phố Thủ Đức"; defaults to the document's issuer. */
  planIssuer: string;
}

/** Documents about a campaign cite its plan; without the number and date they cannot be written. */
export function requirePlan(plan: PlanRef, campaignName: string): { number: string; date: string } {
  if (!plan.planNumber.trim() || !plan.planDate) {
    throw new UserError(
      `Đợt thi đua "${campaignName}" chưa có số và ngày của Kế hoạch. Vào Đợt thi đua, bấm "Sửa" ở đợt này → Văn bản kế hoạch, điền "Số, ký hiệu" (ví dụ: 19/KH-UBND) và "Ngày ban hành".`,
      { fields: { planNumber: 'Nhập số kế hoạch', planDate: 'Nhập ngày kế hoạch' } },
    );
  }
  return { number: plan.planNumber.trim(), date: plan.planDate };
}

/** "Kế hoạch số 19/KH-UBND ngày 12/3/2021 của Ủy ban nhân dân thành phố Thủ Đức" */
export function planCitation(plan: PlanRef, campaignName: string, defaultIssuer: string): string {
  const { number, date } = requirePlan(plan, campaignName);
  const issuer = plan.planIssuer.trim() || defaultIssuer.trim();
  return `Kế hoạch số ${number.replace(/^Số:\s*/u, '')} ngày ${formatDateShort(date)} của ${issuer}`;
}

/** "toàn thành phố", "toàn phường", … from the issuer's name; the body's own word for its territory. */
export function scopeFromIssuer(name: string): string {
  const lower = name.toLocaleLowerCase('vi');
  for (const unit of ['thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã', 'phường', 'xã', 'đặc khu', 'khối', 'cụm', 'sở', 'ngành']) {
    if (new RegExp(`(^|\\s)${unit}(\\s|$)`, 'u').test(lower)) return `toàn ${unit}`;
  }
  return 'toàn đơn vị';
}

/** "25 khối và 04 cụm", in the order of core/org/rules.ts; a kind with none is left out, both: "". */
export function groupCountWords(counts: Record<GroupKind, number>): string {
  return GROUP_KIND_ORDER.filter((k) => counts[k] > 0)
    .map((k) => `${count(counts[k])} ${groupKindLabel[k].toLocaleLowerCase('vi')}`)
    .join(' và ');
}

/**
 * "Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công
 * trình. Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn
 * thành, đạt 19,35%." Percentages come from the integer counts, never from rounded figures.
 */
export function figuresSentence(stats: CampaignStats, scope: string, mode: PercentMode = stats.percentMode): string {
  const groupWords = groupCountWords(stats.groups);
  const groups = groupWords ? ` ${groupWords} thi đua với` : '';
  const u = stats.units;
  const w = stats.works;
  // The seed's "254 đơn vị đăng ký 703 công trình" counts the units that registered works; when some
  // units take part without registering any, both figures are given rather than one passed for the other.
  const registering =
    w.units === u.registered
      ? `${count(u.registered)} đơn vị đăng ký`
      : `${count(u.registered)} đơn vị tham gia, trong đó ${count(w.units)} đơn vị đăng ký`;
  return (
    `Tính đến ngày ${formatDateShort(stats.asOf)}, ${scope} có${groups} ${registering} ` +
    `${count(w.registered)} công trình. Đã có ${formatNumber(u.reported)}/${formatNumber(u.registered)} cơ quan, đơn vị ` +
    `có báo cáo kết quả, đạt ${formatPercent(u.reported, u.registered, mode)}; có ${formatNumber(w.completed)}/` +
    `${formatNumber(w.registered)} công trình đã hoàn thành, đạt ${formatPercent(w.completed, w.registered, mode)}.`
  );
}

export const LEVEL_WORDS = { thanh_pho: 'cấp thành phố', co_so: 'cấp cơ sở' } as const;

/** "Trong đó, cấp thành phố có 120 công trình, đã hoàn thành 30, đạt 25,00%; cấp cơ sở có …" */
export function levelSentence(stats: CampaignStats, mode: PercentMode = stats.percentMode): string {
  const parts = stats.works.byLevel
    .filter((l) => l.registered > 0)
    .map(
      (l) =>
        `${LEVEL_WORDS[l.level]} có ${count(l.registered)} công trình, đã hoàn thành ${count(l.completed)}, đạt ${formatPercent(l.completed, l.registered, mode)}`,
    );
  return parts.length ? `Trong đó, ${parts.join('; ')}.` : '';
}


/** Names of the campaign figures an editable text may carry as «name» (sections.ts fillFigures). */
export const STAT_FIGURES = {
  asOf: 'ngày số liệu',
  units: 'số đơn vị tham gia',
  unitsWithWorks: 'số đơn vị đăng ký',
  reported: 'số đơn vị báo cáo',
  notReported: 'số đơn vị chưa báo cáo',
  reportedPercent: 'tỷ lệ báo cáo',
  works: 'số công trình',
  completed: 'số công trình hoàn thành',
  completedPercent: 'tỷ lệ hoàn thành',
  outstanding: 'số công trình chưa hoàn thành',
  overdue: 'số công trình quá hạn',
} as const;

/** The values of STAT_FIGURES at the stats' "as of" date, in the forms the prose uses. */
export function statsFigures(stats: CampaignStats, mode: PercentMode = stats.percentMode): Record<string, string> {
  const u = stats.units;
  const w = stats.works;
  const F = STAT_FIGURES;
  return {
    [F.asOf]: formatDateShort(stats.asOf),
    [F.units]: count(u.registered),
    [F.unitsWithWorks]: count(w.units),
    [F.reported]: count(u.reported),
    [F.notReported]: count(u.registered - u.reported),
    [F.reportedPercent]: formatPercent(u.reported, u.registered, mode),
    [F.works]: count(w.registered),
    [F.completed]: count(w.completed),
    [F.completedPercent]: formatPercent(w.completed, w.registered, mode),
    [F.outstanding]: count(w.registered - w.completed),
    [F.overdue]: count(w.overdue),
  };
}
