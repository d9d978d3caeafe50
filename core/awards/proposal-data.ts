// Everything the tờ trình đề nghị khen thưởng needs (DOMAIN.md §3.4): who proposes, for which campaign or
// year, the counts by form and recipient type ("99 tập thể và 48 cá nhân"), the nominees in danh sách
// order per form, and the papers attached.
import type BetterSqlite3 from 'better-sqlite3';
import type { AttachmentRow } from '../api/types.ts';
import { attachmentRows } from './attachments.ts';
import { type ListSection, orderList, sectionOf } from './list-order.ts';
import { defaultUnitOrder, type NomineeRecord, nomineesOf, proposalDay, proposalName, proposalRow } from './records.ts';
import { formsOn } from './stand-ins.ts';
import type { ProposalWarning } from './warnings.ts';
import { warningsOf } from './warnings-data.ts';

export interface ProposalFormCount {
  formCode: string;
  formName: string;
  tapThe: number;
  caNhan: number;
  hoGiaDinh: number;
  sections: ListSection<NomineeRecord & { formName: string }>[];
}

export interface ProposalData {
  proposalId: number;
  name: string;
  unit: { id: number; name: string } | null;
  campaign: { id: number; name: string; planNumber: string; planDate: string | null } | null;
  year: number;
  submissionNumber: string;
  submissionDate: string | null;
  /** The day the forms were read on. */
  day: string;
  forms: ProposalFormCount[];
  totals: { tapThe: number; caNhan: number; hoGiaDinh: number };
  attachments: AttachmentRow[];
  warnings: ProposalWarning[];
}

export function proposalData(raw: BetterSqlite3.Database, id: number, now: Date): ProposalData {
  const p = proposalRow(raw, id);
  const day = proposalDay(p, now);
  const nominees = nomineesOf(raw, [id]);
  const inForce = formsOn(raw, day);
  const formName = (code: string) => inForce.find((f) => f.code === code)?.name ?? code;
  const rank = (code: string) => {
    const i = inForce.findIndex((f) => f.code === code);
    return i < 0 ? inForce.length : i;
  };
  const unitOrder = defaultUnitOrder(raw, day);
  const codes = [...new Set(nominees.map((n) => n.formCode))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const forms = codes.map((code) => {
    const own = nominees.filter((n) => n.formCode === code).map((n) => ({ ...n, formName: formName(code) }));
    const of = (key: string) => own.filter((n) => sectionOf(n.kind) === key).length;
    return {
      formCode: code,
      formName: formName(code),
      tapThe: of('tap_the'),
      caNhan: of('ca_nhan'),
      hoGiaDinh: of('ho_gia_dinh'),
      sections: orderList(own, { order: 'by_unit', unitOrder }),
    };
  });
  const unit =
    p.unit_id === null ? null : (raw.prepare<[number], { id: number; name: string }>('SELECT id, name FROM units WHERE id = ?').get(p.unit_id) ?? null);
  const campaign =
    p.campaign_id === null
      ? null
      : (raw
          .prepare<[number], { id: number; name: string; planNumber: string; planDate: string | null }>(
            'SELECT id, name, plan_number AS planNumber, plan_date AS planDate FROM campaigns WHERE id = ?',
          )
          .get(p.campaign_id) ?? null);
  return {
    proposalId: p.id,
    name: proposalName(raw, p),
    unit,
    campaign,
    year: p.year,
    submissionNumber: p.submission_number,
    submissionDate: p.submission_date,
    day,
    forms,
    totals: {
      tapThe: forms.reduce((s, f) => s + f.tapThe, 0),
      caNhan: forms.reduce((s, f) => s + f.caNhan, 0),
      hoGiaDinh: forms.reduce((s, f) => s + f.hoGiaDinh, 0),
    },
    attachments: attachmentRows(raw, id),
    warnings: warningsOf(raw, p, nominees, day),
  };
}
