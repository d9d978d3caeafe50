// Everything the quyết định khen thưởng and its danh sách need (DOMAIN.md §3.3): issuer, signer, number,
// date, form, the sections "I. TẬP THỂ (n tập thể)" / "II. CÁ NHÂN (m cá nhân)" in the decision's order,
// each line's money and the totals. An issued decision is read from the register as issued; a draft
// from its nominees as they stand, with the rules of its date.
import type BetterSqlite3 from 'better-sqlite3';
import type { NomineeKind } from '../../db/schema.ts';
import { formatDocNumber } from '../documents/numbering.ts';
import { parseIsoDate } from '../text/dates.ts';
import { councilResults, decisionRow, decisionSymbol, formFamily, issuerFacts, signerFacts, unitOrderOf } from './decision-records.ts';
import { decisionLineIds } from './issue.ts';
import { type ListSection, type Orderable, orderList } from './list-order.ts';
import { RECIPIENT_OF } from './nominees.ts';
import { defaultUnitOrder, nomineesById } from './records.ts';
import { baseSalaryOn, formsOn, rewardAmount } from './stand-ins.ts';

export interface DecisionLine extends Orderable {
  /** The register line; null in a draft. */
  awardId: number | null;
  nomineeId: number | null;
  kind: NomineeKind;
  salutation: string;
  position: string;
  /**
   * The danh sách's main column: a person's name; a collective as "Tổ dân phố 5, Phường Linh Trung";
   * a unit or a household by its name.
   */
  title: string;
  /** "Chức vụ, đơn vị công tác" for a person; empty for the others. */
  detail: string;
  formCode: string;
  formName: string;
  multiplierMilli: number;
  /** Đồng; 0 when the decision carries no money. */
  amount: number;
  /** Số sổ; null in a draft. */
  bookNumber: number | null;
  revoked: boolean;
  revokedReason: string;
}

export interface PaymentLine {
  formCode: string;
  formName: string;
  count: number;
  /** The amount each recipient of the form gets (one multiplier per form and date). */
  each: number;
  total: number;
}

export interface DecisionData {
  decisionId: number;
  status: 'du_thao' | 'da_ban_hanh';
  issuer: { abbreviation: string; name: string; parentBody: string };
  /** Authority lines one a line, title, name; null while a draft names no signer. */
  signer: { authority: string[]; title: string; name: string } | null;
  number: number | null;
  symbol: string;
  /** "25/QĐ-UBND", or the blank a draft carries. */
  numberText: string;
  date: string;
  year: number;
  /** The decision's form in force on its date; null while a draft has none. */
  form: { code: string; name: string; category: string; certificateTitle: string; legalBasis: string } | null;
  achievement: string;
  money: boolean;
  baseSalary: number | null;
  campaign: { id: number; name: string; planNumber: string; planDate: string | null } | null;
  meeting: { id: number; date: string } | null;
  sections: ListSection<DecisionLine>[];
  counts: { tapThe: number; caNhan: number; hoGiaDinh: number };
  payments: PaymentLine[];
  totalAmount: number;
}

function title(kind: NomineeKind, name: string, unitName: string): string {
  return kind === 'tap_the' && unitName ? `${name}, ${unitName}` : name;
}

function detail(kind: NomineeKind, position: string, unitName: string): string {
  return kind === 'ca_nhan' ? [position, unitName].filter(Boolean).join(', ') : '';
}

interface AwardLineSql {
  id: number;
  nominee_id: number | null;
  kind: NomineeKind;
  unit_id: number | null;
  salutation: string;
  name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  position: string;
  unit_name: string;
  form_code: string;
  form_name: string;
  multiplier_milli: number;
  amount: number;
  book_number: number;
  revoked_at: string | null;
  revoked_reason: string;
}

function issuedLines(raw: BetterSqlite3.Database, decisionId: number): DecisionLine[] {
  return raw
    .prepare<[number], AwardLineSql>('SELECT * FROM awards WHERE decision_id = ? ORDER BY sort, id')
    .all(decisionId)
    .map((a) => ({
      awardId: a.id,
      nomineeId: a.nominee_id,
      kind: a.kind,
      unitId: a.unit_id,
      unitName: a.unit_name,
      name: a.name,
      parts: a.kind === 'ca_nhan' ? { ho: a.family_name, tenDem: a.middle_name, ten: a.given_name } : { ho: '', tenDem: '', ten: a.name },
      salutation: a.salutation,
      position: a.position,
      title: title(a.kind, a.name, a.unit_name),
      detail: detail(a.kind, a.position, a.unit_name),
      formCode: a.form_code,
      formName: a.form_name,
      multiplierMilli: a.multiplier_milli,
      amount: a.amount,
      bookNumber: a.book_number,
      revoked: a.revoked_at !== null,
      revokedReason: a.revoked_reason,
    }));
}

function draftLines(raw: BetterSqlite3.Database, decisionId: number, date: string, money: boolean, base: number | null): DecisionLine[] {
  const inForce = formsOn(raw, date);
  return nomineesById(raw, decisionLineIds(raw, decisionId)).map((n) => {
    const form = inForce.find((f) => f.code === n.formCode && f.recipient === RECIPIENT_OF[n.kind]);
    const milli = form?.multiplier_milli ?? 0;
    return {
      ...n,
      awardId: null,
      nomineeId: n.id,
      title: title(n.kind, n.name, n.unitName),
      detail: detail(n.kind, n.position, n.unitName),
      formName: form?.name ?? n.formCode,
      multiplierMilli: milli,
      amount: money && base !== null ? rewardAmount(milli, base) : 0,
      bookNumber: null,
      revoked: false,
      revokedReason: '',
    };
  });
}

export function decisionData(raw: BetterSqlite3.Database, id: number): DecisionData {
  const d = decisionRow(raw, id);
  const issued = d.status === 'da_ban_hanh';
  const money = d.money === 1;
  const date = d.decision_date;
  // An issued decision counted its money with the salary it stored; a draft with the one of its date.
  const base = issued
    ? (raw.prepare<[number], number | null>('SELECT max(base_salary) FROM awards WHERE decision_id = ?').pluck().get(d.id) ?? null)
    : baseSalaryOn(raw, date);
  const issuer = issued
    ? { abbreviation: d.issuer, name: d.issuer_name, parentBody: issuerFacts(raw, d.issuer_id, '').parentBody }
    : issuerFacts(raw, d.issuer_id, `Dự thảo quyết định mã số ${d.id}`);
  const signer = issued ? { authority: d.signer_authority, title: d.signer_title, name: d.signer_name } : signerFacts(raw, d.signer_id);
  const symbol = issued ? d.symbol : decisionSymbol(issuer.abbreviation);
  const formRow = d.form_code ? formFamily(raw, d.form_code, date).find((f) => f.code === d.form_code) : undefined;
  let lines = issued ? issuedLines(raw, d.id) : draftLines(raw, d.id, date, money, base);
  if (!issued && d.meeting_id !== null) {
    // A draft lists those the council passed: the danh sách shows what the decision would award.
    const results = councilResults(raw, d.meeting_id, lines.map((l) => l.nomineeId ?? 0));
    lines = lines.filter((l) => results.get(l.nomineeId ?? 0)?.passed);
  }
  const order = unitOrderOf(d);
  // An issued danh sách keeps the order its số sổ were given in, whatever the khối/cụm are now.
  const sections = orderList(lines, {
    order: d.list_order,
    unitOrder: order.length ? order : defaultUnitOrder(raw, date),
    presorted: issued,
  });
  const payments: PaymentLine[] = [];
  if (money) {
    for (const l of sections.flatMap((s) => s.lines)) {
      const p = payments.find((x) => x.formCode === l.formCode && x.each === l.amount);
      if (p) {
        p.count += 1;
        p.total += l.amount;
      } else payments.push({ formCode: l.formCode, formName: l.formName, count: 1, each: l.amount, total: l.amount });
    }
  }
  const count = (key: string) => sections.find((s) => s.key === key)?.count ?? 0;
  const campaign =
    d.campaign_id === null
      ? null
      : (raw
          .prepare<[number], { id: number; name: string; planNumber: string; planDate: string | null }>(
            'SELECT id, name, plan_number AS planNumber, plan_date AS planDate FROM campaigns WHERE id = ?',
          )
          .get(d.campaign_id) ?? null);
  const meeting =
    d.meeting_id === null
      ? null
      : (raw.prepare<[number], { id: number; date: string }>('SELECT id, meeting_date AS date FROM council_meetings WHERE id = ?').get(d.meeting_id) ?? null);
  return {
    decisionId: d.id,
    status: d.status,
    issuer,
    signer: signer ? { authority: signer.authority ? signer.authority.split('\n') : [], title: signer.title, name: signer.name } : null,
    number: issued ? d.number : null,
    symbol,
    numberText: symbol ? formatDocNumber({ number: issued ? d.number : null, symbol }) : '',
    date,
    year: parseIsoDate(date)!.year,
    form: formRow
      ? { code: formRow.code, name: formRow.name, category: formRow.category, certificateTitle: formRow.certificate_title, legalBasis: formRow.legal_basis }
      : null,
    achievement: d.achievement,
    money,
    baseSalary: money ? base : null,
    campaign,
    meeting,
    sections,
    counts: { tapThe: count('tap_the'), caNhan: count('ca_nhan'), hoGiaDinh: count('ho_gia_dinh') },
    payments,
    totalAmount: payments.reduce((sum, p) => sum + p.total, 0),
  };
}
