// Quyết định khen thưởng: a dự thảo the secretariat edits (form, date, issuer, signer, the nominees it
// awards, the danh sách's order), then issued once (issue.ts) and kept as issued.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedArgs } from '../api/contract.ts';
import { fieldError } from '../api/envelope.ts';
import type { DecisionDetail, DecisionRow } from '../api/types.ts';
import { auditSync } from '../audit.ts';
import type { Context } from '../context.ts';
import { issueSubjectDocument } from '../documents/app.ts';
import { formatDocNumber, registerType } from '../documents/numbering.ts';
import type { Handler } from '../router.ts';
import {
  checkDraft,
  councilResults,
  type DecisionSql,
  decisionName,
  decisionRow,
  decisionSymbol,
  formFamily,
  issuerFacts,
  unitOrderOf,
} from './decision-records.ts';
import { checkIssue, decisionLineIds, nextDecisionNumber } from './issue.ts';
import { meetingName, meetingProposalIds, meetingRow } from './meeting-data.ts';
import { RECIPIENT_OF } from './nominees.ts';
import { nomineesById, nomineesOf } from './records.ts';
import { registerRows } from './register-app.ts';
import { formsOn } from './catalogue.ts';

function issuerAbbreviation(raw: BetterSqlite3.Database, issuerId: number | null): string {
  const sql = issuerId === null ? 'SELECT abbreviation FROM agency WHERE id = 1' : 'SELECT abbreviation FROM issuers WHERE id = ?';
  return raw.prepare<unknown[], string>(sql).pluck().get(...(issuerId === null ? [] : [issuerId])) ?? '';
}

function toRow(raw: BetterSqlite3.Database, d: DecisionSql): DecisionRow {
  const symbol = d.status === 'da_ban_hanh' ? d.symbol : decisionSymbol(issuerAbbreviation(raw, d.issuer_id));
  const formName = formsOn(raw, d.decision_date).find((f) => f.code === d.form_code)?.name ?? d.form_code;
  return {
    id: d.id,
    meetingId: d.meeting_id,
    campaignId: d.campaign_id,
    formCode: d.form_code,
    formName,
    date: d.decision_date,
    issuerId: d.issuer_id,
    signerId: d.signer_id,
    status: d.status,
    number: d.number,
    symbol,
    numberText: symbol ? formatDocNumber({ number: d.status === 'da_ban_hanh' ? d.number : null, symbol }) : '',
    achievement: d.achievement,
    money: d.money === 1,
    listOrder: d.list_order,
    unitOrder: unitOrderOf(d),
    lines: raw.prepare<[number], number>('SELECT count(*) FROM decision_lines WHERE decision_id = ?').pluck().get(d.id) ?? 0,
    issuedAt: d.issued_at,
  };
}

export function decisionDetail(raw: BetterSqlite3.Database, id: number): DecisionDetail {
  const d = decisionRow(raw, id);
  const ids = decisionLineIds(raw, id);
  const results = councilResults(raw, d.meeting_id, ids);
  const byId = new Map(nomineesById(raw, ids).map((n) => [n.id, n]));
  return {
    ...toRow(raw, d),
    lineList: ids.flatMap((nid) => {
      const n = byId.get(nid);
      return n
        ? [{ nomineeId: n.id, proposalId: n.proposalId, kind: n.kind, name: n.name, unitName: n.unitName, formCode: n.formCode, accepted: results.get(n.id)?.passed ?? false }]
        : [];
    }),
  };
}

type DecisionArgs = ParsedArgs<'decisions.create'>;

/** The nominees a new decision awards by default: those the meeting passed, for the decision's forms. */
function defaultNominees(raw: BetterSqlite3.Database, a: DecisionArgs): number[] {
  if (a.meetingId === null || !a.formCode) return [];
  const family = formFamily(raw, a.formCode, a.date);
  const nominees = nomineesOf(raw, meetingProposalIds(raw, a.meetingId)).filter((n) =>
    family.some((f) => f.code === n.formCode && f.recipient === RECIPIENT_OF[n.kind]),
  );
  const results = councilResults(raw, a.meetingId, nominees.map((n) => n.id));
  return nominees.filter((n) => results.get(n.id)?.passed).map((n) => n.id);
}

/** Checks what a draft names; returns the campaign (the meeting's when not given). */
function checkInput(raw: BetterSqlite3.Database, a: DecisionArgs, where: string): number | null {
  let campaignId = a.campaignId;
  if (a.meetingId !== null) {
    const m = meetingRow(raw, a.meetingId);
    campaignId ??= m.campaign_id;
    if (a.nomineeIds) {
      const reviewed = new Set(nomineesOf(raw, meetingProposalIds(raw, m.id)).map((n) => n.id));
      for (const [i, nid] of a.nomineeIds.entries()) {
        if (!reviewed.has(nid)) {
          throw fieldError(`nomineeIds.${i}`, `${where}: người, tập thể có mã số ${nid} không thuộc các đề nghị ${meetingName(m).toLowerCase()} đã xét.`);
        }
      }
    }
  }
  if (a.nomineeIds) {
    const found = new Set(nomineesById(raw, a.nomineeIds).map((n) => n.id));
    const missing = a.nomineeIds.findIndex((nid) => !found.has(nid));
    if (missing >= 0) throw fieldError(`nomineeIds.${missing}`, `${where}: không có người, tập thể được đề nghị có mã số ${a.nomineeIds[missing]}.`);
  }
  if (campaignId !== null && !raw.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(campaignId)) {
    throw fieldError('campaignId', `${where}: không có đợt thi đua có mã số ${campaignId}.`);
  }
  if (a.formCode && !raw.prepare('SELECT 1 FROM award_forms WHERE code = ?').get(a.formCode)) {
    throw fieldError('formCode', `${where}: hình thức khen thưởng "${a.formCode}" không có trong danh mục.`);
  }
  if (a.issuerId !== null && !raw.prepare('SELECT 1 FROM issuers WHERE id = ?').get(a.issuerId)) {
    throw fieldError('issuerId', `${where}: không có cơ quan ban hành có mã số ${a.issuerId}.`);
  }
  if (a.signerId !== null && !raw.prepare('SELECT 1 FROM signers WHERE id = ?').get(a.signerId)) {
    throw fieldError('signerId', `${where}: không có người ký có mã số ${a.signerId}.`);
  }
  return campaignId;
}

const values = (a: DecisionArgs, campaignId: number | null, at: string) => ({
  meeting_id: a.meetingId,
  campaign_id: campaignId,
  form_code: a.formCode,
  decision_date: a.date,
  issuer_id: a.issuerId,
  signer_id: a.signerId,
  achievement: a.achievement,
  money: a.money ? 1 : 0,
  list_order: a.listOrder,
  unit_order: JSON.stringify(a.unitOrder),
  at,
});

function setLines(raw: BetterSqlite3.Database, decisionId: number, nomineeIds: readonly number[]): void {
  raw.prepare('DELETE FROM decision_lines WHERE decision_id = ?').run(decisionId);
  const put = raw.prepare('INSERT OR IGNORE INTO decision_lines (decision_id, nominee_id, sort) VALUES (?, ?, ?)');
  for (const [i, nid] of nomineeIds.entries()) put.run(decisionId, nid, i + 1);
}

const create: Handler<'decisions.create'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const campaignId = checkInput(raw, a, 'Dự thảo quyết định mới');
  const nomineeIds = a.nomineeIds ?? defaultNominees(raw, a);
  const id = raw.transaction(() => {
    const newId = Number(
      raw
        .prepare(
          `INSERT INTO decisions (uuid, meeting_id, campaign_id, form_code, decision_date, issuer_id, signer_id, achievement, money,
             list_order, unit_order, created_at, updated_at)
           VALUES (@uuid, @meeting_id, @campaign_id, @form_code, @decision_date, @issuer_id, @signer_id, @achievement, @money,
             @list_order, @unit_order, @at, @at)`,
        )
        .run({ ...values(a, campaignId, ctx.now().toISOString()), uuid: randomUUID() }).lastInsertRowid,
    );
    setLines(raw, newId, nomineeIds);
    auditSync(raw, ctx.now(), 'create', 'decision', newId, { formCode: a.formCode, meetingId: a.meetingId, lines: nomineeIds.length });
    return newId;
  })();
  return decisionDetail(raw, id);
};

const update: Handler<'decisions.update'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const d = decisionRow(raw, a.id);
  checkDraft(d);
  const campaignId = checkInput(raw, a, decisionName(d));
  raw.transaction(() => {
    raw
      .prepare(
        `UPDATE decisions SET meeting_id = @meeting_id, campaign_id = @campaign_id, form_code = @form_code, decision_date = @decision_date,
           issuer_id = @issuer_id, signer_id = @signer_id, achievement = @achievement, money = @money, list_order = @list_order,
           unit_order = @unit_order, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...values(a, campaignId, ctx.now().toISOString()), id: d.id });
    if (a.nomineeIds) setLines(raw, d.id, a.nomineeIds);
    auditSync(raw, ctx.now(), 'update', 'decision', d.id, { formCode: a.formCode, lines: a.nomineeIds?.length });
  })();
  return decisionDetail(raw, d.id);
};

/**
 * Ban hành from the register: the decision and its quyết định are issued as one event (the document's
 * module issues the decision inside the transaction that registers the file), so the register holds
 * one row under the decision's one number, made from the draft document if there is one. The
 * decision's own checks run first, so a refusal names what the decision lacks and writes nothing.
 */
const issue: Handler<'decisions.issue'> = async (ctx, a) => {
  const raw = ctx.conn.raw;
  const { number } = checkIssue(raw, a);
  await issueSubjectDocument(ctx, { kind: 'quyet_dinh', decisionId: a.id }, { number, date: a.date });
  return { ...decisionDetail(raw, a.id), awards: registerRows(raw, { decisionId: a.id }) };
};

const nextNumber: Handler<'decisions.nextNumber'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  if (a.decisionId !== undefined) {
    const d = decisionRow(raw, a.decisionId);
    checkDraft(d);
    const { number, symbol, year } = checkNumberOnly(raw, d);
    return { number, numberText: formatDocNumber({ number, symbol }), year };
  }
  const year = a.year ?? ctx.now().getFullYear();
  const issuer = issuerFacts(raw, a.issuerId ?? null, 'Số quyết định tiếp theo');
  const symbol = decisionSymbol(issuer.abbreviation);
  if (!symbol) throw fieldError('issuerId', 'Cơ quan ban hành chưa có chữ viết tắt để ghi ký hiệu "QĐ-…".');
  const number = nextDecisionNumber(raw, { issuer: issuer.abbreviation, docType: registerType('quyet_dinh'), year });
  return { number, numberText: formatDocNumber({ number, symbol }), year };
};

/** A draft's next number from its issuer and the year of its date, whatever else it still lacks. */
function checkNumberOnly(raw: BetterSqlite3.Database, d: DecisionSql) {
  const issuer = issuerFacts(raw, d.issuer_id, decisionName(d));
  const symbol = decisionSymbol(issuer.abbreviation);
  if (!symbol) throw fieldError('issuerId', `${decisionName(d)}: cơ quan ban hành chưa có chữ viết tắt để ghi ký hiệu "QĐ-…".`);
  const year = Number(d.decision_date.slice(0, 4));
  return { number: nextDecisionNumber(raw, { issuer: issuer.abbreviation, docType: registerType('quyet_dinh'), year }, d.id), symbol, year };
}

const list: Handler<'decisions.list'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  return raw
    .prepare<[number | null, number | null, string | null, string | null], DecisionSql>(
      'SELECT * FROM decisions WHERE (? IS NULL OR campaign_id = ?) AND (? IS NULL OR status = ?) ORDER BY decision_date DESC, id DESC',
    )
    .all(a.campaignId ?? null, a.campaignId ?? null, a.status ?? null, a.status ?? null)
    .map((d) => toRow(raw, d));
};

export const decisionHandlers = {
  'decisions.list': list,
  'decisions.get': (ctx: Context, a: { id: number }) => decisionDetail(ctx.conn.raw, a.id),
  'decisions.create': create,
  'decisions.update': update,
  'decisions.issue': issue,
  'decisions.nextNumber': nextNumber,
};
