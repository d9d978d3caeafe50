// From what the Văn bản form holds to the arguments core takes. Empty fields are left out, so core
// fills them from the campaign (as-of date = last day with data, date = today, the plan's date for a
// kế hoạch, deadline = five working days on or the next report milestone, meeting date = the campaign's
// sơ kết/tổng kết milestone; core/documents/dates.ts).
import type { Args } from '../../../core/api/contract.ts';
import { choiceKind, choiceStage, type DocumentChoice, type ReportStage } from './kinds.ts';

export interface ComposerValues {
  choice: DocumentChoice;
  /** Giấy mời: to the sơ kết or the tổng kết; empty lets core take the campaign's next one. */
  meetingStage?: ReportStage | null;
  asOf?: string | null;
  date?: string | null;
  deadline?: string | null;
  meeting?: { date?: string | null; time?: string; place?: string; chair?: string; participants?: string };
  /** Báo cáo: the lists it carries (ReportOptions.tsx). */
  appendices?: DocumentRequest['appendices'];
  /** Empty: the agency; the signer empty: the default for the issuer and kind. */
  issuerId?: number | null;
  signerId?: number | null;
  /** Báo cáo and công văn: this document's rounding; empty follows the Cơ quan page's setting. */
  percentMode?: 'round' | 'truncate' | null;
}

export type DocumentRequest = Args<'documents.getSections'>;

const filled = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

export function toRequest(v: ComposerValues, campaignId: number): DocumentRequest {
  const kind = choiceKind(v.choice);
  const stage = kind === 'giay_moi' ? (v.meetingStage ?? undefined) : choiceStage(v.choice);
  const request: DocumentRequest = { kind, campaignId };
  if (stage) request.stage = stage;
  if (kind !== 'ke_hoach' && filled(v.asOf)) request.asOf = v.asOf;
  if (filled(v.date)) request.date = v.date;
  if (typeof v.issuerId === 'number') request.issuerId = v.issuerId;
  if (typeof v.signerId === 'number') request.signerId = v.signerId;
  if (kind === 'cong_van_don_doc' && filled(v.deadline)) request.deadline = v.deadline;
  if (kind === 'bao_cao' && v.appendices) request.appendices = v.appendices;
  if ((kind === 'bao_cao' || kind === 'cong_van_don_doc') && v.percentMode) request.percentMode = v.percentMode;
  if (kind === 'giay_moi' && v.meeting) {
    const m = v.meeting;
    const meeting: NonNullable<DocumentRequest['meeting']> = {};
    if (filled(m.date)) meeting.date = m.date;
    if (filled(m.time)) meeting.time = m.time.trim();
    if (filled(m.place)) meeting.place = m.place.trim();
    if (filled(m.chair)) meeting.chair = m.chair.trim();
    const participants = (m.participants ?? '')
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter(Boolean);
    if (participants.length) meeting.participants = participants;
    if (Object.keys(meeting).length) request.meeting = meeting;
  }
  return request;
}

/** Sections are kept per campaign and document kind, whatever the dates. */
export function sectionsKey(request: DocumentRequest): string {
  return `${request.campaignId}:${request.kind}`;
}
