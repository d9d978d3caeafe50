// The council meeting (DOMAIN.md §2.7): who sat, which proposals it reviewed, and the agree count per
// nominee. A meeting a decision was issued from is part of that decision's history and no longer changes.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedArgs } from '../api/contract.ts';
import { fieldError, UserError } from '../api/envelope.ts';
import type { MeetingDetail, MeetingRow } from '../api/types.ts';
import { auditSync } from '../audit.ts';
import type { Context } from '../context.ts';
import type { Handler } from '../router.ts';
import { checkAttendance, checkVote, DEFAULT_THRESHOLD_HUNDREDTHS, formatThreshold, thresholdHundredths } from './council.ts';
import { type MeetingSql, meetingData, meetingName, meetingProposalIds, meetingRow } from './meeting-data.ts';
import { nomineeLabel } from './records.ts';

/** The settings' threshold (key councilThreshold, hundredths of a percent); the default when unset. */
export function councilThreshold(raw: BetterSqlite3.Database): number {
  const value = Number(raw.prepare<[], string>("SELECT value FROM settings WHERE key = 'councilThreshold'").pluck().get());
  return Number.isInteger(value) && value >= 1 && value <= 10000 ? value : DEFAULT_THRESHOLD_HUNDREDTHS;
}

function toRow(raw: BetterSqlite3.Database, m: MeetingSql): MeetingRow {
  return {
    id: m.id,
    campaignId: m.campaign_id,
    date: m.meeting_date,
    place: m.place,
    membersTotal: m.members_total,
    membersPresent: m.members_present,
    chair: m.chair,
    secretary: m.secretary,
    thresholdHundredths: m.threshold_hundredths,
    threshold: formatThreshold(m.threshold_hundredths),
    note: m.note,
    proposalIds: meetingProposalIds(raw, m.id),
  };
}

export function meetingDetail(raw: BetterSqlite3.Database, id: number): MeetingDetail {
  const data = meetingData(raw, id);
  return {
    ...toRow(raw, meetingRow(raw, id)),
    votes: data.votes.map((v) => ({
      nomineeId: v.id,
      proposalId: v.proposalId,
      kind: v.kind,
      name: v.name,
      unitName: v.unitName,
      formCode: v.formCode,
      formName: v.formName,
      agree: v.agree,
      percent: v.percent,
      passed: v.passed,
    })),
  };
}

/** A meeting whose result an issued decision rests on is history. */
function checkOpen(raw: BetterSqlite3.Database, m: MeetingSql): void {
  const issued = raw
    .prepare<[number], { number: number; symbol: string }>("SELECT number, symbol FROM decisions WHERE meeting_id = ? AND status = 'da_ban_hanh' LIMIT 1")
    .get(m.id);
  if (issued) {
    throw new UserError(
      `${meetingName(m)} đã là căn cứ của Quyết định số ${String(issued.number).padStart(2, '0')}/${issued.symbol} đã ban hành: không sửa được kết quả họp.`,
      { code: 'conflict' },
    );
  }
}

type MeetingArgs = ParsedArgs<'meetings.create'>;

function checkInput(raw: BetterSqlite3.Database, a: MeetingArgs, where: string): number | undefined {
  checkAttendance(a.membersTotal, a.membersPresent, where);
  if (a.campaignId !== null && !raw.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(a.campaignId)) {
    throw fieldError('campaignId', `${where}: không có đợt thi đua có mã số ${a.campaignId}.`);
  }
  for (const [i, pid] of a.proposalIds.entries()) {
    if (!raw.prepare('SELECT 1 FROM proposals WHERE id = ?').get(pid)) {
      throw fieldError(`proposalIds.${i}`, `${where}: không có đề nghị khen thưởng có mã số ${pid}.`);
    }
  }
  return a.thresholdPercent === undefined ? undefined : thresholdHundredths(a.thresholdPercent);
}

function setProposals(raw: BetterSqlite3.Database, meetingId: number, ids: readonly number[]): void {
  raw.prepare('DELETE FROM meeting_proposals WHERE meeting_id = ?').run(meetingId);
  const put = raw.prepare('INSERT OR IGNORE INTO meeting_proposals (meeting_id, proposal_id) VALUES (?, ?)');
  for (const pid of ids) put.run(meetingId, pid);
}

const values = (a: MeetingArgs, threshold: number, at: string) => ({
  campaign_id: a.campaignId,
  meeting_date: a.date,
  place: a.place,
  members_total: a.membersTotal,
  members_present: a.membersPresent,
  chair: a.chair,
  secretary: a.secretary,
  threshold_hundredths: threshold,
  note: a.note,
  at,
});

const create: Handler<'meetings.create'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const threshold = checkInput(raw, a, meetingName({ meeting_date: a.date })) ?? councilThreshold(raw);
  const id = raw.transaction(() => {
    const newId = Number(
      raw
        .prepare(
          `INSERT INTO council_meetings (uuid, campaign_id, meeting_date, place, members_total, members_present, chair, secretary,
             threshold_hundredths, note, created_at, updated_at)
           VALUES (@uuid, @campaign_id, @meeting_date, @place, @members_total, @members_present, @chair, @secretary,
             @threshold_hundredths, @note, @at, @at)`,
        )
        .run({ ...values(a, threshold, ctx.now().toISOString()), uuid: randomUUID() }).lastInsertRowid,
    );
    setProposals(raw, newId, a.proposalIds);
    auditSync(raw, ctx.now(), 'create', 'council_meeting', newId, { date: a.date, proposals: a.proposalIds });
    return newId;
  })();
  return meetingDetail(raw, id);
};

const update: Handler<'meetings.update'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const m = meetingRow(raw, a.id);
  checkOpen(raw, m);
  const where = meetingName(m);
  const threshold = checkInput(raw, a, where) ?? m.threshold_hundredths;
  const data = meetingData(raw, m.id);
  for (const v of data.votes) {
    if (v.agree !== null && v.agree > a.membersPresent) {
      throw fieldError(
        'membersPresent',
        `${where}: ${nomineeLabel(v)} đã có ${v.agree} phiếu đồng ý, nhiều hơn ${a.membersPresent} thành viên có mặt. Sửa số phiếu trước.`,
      );
    }
    if (v.agree !== null && !a.proposalIds.includes(v.proposalId)) {
      throw fieldError('proposalIds', `${where}: đã bỏ phiếu cho ${nomineeLabel(v)}, không bỏ đề nghị của người này ra khỏi cuộc họp được.`);
    }
  }
  raw.transaction(() => {
    raw
      .prepare(
        `UPDATE council_meetings SET campaign_id = @campaign_id, meeting_date = @meeting_date, place = @place, members_total = @members_total,
           members_present = @members_present, chair = @chair, secretary = @secretary, threshold_hundredths = @threshold_hundredths,
           note = @note, updated_at = @at WHERE id = @id`,
      )
      .run({ ...values(a, threshold, ctx.now().toISOString()), id: m.id });
    setProposals(raw, m.id, a.proposalIds);
    auditSync(raw, ctx.now(), 'update', 'council_meeting', m.id, { date: a.date, proposals: a.proposalIds, threshold });
  })();
  return meetingDetail(raw, m.id);
};

const setVotes: Handler<'meetings.setVotes'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const m = meetingRow(raw, a.meetingId);
  checkOpen(raw, m);
  const where = meetingName(m);
  const reviewed = new Map(meetingData(raw, m.id).votes.map((v) => [v.id, v]));
  // Every count is checked before any is written: one bad line writes nothing.
  for (const [i, v] of a.votes.entries()) {
    const nominee = reviewed.get(v.nomineeId);
    if (!nominee) {
      throw fieldError(`votes.${i}.nomineeId`, `${where}: người, tập thể có mã số ${v.nomineeId} không thuộc các đề nghị cuộc họp này xem xét.`);
    }
    checkVote(v.agree, m.members_present, where, nomineeLabel(nominee), `votes.${i}.agree`);
  }
  raw.transaction(() => {
    const put = raw.prepare(
      'INSERT INTO meeting_votes (meeting_id, nominee_id, agree) VALUES (?, ?, ?) ON CONFLICT (meeting_id, nominee_id) DO UPDATE SET agree = excluded.agree',
    );
    for (const v of a.votes) put.run(m.id, v.nomineeId, v.agree);
    raw.prepare('UPDATE council_meetings SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), m.id);
    auditSync(raw, ctx.now(), 'votes', 'council_meeting', m.id, a.votes);
  })();
  return meetingDetail(raw, m.id);
};

const list: Handler<'meetings.list'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  return raw
    .prepare<[number | null, number | null], MeetingSql>(
      'SELECT * FROM council_meetings WHERE (? IS NULL OR campaign_id = ?) ORDER BY meeting_date DESC, id DESC',
    )
    .all(a.campaignId ?? null, a.campaignId ?? null)
    .map((m) => toRow(raw, m));
};

export const meetingHandlers = {
  'meetings.list': list,
  'meetings.get': (ctx: Context, a: { id: number }) => meetingDetail(ctx.conn.raw, a.id),
  'meetings.create': create,
  'meetings.update': update,
  'meetings.setVotes': setVotes,
};
