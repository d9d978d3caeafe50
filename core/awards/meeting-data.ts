// What the biên bản họp Hội đồng (Mẫu 1.9, DOMAIN.md §3.4) and the meeting page show: attendance,
// the proposals reviewed, and per nominee the agree count, the percent of those present and the result,
// grouped by form and ordered as a danh sách.
import type BetterSqlite3 from 'better-sqlite3';
import type { CouncilMeetingsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import { notFound } from '../api/envelope.ts';
import { formatDateShort } from '../text/dates.ts';
import { formatPercent } from '../text/numbers.ts';
import { formatThreshold, voteResult } from './council.ts';
import { type ListSection, orderList } from './list-order.ts';
import { defaultUnitOrder, type NomineeRecord, nomineesOf, proposalName, proposalRow } from './records.ts';
import { formsOn } from './stand-ins.ts';

export type MeetingSql = Selectable<CouncilMeetingsTable>;

export interface VoteLine extends NomineeRecord {
  formName: string;
  /** Null: no vote recorded yet. */
  agree: number | null;
  /** "87,50%"; empty without a vote. */
  percent: string;
  passed: boolean;
}

export interface MeetingData {
  meetingId: number;
  date: string;
  place: string;
  chair: string;
  secretary: string;
  membersTotal: number;
  membersPresent: number;
  /** "8/9 thành viên" */
  attendance: string;
  /** Present over total: "88,89%". */
  attendancePercent: string;
  thresholdHundredths: number;
  /** "80,00%" */
  threshold: string;
  note: string;
  campaign: { id: number; name: string } | null;
  proposals: { id: number; name: string; submissionNumber: string; submissionDate: string | null; nominees: number }[];
  /** One entry per form reviewed, in the catalogue's order; inside, the danh sách's sections. */
  forms: { formCode: string; formName: string; reviewed: number; passed: number; sections: ListSection<VoteLine>[] }[];
  /** Every nominee reviewed, in the order of `forms`. */
  votes: VoteLine[];
  counts: { reviewed: number; voted: number; passed: number };
}

export function meetingRow(raw: BetterSqlite3.Database, id: number): MeetingSql {
  const row = raw.prepare<[number], MeetingSql>('SELECT * FROM council_meetings WHERE id = ?').get(id);
  if (!row) throw notFound(`cuộc họp Hội đồng có mã số ${id}`);
  return row;
}

/** "Cuộc họp Hội đồng ngày 18/04/2021", as messages name it. */
export function meetingName(m: Pick<MeetingSql, 'meeting_date'>): string {
  return `Cuộc họp Hội đồng ngày ${formatDateShort(m.meeting_date)}`;
}

export function meetingProposalIds(raw: BetterSqlite3.Database, meetingId: number): number[] {
  return raw.prepare<[number], number>('SELECT proposal_id FROM meeting_proposals WHERE meeting_id = ? ORDER BY proposal_id').pluck().all(meetingId);
}

export function meetingData(raw: BetterSqlite3.Database, id: number): MeetingData {
  const m = meetingRow(raw, id);
  const proposalIds = meetingProposalIds(raw, id);
  const nominees = nomineesOf(raw, proposalIds);
  const agree = new Map(
    raw
      .prepare<[number], { nominee_id: number; agree: number }>('SELECT nominee_id, agree FROM meeting_votes WHERE meeting_id = ?')
      .all(id)
      .map((v) => [v.nominee_id, v.agree]),
  );
  const forms = formsOn(raw, m.meeting_date);
  const formName = (code: string) => forms.find((f) => f.code === code)?.name ?? code;
  const lines: VoteLine[] = nominees.map((n) => {
    const a = agree.get(n.id) ?? null;
    const result = a === null ? null : voteResult(a, m.members_present, m.threshold_hundredths);
    return { ...n, formName: formName(n.formCode), agree: a, percent: result?.percent ?? '', passed: result?.passed ?? false };
  });
  const unitOrder = defaultUnitOrder(raw, m.meeting_date);
  const formRank = (code: string) => {
    const i = forms.findIndex((f) => f.code === code);
    return i < 0 ? forms.length : i;
  };
  const codes = [...new Set(lines.map((l) => l.formCode))].sort((a, b) => formRank(a) - formRank(b) || a.localeCompare(b));
  const byForm = codes.map((code) => {
    const own = lines.filter((l) => l.formCode === code);
    const sections = orderList(own, { order: 'by_unit', unitOrder });
    return { formCode: code, formName: formName(code), reviewed: own.length, passed: own.filter((l) => l.passed).length, sections };
  });
  const campaign =
    m.campaign_id === null
      ? null
      : (raw.prepare<[number], { id: number; name: string }>('SELECT id, name FROM campaigns WHERE id = ?').get(m.campaign_id) ?? null);
  return {
    meetingId: m.id,
    date: m.meeting_date,
    place: m.place,
    chair: m.chair,
    secretary: m.secretary,
    membersTotal: m.members_total,
    membersPresent: m.members_present,
    attendance: `${m.members_present}/${m.members_total} thành viên`,
    attendancePercent: formatPercent(m.members_present, m.members_total),
    thresholdHundredths: m.threshold_hundredths,
    threshold: formatThreshold(m.threshold_hundredths),
    note: m.note,
    campaign,
    proposals: proposalIds.map((pid) => {
      const p = proposalRow(raw, pid);
      return {
        id: p.id,
        name: proposalName(raw, p),
        submissionNumber: p.submission_number,
        submissionDate: p.submission_date,
        nominees: nominees.filter((n) => n.proposalId === pid).length,
      };
    }),
    forms: byForm,
    votes: byForm.flatMap((f) => f.sections.flatMap((s) => s.lines)),
    counts: { reviewed: lines.length, voted: lines.filter((l) => l.agree !== null).length, passed: lines.filter((l) => l.passed).length },
  };
}
