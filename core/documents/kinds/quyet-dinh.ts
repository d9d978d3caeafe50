// Quyết định khen thưởng: the decision's own issuer, signer and date; its căn cứ from the library in
// force on that date, the campaign's kế hoạch and the tờ trình that proposed it. Issuing this document
// is issuing the decision: the number the register gives it is the decision's, and the sổ khen thưởng
// lines (số sổ) are written in the same transaction (core/awards/issue.ts).
import { UserError } from '../../api/envelope.ts';
import { decisionData, type DecisionData } from '../../awards/decision-data.ts';
import { decisionName, decisionRow } from '../../awards/decision-records.ts';
import { issueDecision } from '../../awards/issue.ts';
import { legalBasesFor } from '../../library/legal-bases.ts';
import { formatDateShort } from '../../text/dates.ts';
import type BetterSqlite3 from 'better-sqlite3';
import { buildQuyetDinh, quyetDinhSections } from '../builders/quyet-dinh.ts';
import type { SubjectKindModule } from '../kind-module.ts';
import { formatDocNumber } from '../numbering.ts';
import { issuedOfKind, issuerNameOf } from '../register.ts';
import { planCitation } from '../wording.ts';

/** "Căn cứ Kế hoạch số …" and "Xét đề nghị … tại Tờ trình số …" after the library's lines. */
function ownBases(raw: BetterSqlite3.Database, d: DecisionData): string[] {
  const out: string[] = [];
  const c = d.campaign;
  if (c?.planNumber.trim() && c.planDate) {
    out.push(`Căn cứ ${planCitation({ planNumber: c.planNumber, planDate: c.planDate, planIssuer: '' }, c.name, d.issuer.name)}`);
  }
  if (d.meeting) {
    const toTrinh = issuedOfKind(raw, { type: 'meeting', id: d.meeting.id }, 'to_trinh_ket_qua');
    out.push(
      toTrinh
        ? `Xét đề nghị của ${issuerNameOf(raw, toTrinh.issuer)} tại Tờ trình số ${formatDocNumber({ number: toTrinh.number, symbol: toTrinh.symbol })} ngày ${formatDateShort(toTrinh.doc_date)}`
        : `Xét đề nghị của Hội đồng Thi đua - Khen thưởng tại cuộc họp ngày ${formatDateShort(d.meeting.date)}`,
    );
  }
  return out;
}

export const quyetDinh: SubjectKindModule = {
  id: 'quyet_dinh',
  subject: 'decision',
  summaryKey: 'trichYeu',
  issuedOnce: true,
  facts(raw, id) {
    const d = decisionRow(raw, id);
    return { campaignId: d.campaign_id, date: d.decision_date, issuerId: d.issuer_id, signerId: d.signer_id, fixedDate: true };
  },
  load({ ctx, subject, dates, frame }) {
    const raw = ctx.conn.raw;
    const decision = decisionData(raw, subject.id);
    const input = { decision, bases: [...legalBasesFor(raw, 'quyet_dinh', dates.date), ...ownBases(raw, decision)] };
    return {
      defs: quyetDinhSections({ ...input, frame }),
      build: (numbered, texts) => buildQuyetDinh({ ...input, frame: numbered, texts }),
    };
  },
  recordedNumber(raw, id) {
    const d = decisionRow(raw, id);
    return d.status === 'da_ban_hanh' && d.number !== null ? { number: d.number, symbol: d.symbol, date: d.decision_date } : null;
  },
  issue(raw, { subjectId, number, symbol, date, now }) {
    const d = decisionRow(raw, subjectId);
    if (d.status !== 'da_ban_hanh') {
      issueDecision(raw, { id: subjectId, number, date }, now);
      return;
    }
    // Issued already (decisions.issue): its document takes its number or nothing.
    if (d.number !== number || d.symbol !== symbol) {
      throw new UserError(
        `${decisionName(d)} đã ban hành; văn bản quyết định phải mang đúng số đó, không phải số ${formatDocNumber({ number, symbol })}. Để phần mềm tự cấp số khi ban hành.`,
        { code: 'conflict', fields: { number: 'Số của quyết định đã ban hành' } },
      );
    }
  },
};
