// Quyết định khen thưởng (Mẫu 1.2, DOMAIN.md §3.3): "Về việc tặng …", the thẩm quyền line ("CHỦ TỊCH
// ỦY BAN NHÂN DÂN …"), căn cứ lines, "QUYẾT ĐỊNH:" centred, Điều 1 (the counts of the danh sách), Điều 2
// the money when the decision carries it, the last Điều its execution; then the Danh sách on a page of
// its own: "I. TẬP THỂ (n tập thể)" / "II. CÁ NHÂN (m cá nhân)" in the decision's order, with each
// line's amount and the totals when money applies.
import type { DecisionData, DecisionLine } from '../../awards/decision-data.ts';
import type { ListSection } from '../../awards/list-order.ts';
import { formatNumber } from '../../text/numbers.ts';
import { countsByForm, countsPhrase, whoPhrase } from '../award-wording.ts';
import { buildDocument } from '../frame.ts';
import type { DocumentFrame, SectionTexts } from '../model.ts';
import { type Block, parseSectionText } from '../outline.ts';
import { type SectionDef, lines, resolveTexts } from '../sections.ts';
import type { DataTable, Row } from '../table.ts';
import { capitalizeFirst } from '../title.ts';
import { lowerFirst } from '../wording.ts';

export interface QuyetDinhInput {
  frame: DocumentFrame;
  decision: DecisionData;
  /** "Căn cứ …" lines in force on the decision's date (core/library), then the plan and the tờ trình. */
  bases: readonly string[];
  texts?: SectionTexts;
}

/** "Giấy khen"; a draft without a form says so rather than printing nothing. */
function formName(d: DecisionData): string {
  return d.form?.name ?? d.sections[0]?.lines[0]?.formName ?? 'Giấy khen';
}

/** "đã có thành tích xuất sắc trong …", without its closing stop. */
function achievementPhrase(d: DecisionData): string {
  return lowerFirst(d.achievement.trim().replace(/[.;,]+$/u, ''));
}

const allLines = (d: DecisionData) => d.sections.flatMap((s) => s.lines);

export function quyetDinhSections(input: Omit<QuyetDinhInput, 'texts'>): SectionDef[] {
  const d = input.decision;
  const issuer = input.frame.issuer.name.trim();
  const form = formName(d);
  const achievement = achievementPhrase(d);
  const tail = achievement ? ` ${achievement}` : '';
  const forms = countsByForm(allLines(d));
  const money = d.money && d.totalAmount > 0;
  // Điều 1 names the danh sách's own counts: one count per form when it awards more than one.
  const awarded = forms.length > 1 ? forms.map((f) => `${f.formName} cho ${countsPhrase(f.counts)}`).join('; ') : `${form} cho ${countsPhrase(d.counts)}`;

  const execution = money ? 'Điều 3' : 'Điều 2';
  return [
    { key: 'trichYeu', label: 'Trích yếu', text: `Về việc tặng ${form} cho các ${whoPhrase(d.counts)}${tail}` },
    { key: 'thamQuyen', label: 'Thẩm quyền ban hành (dòng trên các căn cứ)', text: `Chủ tịch ${issuer}` },
    { key: 'canCu', label: 'Căn cứ (mỗi dòng một căn cứ; lấy theo ngày quyết định từ trang Căn cứ pháp lý)', text: input.bases.join('\n') },
    { key: 'dieu1', label: 'Điều 1', text: `Tặng ${awarded} (có danh sách kèm theo)${tail}.` },
    ...(money ? [{ key: 'dieu2', label: 'Điều 2 (tiền thưởng)', text: paymentSentence(d) }] : []),
    {
      key: 'thiHanh',
      label: `${execution} (thi hành)`,
      text:
        `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ${issuer}, Trưởng Phòng Nội vụ, ` +
        `${money ? 'Trưởng Phòng Tài chính - Kế hoạch, ' : ''}Thủ trưởng các cơ quan, đơn vị có liên quan và các ${whoPhrase(d.counts)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    },
  ];
}

const RECIPIENT_WORD = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' } as const;

/** The rate per recipient ("702.000 đồng/cá nhân"), then the total and the fund. */
function paymentSentence(d: DecisionData): string {
  const rates: string[] = [];
  for (const s of d.sections) {
    const amounts = [...new Set(s.lines.map((l) => l.amount))];
    const word = RECIPIENT_WORD[s.key];
    for (const amount of amounts) rates.push(`${formatNumber(amount)} đồng/${word}`);
  }
  return (
    `Mỗi ${d.sections.map((s) => RECIPIENT_WORD[s.key]).join(', ')} được tặng ${formName(d)} kèm theo tiền thưởng theo quy định (mức ${rates.join('; ')}). ` +
    `Tổng số tiền thưởng: ${formatNumber(d.totalAmount)} đồng, trích từ Quỹ thi đua, khen thưởng của ${d.issuer.name.trim()}.`
  );
}

function sectionTable(s: ListSection<DecisionLine>, money: boolean): DataTable {
  const moneyColumn = money ? [{ title: 'Số tiền (đồng)', weight: 1.4, align: 'right' as const }] : [];
  const amount = (l: DecisionLine) => (money ? [formatNumber(l.amount)] : []);
  if (s.key === 'ca_nhan') {
    return {
      columns: [{ title: 'STT', weight: 0.6, align: 'center' }, { title: 'Họ và tên', weight: 2.6 }, { title: 'Chức vụ, đơn vị công tác', weight: 4.4 }, ...moneyColumn],
      rows: s.lines.map((l, i): Row => [String(i + 1), l.name, l.detail, ...amount(l)]),
      total: money ? ['', 'Cộng', '', formatNumber(s.lines.reduce((t, l) => t + l.amount, 0))] : undefined,
    };
  }
  const title = s.key === 'tap_the' ? 'Tên tập thể' : 'Tên hộ gia đình';
  return {
    columns: [{ title: 'STT', weight: 0.6, align: 'center' }, { title, weight: 7 }, ...moneyColumn],
    rows: s.lines.map((l, i): Row => [String(i + 1), l.title, ...amount(l)]),
    total: money ? ['', 'Cộng', formatNumber(s.lines.reduce((t, l) => t + l.amount, 0))] : undefined,
  };
}

function danhSachBlocks(d: DecisionData): Block[] {
  const money = d.money && d.totalAmount > 0;
  const blocks: Block[] = d.sections.flatMap((s): Block[] => [
    { kind: 'p', text: s.heading, bold: true, indent: false, keepNext: true },
    { kind: 'table', table: sectionTable(s, money) },
  ]);
  if (money) blocks.push({ kind: 'p', text: `Tổng số tiền thưởng: ${formatNumber(d.totalAmount)} đồng.`, bold: true, indent: false });
  return blocks;
}

export async function buildQuyetDinh(input: QuyetDinhInput): Promise<Buffer> {
  const defs = quyetDinhSections(input);
  const t = resolveTexts(defs, input.texts);
  const d = input.decision;
  const article = (label: string, text: string): Block[] => {
    const paragraphs = parseSectionText(text);
    if (paragraphs.length === 0) return [];
    const [first, ...rest] = paragraphs;
    return [{ kind: 'p', label, text: first.kind === 'p' || first.kind === 'dash' ? first.text : '' }, ...rest];
  };
  const body: Block[] = [
    { kind: 'p', text: 'QUYẾT ĐỊNH:', bold: true, align: 'center', indent: false, keepNext: true },
    ...article('Điều 1.', t.dieu1),
    ...(t.dieu2 !== undefined ? article('Điều 2.', t.dieu2) : []),
    ...article(t.dieu2 !== undefined ? 'Điều 3.' : 'Điều 2.', t.thiHanh),
  ];
  const form = formName(d);
  const who = capitalizeFirst(whoPhrase(d.counts));
  const achievement = achievementPhrase(d);
  return buildDocument(input.frame, {
    kindName: 'Quyết định',
    summary: t.trichYeu,
    authority: t.thamQuyen,
    bases: lines(t.canCu),
    body,
    refKindName: 'Quyết định',
    refIssuerName: capitalizeFirst(t.thamQuyen),
    appendices: [
      {
        numbered: false,
        title: 'Danh sách',
        subtitle: `${who} được tặng ${form}${achievement ? ` ${achievement}` : ''}`,
        orientation: 'portrait',
        rule: true,
        blocks: danhSachBlocks(d),
      },
    ],
  });
}
