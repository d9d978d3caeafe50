// Tờ trình đề nghị khen thưởng: a proposal's counts by form ("Giấy khen cho 02 tập thể và 03 cá nhân"),
// addressed to the agency's Chủ tịch, with its danh sách and báo cáo thành tích attached. It is the
// proposing unit's document (DOMAIN.md §3.4: "Số: 148/TTr-SLĐTBXH", signed by its head): the header
// names the unit under the agency, the số is the one the unit's văn thư gave (typed on the proposal,
// blank until then), the unit's head signs, and it is never numbered in the agency's register. A
// proposal of the secretariat itself (no unit) stays the agency's document.
import type BetterSqlite3 from 'better-sqlite3';
import { fieldError, UserError } from '../../api/envelope.ts';
import { proposalData } from '../../awards/proposal-data.ts';
import { proposalName, proposalRow } from '../../awards/records.ts';
import { legalBasesFor } from '../../library/legal-bases.ts';
import { deciderOf, forWhat } from '../award-subjects.ts';
import { formsPhrase } from '../award-wording.ts';
import { buildToTrinh, toTrinhSections } from '../builders/to-trinh.ts';
import type { SubjectKindModule } from '../kind-module.ts';
import { parseDocNumber } from '../numbering.ts';
import { lines, resolveTexts } from '../sections.ts';
import { lowerFirst, planCitation } from '../wording.ts';

export const toTrinhDeNghi: SubjectKindModule = {
  id: 'to_trinh_de_nghi',
  subject: 'proposal',
  summaryKey: 'trichYeu',
  facts(raw, id) {
    const p = proposalRow(raw, id);
    const unit = proposingUnit(raw, p);
    return {
      campaignId: p.campaign_id,
      date: p.submission_date,
      ...(unit ? { foreign: { parentBody: agencyName(raw), name: unit.name, abbreviation: unitAbbreviation(unit, p.submission_number) } } : {}),
    };
  },
  load({ ctx, subject, dates, frame }) {
    const raw = ctx.conn.raw;
    const data = proposalData(raw, subject.id, ctx.now());
    if (data.forms.length === 0) {
      throw new UserError(`${proposalName(raw, proposalRow(raw, subject.id))} chưa có tập thể, cá nhân nào được đề nghị: thêm người được đề nghị rồi lập tờ trình.`, {
        fields: { proposalId: 'Đề nghị chưa có ai' },
      });
    }
    const decider = deciderOf(raw);
    const proposer = data.unit?.name ?? frame.issuer.name.trim();
    const c = data.campaign;
    const plan = c?.planNumber.trim() && c.planDate ? planCitation({ planNumber: c.planNumber, planDate: c.planDate, planIssuer: '' }, c.name, decider.replace(/^Chủ tịch /u, '')) : '';
    // One entry per form name: a form's tập thể and cá nhân rows carry two codes and one name.
    const forms: { formName: string; counts: { tapThe: number; caNhan: number; hoGiaDinh: number } }[] = [];
    for (const f of data.forms) {
      const same = forms.find((x) => x.formName === f.formName);
      if (same) {
        same.counts.tapThe += f.tapThe;
        same.counts.caNhan += f.caNhan;
        same.counts.hoGiaDinh += f.hoGiaDinh;
      } else forms.push({ formName: f.formName, counts: { tapThe: f.tapThe, caNhan: f.caNhan, hoGiaDinh: f.hoGiaDinh } });
    }
    const what = forWhat(c, data.year);
    const defaults = {
      trichYeu: `Đề nghị khen thưởng các tập thể, cá nhân có thành tích ${what}`,
      kinhGui: [decider],
      bases: [...legalBasesFor(raw, 'to_trinh_de_nghi', dates.date), ...(plan ? [`Căn cứ ${plan}`] : [])],
      tinhHinh: c
        ? `Thực hiện ${plan || lowerFirst(c.name)}, ${proposer} đã tổ chức triển khai đến các tập thể, cá nhân; phong trào thi đua đạt nhiều kết quả, nhiều tập thể, cá nhân có thành tích xuất sắc.`
        : `Năm ${data.year}, nhiều tập thể, cá nhân của ${proposer} đã có thành tích xuất sắc trong thực hiện nhiệm vụ được giao.`,
      deNghi: `${proposer} kính đề nghị ${decider} xem xét, tặng ${formsPhrase(forms)} đã có thành tích xuất sắc ${what} (có danh sách và báo cáo thành tích kèm theo).`,
      kinhTrinh: `Kính trình ${decider} xem xét, quyết định.`,
    };
    const p = proposalRow(raw, subject.id);
    const unit = proposingUnit(raw, p);
    if (!unit) {
      return { defs: toTrinhSections(defaults), build: (numbered, texts) => buildToTrinh({ frame: numbered, defaults, texts }) };
    }
    const head = unitHead(raw, unit);
    const signerDefs = [
      { key: 'chucVuNguoiKy', label: 'Chức vụ người ký của đơn vị (mỗi dòng một dòng, ví dụ: TM. Ủy ban nhân dân / Chủ tịch)', text: head.title },
      { key: 'hoTenNguoiKy', label: 'Họ và tên người ký của đơn vị', text: head.name },
    ];
    const typed = p.submission_number ? parseDocNumber(p.submission_number) : null;
    return {
      defs: [...toTrinhSections(defaults), ...signerDefs],
      build: (numbered, texts) => {
        const t = resolveTexts(signerDefs, texts);
        const titleLines = lines(t.chucVuNguoiKy);
        if (!t.hoTenNguoiKy.trim() || titleLines.length === 0) {
          throw fieldError(
            'texts.hoTenNguoiKy',
            `Tờ trình đề nghị của ${unit.name}: ghi chức vụ và họ tên người ký của đơn vị (mục "Họ và tên người ký của đơn vị").`,
          );
        }
        const signer = { authority: titleLines.slice(0, -1), title: titleLines.at(-1)!, name: t.hoTenNguoiKy.trim() };
        // The unit's own số, or the blank its văn thư fills in; its copy is kept by its own văn thư.
        const number = { number: typed?.number ?? null, symbol: typed?.symbol ?? numbered.number.symbol };
        return buildToTrinh({ frame: { ...numbered, signer, number, draftingUnit: '' }, defaults, texts });
      },
    };
  },
};

interface ProposingUnit {
  id: number;
  name: string;
  code: string;
  kind: string;
}

function proposingUnit(raw: BetterSqlite3.Database, p: { unit_id: number | null }): ProposingUnit | null {
  if (p.unit_id === null) return null;
  return raw.prepare<[number], ProposingUnit>('SELECT id, name, code, kind FROM units WHERE id = ?').get(p.unit_id) ?? null;
}

function agencyName(raw: BetterSqlite3.Database): string {
  return raw.prepare<[], string>('SELECT name FROM agency WHERE id = 1').pluck().get() ?? '';
}

/**
 * The unit's ký hiệu: the one of the số it typed ("12/TTr-UBND" → UBND); a phường or xã issues as its
 * UBND; another unit, until it types its số, by its code (letters and digits, as a ký hiệu is).
 */
function unitAbbreviation(unit: ProposingUnit, typed: string): string {
  const symbol = typed ? parseDocNumber(typed)?.symbol : undefined;
  if (symbol?.startsWith('TTr-')) return symbol.slice('TTr-'.length);
  if (unit.kind === 'phuong_xa') return 'UBND';
  return unit.code.replace(/[^\p{L}\p{N}]+/gu, '').toLocaleUpperCase('vi') || 'DV';
}

/** Who signs for the unit by default: its head among its people (a ward's Chủ tịch signs for its UBND). */
function unitHead(raw: BetterSqlite3.Database, unit: ProposingUnit): { title: string; name: string } {
  const ward = unit.kind === 'phuong_xa';
  const people = raw
    .prepare<[number], { full_name: string; position: string }>('SELECT full_name, position FROM people WHERE unit_id = ? ORDER BY id')
    .all(unit.id);
  const head = people.find((x) => HEAD.test(x.position.trim()));
  const title = ward ? 'TM. Ủy ban nhân dân\nChủ tịch' : (head?.position.trim() ?? 'Thủ trưởng đơn vị');
  return { title, name: head?.full_name ?? '' };
}

/** Positions of a unit's head: Chủ tịch, Giám đốc, Hiệu trưởng, Trưởng …, Thủ trưởng (not their deputies). */
const HEAD = /^(Chủ tịch|Giám đốc|Hiệu trưởng|Trưởng|Thủ trưởng|Chánh)(\s|$)/u;

