// Proposals (đề nghị khen thưởng, DOMAIN.md §2.5): a unit's (or the secretariat's own) list of nominees
// with the proposed form and a short achievement, for a campaign or a year, and the papers that come
// with it. Every answer carries the proposal's warnings; none of them stops it.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { fieldError, UserError } from '../api/envelope.ts';
import type { ParsedArgs } from '../api/contract.ts';
import type { NomineeRow, ProposalDetail, ProposalRow } from '../api/types.ts';
import { auditSync } from '../audit.ts';
import type { Context } from '../context.ts';
import type { Handler } from '../router.ts';
import { attachmentRows, attachHandlers } from './attachments.ts';
import {
  type NomineeRecord,
  nomineeById,
  nomineeLabel,
  nomineesOf,
  type ProposalSql,
  proposalDay,
  proposalName,
  proposalRow,
} from './records.ts';
import { formsOn } from './catalogue.ts';
import { warningsOf } from './warnings-data.ts';

function formNames(raw: BetterSqlite3.Database, day: string): Map<string, string> {
  return new Map(formsOn(raw, day).map((f) => [f.code, f.name]));
}

function toNomineeRow(n: NomineeRecord, names: Map<string, string>): NomineeRow {
  return {
    id: n.id,
    proposalId: n.proposalId,
    kind: n.kind,
    unitId: n.unitId,
    unitName: n.unitName,
    personId: n.personId,
    name: n.name,
    position: n.position,
    formCode: n.formCode,
    formName: names.get(n.formCode) ?? n.formCode,
    achievement: n.achievement,
    sort: n.sort,
  };
}

function listRow(raw: BetterSqlite3.Database, p: ProposalSql, warningCount: number): ProposalRow {
  const unitName = p.unit_id === null ? '' : (raw.prepare<[number], string>('SELECT name FROM units WHERE id = ?').pluck().get(p.unit_id) ?? '');
  const campaignName =
    p.campaign_id === null ? '' : (raw.prepare<[number], string>('SELECT name FROM campaigns WHERE id = ?').pluck().get(p.campaign_id) ?? '');
  const nominees = raw.prepare<[number], number>('SELECT count(*) FROM proposal_nominees WHERE proposal_id = ?').pluck().get(p.id) ?? 0;
  return {
    id: p.id,
    uuid: p.uuid,
    unitId: p.unit_id,
    unitName,
    campaignId: p.campaign_id,
    campaignName,
    year: p.year,
    submissionNumber: p.submission_number,
    submissionDate: p.submission_date,
    status: p.status,
    note: p.note,
    nominees,
    warningCount,
    updatedAt: p.updated_at,
  };
}

export function proposalDetail(raw: BetterSqlite3.Database, id: number, now: Date): ProposalDetail {
  const p = proposalRow(raw, id);
  const day = proposalDay(p, now);
  const nominees = nomineesOf(raw, [id]);
  const names = formNames(raw, day);
  const warnings = warningsOf(raw, p, nominees, day);
  return {
    ...listRow(raw, p, warnings.length),
    nomineeList: nominees.map((n) => toNomineeRow(n, names)),
    attachments: attachmentRows(raw, id),
    warnings,
  };
}

const list: Handler<'proposals.list'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const rows = raw
    .prepare<[number | null, number | null, number | null, number | null, number | null, number | null], ProposalSql>(
      `SELECT * FROM proposals WHERE (? IS NULL OR campaign_id = ?) AND (? IS NULL OR year = ?) AND (? IS NULL OR unit_id = ?)
        ORDER BY year DESC, id DESC`,
    )
    .all(a.campaignId ?? null, a.campaignId ?? null, a.year ?? null, a.year ?? null, a.unitId ?? null, a.unitId ?? null);
  return rows.map((p) => listRow(raw, p, warningsOf(raw, p, nomineesOf(raw, [p.id]), proposalDay(p, ctx.now())).length));
};

function checkRefs(raw: BetterSqlite3.Database, a: { unitId: number | null; campaignId: number | null }): void {
  if (a.unitId !== null && !raw.prepare('SELECT 1 FROM units WHERE id = ?').get(a.unitId)) {
    throw fieldError('unitId', `Không có đơn vị đề nghị có mã số ${a.unitId}.`);
  }
  if (a.campaignId !== null && !raw.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(a.campaignId)) {
    throw fieldError('campaignId', `Không có đợt thi đua có mã số ${a.campaignId}.`);
  }
}

type ProposalArgs = ParsedArgs<'proposals.create'>;
const proposalValues = (a: ProposalArgs, at: string) => ({
  unit_id: a.unitId,
  campaign_id: a.campaignId,
  year: a.year,
  submission_number: a.submissionNumber,
  submission_date: a.submissionDate,
  status: a.status,
  note: a.note,
  at,
});

const create: Handler<'proposals.create'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  checkRefs(raw, a);
  const id = raw.transaction(() => {
    const newId = Number(
      raw
        .prepare(
          `INSERT INTO proposals (uuid, unit_id, campaign_id, year, submission_number, submission_date, status, note, created_at, updated_at)
           VALUES (@uuid, @unit_id, @campaign_id, @year, @submission_number, @submission_date, @status, @note, @at, @at)`,
        )
        .run({ ...proposalValues(a, ctx.now().toISOString()), uuid: randomUUID() }).lastInsertRowid,
    );
    auditSync(raw, ctx.now(), 'create', 'proposal', newId, { unitId: a.unitId, campaignId: a.campaignId, year: a.year });
    return newId;
  })();
  return proposalDetail(raw, id, ctx.now());
};

const update: Handler<'proposals.update'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  proposalRow(raw, a.id);
  checkRefs(raw, a);
  raw.transaction(() => {
    raw
      .prepare(
        `UPDATE proposals SET unit_id = @unit_id, campaign_id = @campaign_id, year = @year, submission_number = @submission_number,
           submission_date = @submission_date, status = @status, note = @note, updated_at = @at WHERE id = @id`,
      )
      .run({ ...proposalValues(a, ctx.now().toISOString()), id: a.id });
    auditSync(raw, ctx.now(), 'update', 'proposal', a.id, { status: a.status });
  })();
  return proposalDetail(raw, a.id, ctx.now());
};

/** Why a nominee cannot go: the votes or decisions that name it. */
function nomineeHeld(raw: BetterSqlite3.Database, nomineeIds: readonly number[]): string | null {
  if (nomineeIds.length === 0) return null;
  const marks = nomineeIds.map(() => '?').join(',');
  const votes = raw.prepare<number[], number>(`SELECT count(*) FROM meeting_votes WHERE nominee_id IN (${marks})`).pluck().get(...nomineeIds) ?? 0;
  const lines = raw.prepare<number[], number>(`SELECT count(*) FROM decision_lines WHERE nominee_id IN (${marks})`).pluck().get(...nomineeIds) ?? 0;
  const awards = raw.prepare<number[], number>(`SELECT count(*) FROM awards WHERE nominee_id IN (${marks})`).pluck().get(...nomineeIds) ?? 0;
  if (awards) return 'đã vào sổ khen thưởng';
  if (lines) return 'đã có trong quyết định khen thưởng';
  if (votes) return 'Hội đồng đã bỏ phiếu';
  return null;
}

const remove: Handler<'proposals.remove'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const p = proposalRow(raw, a.id);
  const name = proposalName(raw, p);
  if (p.status !== 'du_thao') {
    throw new UserError(`${name} đã trình, không xóa được; chỉ xóa được đề nghị còn là dự thảo.`, { code: 'conflict' });
  }
  const held = nomineeHeld(raw, nomineesOf(raw, [p.id]).map((n) => n.id));
  if (held) throw new UserError(`${name} không xóa được: ${held}.`, { code: 'conflict' });
  if (raw.prepare('SELECT 1 FROM meeting_proposals WHERE proposal_id = ?').get(p.id)) {
    throw new UserError(`${name} không xóa được: đã đưa vào cuộc họp Hội đồng.`, { code: 'conflict' });
  }
  if (raw.prepare('SELECT 1 FROM proposal_attachments WHERE proposal_id = ?').get(p.id)) {
    throw new UserError(`${name} không xóa được: còn tệp đính kèm. Gỡ các tệp trước.`, { code: 'conflict' });
  }
  raw.transaction(() => {
    raw.prepare('DELETE FROM proposals WHERE id = ?').run(p.id);
    auditSync(raw, ctx.now(), 'delete', 'proposal', p.id, { name });
  })();
  return { removed: p.id };
};

type NomineeArgs = ParsedArgs<'proposals.updateNominee'>;

/** The nominee's fields as its kind needs them; refused in Vietnamese naming the proposal and the field. */
function nomineeValues(raw: BetterSqlite3.Database, where: string, a: Omit<NomineeArgs, 'id'>) {
  const unit = (required: boolean) => {
    if (a.unitId === null) {
      if (required) throw fieldError('unitId', `${where}: chọn đơn vị.`);
      return null;
    }
    if (!raw.prepare('SELECT 1 FROM units WHERE id = ?').get(a.unitId)) throw fieldError('unitId', `${where}: không có đơn vị có mã số ${a.unitId}.`);
    return a.unitId;
  };
  const named = (what: string) => {
    if (!a.name) throw fieldError('name', `${where}: ${what} được đề nghị chưa có tên.`);
    return a.name;
  };
  let values: { unit_id: number | null; person_id: number | null; name: string };
  switch (a.kind) {
    case 'don_vi':
      values = { unit_id: unit(true), person_id: null, name: '' };
      break;
    case 'tap_the':
      values = { unit_id: unit(true), person_id: null, name: named('tập thể') };
      break;
    case 'ho_gia_dinh':
      values = { unit_id: unit(false), person_id: null, name: named('hộ gia đình') };
      break;
    case 'ca_nhan':
      if (a.personId === null) throw fieldError('personId', `${where}: chọn cá nhân được đề nghị.`);
      if (!raw.prepare('SELECT 1 FROM people WHERE id = ?').get(a.personId)) {
        throw fieldError('personId', `${where}: không có cá nhân có mã số ${a.personId}.`);
      }
      values = { unit_id: unit(false), person_id: a.personId, name: '' };
      break;
  }
  if (!raw.prepare('SELECT 1 FROM award_forms WHERE code = ?').get(a.formCode)) {
    throw fieldError('formCode', `${where}: hình thức khen thưởng "${a.formCode}" không có trong danh mục.`);
  }
  return { ...values, kind: a.kind, form_code: a.formCode, achievement: a.achievement };
}

const addNominee: Handler<'proposals.addNominee'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const p = proposalRow(raw, a.proposalId);
  const values = nomineeValues(raw, proposalName(raw, p), a);
  raw.transaction(() => {
    const sort = (raw.prepare<[number], number>('SELECT coalesce(max(sort), 0) FROM proposal_nominees WHERE proposal_id = ?').pluck().get(p.id) ?? 0) + 1;
    const at = ctx.now().toISOString();
    const id = Number(
      raw
        .prepare(
          `INSERT INTO proposal_nominees (uuid, proposal_id, kind, unit_id, person_id, name, form_code, achievement, sort, created_at, updated_at)
           VALUES (@uuid, @proposal_id, @kind, @unit_id, @person_id, @name, @form_code, @achievement, @sort, @at, @at)`,
        )
        .run({ ...values, uuid: randomUUID(), proposal_id: p.id, sort, at }).lastInsertRowid,
    );
    raw.prepare('UPDATE proposals SET updated_at = ? WHERE id = ?').run(at, p.id);
    auditSync(raw, ctx.now(), 'create', 'proposal_nominee', id, { proposalId: p.id, kind: a.kind, formCode: a.formCode });
  })();
  return proposalDetail(raw, p.id, ctx.now());
};

const updateNominee: Handler<'proposals.updateNominee'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const n = nomineeById(raw, a.id);
  const p = proposalRow(raw, n.proposalId);
  const where = proposalName(raw, p);
  const held = nomineeHeld(raw, [n.id]);
  if (held === 'đã vào sổ khen thưởng' || held === 'đã có trong quyết định khen thưởng') {
    throw new UserError(`${where}: ${nomineeLabel(n)} ${held}, không sửa được.`, { code: 'conflict' });
  }
  const values = nomineeValues(raw, where, a);
  raw.transaction(() => {
    const at = ctx.now().toISOString();
    raw
      .prepare(
        `UPDATE proposal_nominees SET kind = @kind, unit_id = @unit_id, person_id = @person_id, name = @name, form_code = @form_code,
           achievement = @achievement, updated_at = @at WHERE id = @id`,
      )
      .run({ ...values, id: n.id, at });
    raw.prepare('UPDATE proposals SET updated_at = ? WHERE id = ?').run(at, p.id);
    auditSync(raw, ctx.now(), 'update', 'proposal_nominee', n.id, { proposalId: p.id, kind: a.kind, formCode: a.formCode });
  })();
  return proposalDetail(raw, p.id, ctx.now());
};

const removeNominee: Handler<'proposals.removeNominee'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const n = nomineeById(raw, a.id);
  const p = proposalRow(raw, n.proposalId);
  const held = nomineeHeld(raw, [n.id]);
  if (held) throw new UserError(`${proposalName(raw, p)}: ${nomineeLabel(n)} ${held}, không xóa được.`, { code: 'conflict' });
  raw.transaction(() => {
    raw.prepare('UPDATE proposal_attachments SET nominee_id = NULL WHERE nominee_id = ?').run(n.id);
    raw.prepare('DELETE FROM proposal_nominees WHERE id = ?').run(n.id);
    auditSync(raw, ctx.now(), 'delete', 'proposal_nominee', n.id, { proposalId: p.id, name: n.name });
  })();
  return proposalDetail(raw, p.id, ctx.now());
};

export const proposalHandlers = {
  'proposals.list': list,
  'proposals.get': (ctx: Context, a: { id: number }) => proposalDetail(ctx.conn.raw, a.id, ctx.now()),
  'proposals.create': create,
  'proposals.update': update,
  'proposals.remove': remove,
  'proposals.addNominee': addNominee,
  'proposals.updateNominee': updateNominee,
  'proposals.removeNominee': removeNominee,
  ...attachHandlers,
};
