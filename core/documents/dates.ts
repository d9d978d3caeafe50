// Dates that agree (DOMAIN §2.11): a document is never dated before the figures it reports; a công
// văn's deadline falls at least one working day after it; a giấy mời comes before its meeting. What
// breaks a rule is refused naming the field; what is only unwise (an invitation under 3 working days
// ahead, a meeting on a weekend or a holiday) is said as a warning and the document is still made.
// Defaults follow the same rules and the campaign's milestones, never "today + 3 days".
import type { ReportStage } from '../../db/schema.ts';
import { fieldError, UserError } from '../api/envelope.ts';
import type { Milestone } from '../api/types.ts';
import { addWorkingDays, isWeekend, workingDaysBetween } from '../calendar/working-days.ts';
import { formatDateShort, weekdayName } from '../text/dates.ts';
import { type DateRule, type DocumentKind, kindInfo } from './kinds.ts';

/** Working days a reminder gives the units by default (when no milestone comes sooner). */
export const DEFAULT_DEADLINE_WORKING_DAYS = 5;
/** Working days an invitation should reach the invited before the meeting (QĐ 45/2018, usual reading). */
export const INVITATION_LEAD_WORKING_DAYS = 3;

/** The milestones a unit's report is due at: a reminder's deadline may be the next of them. */
const REPORT_MILESTONES: ReadonlySet<Milestone['kind']> = new Set(['han_dang_ky', 'bao_cao']);

export interface DateRequest {
  kind: DocumentKind;
  stage: ReportStage | null;
  today: string;
  /** "Tính đến ngày" as resolved (typed, or the last day with data). */
  asOf: string;
  planDate: string | null;
  /** An award document's proposal, meeting or decision date, when it has one. */
  subjectDate?: string | null;
  milestones: readonly Milestone[];
  /** Holiday dates → names (core/calendar). */
  holidays: ReadonlyMap<string, string>;
  /** As the user typed them, if at all. */
  date?: string;
  deadline?: string;
  meetingDate?: string;
}

export interface DocumentDates {
  date: string;
  /** Công văn đôn đốc only. */
  deadline?: string;
  /** Giấy mời only. */
  meetingDate?: string;
  warnings: string[];
}

const short = formatDateShort;

/** Why a day is not a working day, or null: "là thứ Bảy", "là ngày nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch)". */
function dayOff(iso: string, holidays: ReadonlyMap<string, string>): string | null {
  const name = holidays.get(iso);
  if (name) return `là ngày nghỉ ${name}`;
  return isWeekend(iso) ? `là ${weekdayName(iso)}` : null;
}

function meetingDateOf(r: DateRequest): string {
  const milestone = r.milestones.find((x) => x.kind === r.stage)?.date;
  const date = r.meetingDate ?? milestone;
  if (date) return date;
  const name = r.stage === 'tong_ket' ? 'Tổng kết' : 'Sơ kết';
  throw new UserError(
    `Chưa có ngày hội nghị ${name.toLocaleLowerCase('vi')}. Nhập "Ngày họp", hoặc vào Đợt thi đua, bấm "Sửa" ở đợt này → Các mốc, thêm mốc ${name.toLocaleLowerCase('vi')}.`,
    { fields: { 'meeting.date': 'Nhập ngày họp' } },
  );
}

/**
 * The hội nghị a giấy mời invites to when the user did not say: the campaign's next sơ kết or tổng kết
 * from `from` (the meeting day, else the document's day); past the last of them, by the figures' day.
 */
export function invitationStage(milestones: readonly Milestone[], from: string, asOf: string, endDate: string): ReportStage {
  const next = milestones
    .filter((m): m is Milestone & { kind: ReportStage } => (m.kind === 'so_ket' || m.kind === 'tong_ket') && m.date >= from)
    .sort((x, y) => x.date.localeCompare(y.date))[0];
  if (next) return next.kind;
  return asOf >= endDate ? 'tong_ket' : 'so_ket';
}

/** The reminder's deadline: 5 working days on, or the next report milestone if it comes sooner and still after the date. */
export function defaultDeadline(date: string, milestones: readonly Milestone[], holidays: ReadonlyMap<string, string>): string {
  const byRule = addWorkingDays(date, DEFAULT_DEADLINE_WORKING_DAYS, holidays);
  const earliest = addWorkingDays(date, 1, holidays);
  const next = milestones
    .filter((m) => REPORT_MILESTONES.has(m.kind) && m.date >= earliest && m.date < byRule)
    .map((m) => m.date)
    .sort()[0];
  return next ?? byRule;
}

/**
 * A giấy mời's own date when none is typed: today while the meeting is ahead; for a meeting already
 * past (an invitation recorded afterwards), the last working day that left 3 working days before it.
 */
function defaultInvitationDate(today: string, meeting: string, holidays: ReadonlyMap<string, string>): string {
  return today < meeting ? today : addWorkingDays(meeting, -(INVITATION_LEAD_WORKING_DAYS + 1), holidays);
}

/** A kế hoạch: the date typed, else the plan date the campaign records, else today. */
function planDates(r: DateRequest): DocumentDates {
  return { date: r.date ?? r.planDate ?? r.today, warnings: [] };
}

/** An award document: the date typed, else its proposal's, meeting's or decision's own date, else today. */
function subjectDates(r: DateRequest): DocumentDates {
  return { date: r.date ?? r.subjectDate ?? r.today, warnings: [] };
}

/** A document reporting figures is never dated before the day they are counted to. */
function figuresDates(r: DateRequest): DocumentDates {
  const date = r.date ?? (r.today < r.asOf ? r.asOf : r.today);
  if (date < r.asOf) {
    throw fieldError(
      'date',
      `Ngày văn bản ${short(date)} trước ngày "Tính đến ngày" ${short(r.asOf)}: văn bản không được đề ngày trước số liệu nó báo cáo. Chọn ngày văn bản từ ${short(r.asOf)} trở đi.`,
    );
  }
  return { date, warnings: [] };
}

/** A reminder reports figures, and gives the units a deadline at least one working day after it. */
function reminderDates(r: DateRequest): DocumentDates {
  const { date, warnings } = figuresDates(r);
  const deadline = r.deadline ?? defaultDeadline(date, r.milestones, r.holidays);
  const off = dayOff(deadline, r.holidays);
  // At least one working day for the units: (date, deadline] must hold one.
  if (deadline <= date || workingDaysBetween(date, deadline, r.holidays) + (off ? 0 : 1) === 0) {
    throw fieldError('deadline', `Hạn báo cáo ${short(deadline)} phải sau ngày văn bản ${short(date)} ít nhất một ngày làm việc.`);
  }
  if (off) warnings.push(`Hạn báo cáo ${short(deadline)} ${off}: các đơn vị sẽ phải gửi báo cáo trước đó một ngày làm việc.`);
  return { date, deadline, warnings };
}

function invitationDates(r: DateRequest): DocumentDates {
  const warnings: string[] = [];
  const meetingDate = meetingDateOf(r);
  const date = r.date ?? defaultInvitationDate(r.today, meetingDate, r.holidays);
  if (date >= meetingDate) {
    throw fieldError('date', `Giấy mời phải đề ngày trước ngày họp ${short(meetingDate)}; ngày văn bản đang là ${short(date)}.`);
  }
  const lead = workingDaysBetween(date, meetingDate, r.holidays);
  if (lead < INVITATION_LEAD_WORKING_DAYS) {
    warnings.push(
      `Giấy mời đề ngày ${short(date)}, chỉ cách ngày họp ${short(meetingDate)} ${lead} ngày làm việc: nên gửi trước ít nhất ${INVITATION_LEAD_WORKING_DAYS} ngày làm việc.`,
    );
  }
  const off = dayOff(meetingDate, r.holidays);
  if (off) warnings.push(`Ngày họp ${short(meetingDate)} ${off}.`);
  return { date, meetingDate, warnings };
}

const RULES: Record<DateRule, (r: DateRequest) => DocumentDates> = {
  plan: planDates,
  figures: figuresDates,
  reminder: reminderDates,
  invitation: invitationDates,
  subject: subjectDates,
};

/** The dates of a document by the rule its kind follows (core/documents/kinds.ts). */
export function documentDates(r: DateRequest): DocumentDates {
  return RULES[kindInfo(r.kind).dates](r);
}
