// Ban hành a decision: its number from the document register's (issuer, QĐ, year) sequence, or the
// văn thư's if free; and in ONE transaction the decision fixed as issued and one line of the sổ khen
// thưởng per recipient, with the số sổ next per (year, form) in the danh sách's order, the catalogue row
// in force on the decision's date and the money of that date. Anything refused writes nothing and uses
// no number.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { fieldError, UserError } from '../api/envelope.ts';
import { auditSync } from '../audit.ts';
import { bumpCounter, nextInSequence, type RegisterKey, usedNumbers } from '../documents/register.ts';
import { checkManualNumber, registerType } from '../documents/numbering.ts';
import { parseIsoDate } from '../text/dates.ts';
import {
  councilResults,
  type DecisionSql,
  decisionName,
  decisionRow,
  decisionSymbol,
  formFamily,
  issuerFacts,
  signerFacts,
  unitOrderOf,
} from './decision-records.ts';
import { orderList } from './list-order.ts';
import { RECIPIENT_OF } from './nominees.ts';
import { defaultUnitOrder, nomineeLabel, nomineesById } from './records.ts';
import { baseSalaryOn, formsOn } from './catalogue.ts';
import { rewardDong } from './money.ts';

export function decisionLineIds(raw: BetterSqlite3.Database, decisionId: number): number[] {
  return raw.prepare<[number], number>('SELECT nominee_id FROM decision_lines WHERE decision_id = ? ORDER BY sort, nominee_id').pluck().all(decisionId);
}

/** Numbers of the sequence already taken: by the document register and by the decisions themselves. */
function takenNumbers(raw: BetterSqlite3.Database, key: RegisterKey, exceptId: number): Set<number> {
  const used = usedNumbers(raw, key);
  for (const n of raw
    .prepare<[string, number, number], number>('SELECT number FROM decisions WHERE issuer = ? AND year = ? AND number IS NOT NULL AND id != ?')
    .pluck()
    .all(key.issuer, key.year, exceptId)) {
    used.add(n);
  }
  return used;
}

/** The next number of a (issuer, QĐ, year) sequence: one past the register's last and past every decision's. */
export function nextDecisionNumber(raw: BetterSqlite3.Database, key: RegisterKey, exceptId = -1): number {
  let next = nextInSequence(raw, key);
  for (const n of takenNumbers(raw, key, exceptId)) if (n >= next) next = n + 1;
  return next;
}

/** The number issue would give now: the văn thư's if free, else the next of the sequence. */
function chooseNumber(raw: BetterSqlite3.Database, d: DecisionSql, key: RegisterKey, symbol: string, wanted: number | undefined): number {
  if (wanted === undefined) return nextDecisionNumber(raw, key, d.id);
  try {
    return checkManualNumber(wanted, takenNumbers(raw, key, d.id), symbol, key.year);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${decisionName(d)}: ${error.message}`, { code: error.code, fields: error.fields });
    throw error;
  }
}

export interface IssueArgs {
  id: number;
  number?: number;
  date?: string;
}

/** Everything issue checks before it writes; refused by name, with the field, as the user reads it. */
export function checkIssue(raw: BetterSqlite3.Database, a: IssueArgs) {
  const d = decisionRow(raw, a.id);
  const name = decisionName(d);
  if (d.status === 'da_ban_hanh') throw new UserError(`${name} đã ban hành.`, { code: 'conflict' });
  const date = a.date ?? d.decision_date;
  const year = parseIsoDate(date)!.year;

  const signer = signerFacts(raw, d.signer_id);
  if (!signer) {
    throw fieldError('signerId', d.signer_id === null ? `${name}: chưa chọn người ký.` : `${name}: người ký có mã số ${d.signer_id} không còn trong danh sách người ký.`);
  }
  if (!d.form_code) throw fieldError('formCode', `${name}: chưa chọn hình thức khen thưởng.`);
  const family = formFamily(raw, d.form_code, date);
  if (family.length === 0) {
    throw fieldError('formCode', `${name}: hình thức "${d.form_code}" không có trong danh mục khen thưởng có hiệu lực ngày ${date}.`);
  }
  const issuer = issuerFacts(raw, d.issuer_id, name);
  const symbol = decisionSymbol(issuer.abbreviation);
  if (!symbol) throw fieldError('issuerId', `${name}: cơ quan ban hành chưa có chữ viết tắt để ghi ký hiệu "QĐ-…".`);

  const lineIds = decisionLineIds(raw, d.id);
  const results = councilResults(raw, d.meeting_id, lineIds);
  const nominees = nomineesById(raw, lineIds);
  const accepted = nominees.filter((n) => results.get(n.id)?.passed);
  if (accepted.length === 0) throw fieldError('nomineeIds', `${name}: không có ai được Hội đồng thông qua để khen thưởng.`);
  const refused = nominees.find((n) => !results.get(n.id)?.passed);
  if (refused) {
    const percent = results.get(refused.id)?.percent;
    throw fieldError(
      'nomineeIds',
      `${name}: ${nomineeLabel(refused)} chưa được Hội đồng thông qua${percent ? ` (${percent} phiếu đồng ý)` : ' (chưa có phiếu)'}; bỏ khỏi quyết định hoặc sửa kết quả họp.`,
    );
  }
  const already = raw.prepare<[number], { number: number | null; symbol: string }>(
    `SELECT d.number, d.symbol FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE a.nominee_id = ? AND a.revoked_at IS NULL LIMIT 1`,
  );
  const inForce = formsOn(raw, date);
  const lines = accepted.map((n) => {
    const before = already.get(n.id);
    if (before) throw fieldError('nomineeIds', `${name}: ${nomineeLabel(n)} đã được khen tại Quyết định số ${String(before.number).padStart(2, '0')}/${before.symbol}.`);
    const form = inForce.find((f) => f.code === n.formCode && f.recipient === RECIPIENT_OF[n.kind]);
    if (!form || !family.some((f) => f.id === form.id)) {
      throw fieldError('nomineeIds', `${name}: ${nomineeLabel(n)} được đề nghị "${n.formCode}", không phải hình thức của quyết định này.`);
    }
    return { ...n, form };
  });
  const money = d.money === 1;
  const base = baseSalaryOn(raw, date)?.amount ?? null;
  if (money && base === null) throw fieldError('money', `${name}: chưa có mức lương cơ sở áp dụng ngày ${date} để tính tiền thưởng.`);

  const key: RegisterKey = { issuer: issuer.abbreviation, docType: registerType('quyet_dinh'), year };
  const order = unitOrderOf(d);
  const ordered = orderList(lines, { order: d.list_order, unitOrder: order.length ? order : defaultUnitOrder(raw, date) }).flatMap((s) => s.lines);
  return { d, date, year, issuer, signer, symbol, key, money, base, ordered, number: chooseNumber(raw, d, key, symbol, a.number) };
}

/** `uuid` names the register's lines: random, but seeded where the rows must come out the same (the demo). */
export function issueDecision(raw: BetterSqlite3.Database, a: IssueArgs, now: Date, uuid: () => string = randomUUID): void {
  const { d, date, year, issuer, signer, symbol, key, money, base, ordered, number } = checkIssue(raw, a);
  const at = now.toISOString();

  raw.transaction(() => {
    raw
      .prepare(
        `UPDATE decisions SET status = 'da_ban_hanh', decision_date = @date, year = @year, number = @number, symbol = @symbol,
           issuer = @issuer, issuer_name = @issuer_name, issuer_parent_body = @issuer_parent_body, signer_authority = @authority, signer_title = @title, signer_name = @signer,
           issued_at = @at, updated_at = @at
         WHERE id = @id AND status = 'du_thao'`,
      )
      .run({
        id: d.id,
        date,
        year,
        number,
        symbol,
        issuer: issuer.abbreviation,
        issuer_name: issuer.name,
        issuer_parent_body: issuer.parentBody,
        authority: signer.authority,
        title: signer.title,
        signer: signer.name,
        at,
      });
    const lastBook = raw.prepare<[number, string], number>('SELECT coalesce(max(book_number), 0) FROM awards WHERE book_year = ? AND form_code = ?').pluck();
    const next = new Map<string, number>();
    const insert = raw.prepare(
      `INSERT INTO awards (uuid, decision_id, nominee_id, kind, unit_id, person_id, salutation, name, family_name, middle_name, given_name,
         position, unit_name, achievement, form_id, form_code, form_name, multiplier_milli, base_salary, amount, book_year, book_number, sort, created_at)
       VALUES (@uuid, @decision_id, @nominee_id, @kind, @unit_id, @person_id, @salutation, @name, @family_name, @middle_name, @given_name,
         @position, @unit_name, @achievement, @form_id, @form_code, @form_name, @multiplier_milli, @base_salary, @amount, @book_year, @book_number, @sort, @at)`,
    );
    for (const [i, l] of ordered.entries()) {
      const book = (next.get(l.form.code) ?? lastBook.get(year, l.form.code) ?? 0) + 1;
      next.set(l.form.code, book);
      insert.run({
        uuid: uuid(),
        decision_id: d.id,
        nominee_id: l.id,
        kind: l.kind,
        unit_id: l.unitId,
        person_id: l.personId,
        salutation: l.salutation,
        name: l.name,
        family_name: l.kind === 'ca_nhan' ? l.parts.ho : '',
        middle_name: l.kind === 'ca_nhan' ? l.parts.tenDem : '',
        given_name: l.kind === 'ca_nhan' ? l.parts.ten : '',
        position: l.position,
        unit_name: l.unitName,
        achievement: d.achievement || l.achievement,
        form_id: l.form.id,
        form_code: l.form.code,
        form_name: l.form.name,
        multiplier_milli: l.form.multiplierMilli,
        base_salary: money ? (base ?? 0) : 0,
        amount: money ? rewardDong(l.form.multiplierMilli, base ?? 0) : 0,
        book_year: year,
        book_number: book,
        sort: i + 1,
        at,
      });
    }
    bumpCounter(raw, key, number, at);
    auditSync(raw, now, 'issue', 'decision', d.id, { number, symbol, date, lines: ordered.length });
  })();
}
