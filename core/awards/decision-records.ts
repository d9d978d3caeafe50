// A decision as the handlers, the issue and the document loader read it: its row, its name in messages,
// the forms it may award, who issues and signs it, and which of its nominees the council passed.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { DecisionsTable } from '../../db/schema.ts';
import { notFound, UserError } from '../api/envelope.ts';
import { docSymbol } from '../documents/numbering.ts';
import { pad2 } from '../text/numbers.ts';
import { voteResult } from './council.ts';
import { type AwardForm, formsOn } from './stand-ins.ts';

export type DecisionSql = Selectable<DecisionsTable>;

export function decisionRow(raw: BetterSqlite3.Database, id: number): DecisionSql {
  const row = raw.prepare<[number], DecisionSql>('SELECT * FROM decisions WHERE id = ?').get(id);
  if (!row) throw notFound(`quyết định khen thưởng có mã số ${id}`);
  return row;
}

/** "Quyết định số 25/QĐ-UBND" once issued, "Dự thảo quyết định mã số 3" before. */
export function decisionName(d: Pick<DecisionSql, 'id' | 'status' | 'number' | 'symbol'>): string {
  return d.status === 'da_ban_hanh' && d.number !== null ? `Quyết định số ${pad2(d.number)}/${d.symbol}` : `Dự thảo quyết định mã số ${d.id}`;
}

export function checkDraft(d: DecisionSql): void {
  if (d.status === 'da_ban_hanh') {
    throw new UserError(`${decisionName(d)} đã ban hành: không sửa được. Muốn thu hồi một dòng, dùng "Thu hồi" trong sổ khen thưởng.`, {
      code: 'conflict',
    });
  }
}

/**
 * The catalogue rows a decision of `code` awards on `date`: the row of that code and its siblings of the
 * same name and category for the other recipient types (one Giấy khen decision awards collectives and
 * individuals, whose rows carry two codes).
 */
export function formFamily(raw: BetterSqlite3.Database, code: string, date: string): AwardForm[] {
  const inForce = formsOn(raw, date);
  const own = inForce.find((f) => f.code === code);
  if (!own) return [];
  return inForce.filter((f) => f.name === own.name && f.category === own.category);
}

export interface IssuerFacts {
  abbreviation: string;
  name: string;
  parentBody: string;
}

/** The agency (id null) or one of the other issuers, as its documents print it. */
export function issuerFacts(raw: BetterSqlite3.Database, issuerId: number | null, where: string): IssuerFacts {
  const row =
    issuerId === null
      ? raw.prepare<[], { abbreviation: string; name: string; parent_body: string }>('SELECT abbreviation, name, parent_body FROM agency WHERE id = 1').get()
      : raw.prepare<[number], { abbreviation: string; name: string; parent_body: string }>('SELECT abbreviation, name, parent_body FROM issuers WHERE id = ?').get(issuerId);
  if (!row) {
    throw new UserError(
      issuerId === null ? `${where}: chưa khai báo cơ quan ban hành. Vào Cơ quan, điền tên và chữ viết tắt.` : `${where}: không có cơ quan ban hành có mã số ${issuerId}.`,
      { fields: { issuerId: 'Chọn cơ quan ban hành' } },
    );
  }
  return { abbreviation: row.abbreviation, name: row.name, parentBody: row.parent_body };
}

/** "QĐ-UBND"; empty while the issuer has no abbreviation (a draft can wait for it, the issue cannot). */
export function decisionSymbol(abbreviation: string): string {
  return abbreviation.trim() ? docSymbol('quyet_dinh', abbreviation) : '';
}

export interface SignerFacts {
  authority: string;
  title: string;
  name: string;
}

export function signerFacts(raw: BetterSqlite3.Database, signerId: number | null): SignerFacts | null {
  if (signerId === null) return null;
  return raw.prepare<[number], SignerFacts>('SELECT authority, title, name FROM signers WHERE id = ?').get(signerId) ?? null;
}

/** Nominee id → the council's result: passed, or why not; every nominee passes a decision without a meeting. */
export function councilResults(raw: BetterSqlite3.Database, meetingId: number | null, nomineeIds: readonly number[]): Map<number, { passed: boolean; percent: string }> {
  const results = new Map<number, { passed: boolean; percent: string }>();
  if (meetingId === null) {
    for (const id of nomineeIds) results.set(id, { passed: true, percent: '' });
    return results;
  }
  const m = raw
    .prepare<[number], { members_present: number; threshold_hundredths: number }>('SELECT members_present, threshold_hundredths FROM council_meetings WHERE id = ?')
    .get(meetingId);
  const votes = new Map(
    raw
      .prepare<[number], { nominee_id: number; agree: number }>('SELECT nominee_id, agree FROM meeting_votes WHERE meeting_id = ?')
      .all(meetingId)
      .map((v) => [v.nominee_id, v.agree]),
  );
  for (const id of nomineeIds) {
    const agree = votes.get(id);
    if (agree === undefined || !m) results.set(id, { passed: false, percent: '' });
    else {
      const r = voteResult(agree, m.members_present, m.threshold_hundredths);
      results.set(id, { passed: r.passed, percent: r.percent });
    }
  }
  return results;
}

export function unitOrderOf(d: Pick<DecisionSql, 'unit_order'>): number[] {
  const parsed: unknown = JSON.parse(d.unit_order || '[]');
  return Array.isArray(parsed) ? parsed.filter((v): v is number => Number.isInteger(v)) : [];
}
