// Appendices (NĐ 30 Phụ lục I, §1.2): each in its own section with its own page numbering; "Phụ lục"
// (Roman numbers when there are two or more), the title in UPPER bold, then the italic
// "(Kèm theo … số … ngày … của …)" line, centred; a danh sách adds its bold subtitle under the title.
import { upperVi } from '../text/upper.ts';
import { formatDateLong } from '../text/dates.ts';
import type { SectionSpec } from './assemble.ts';
import type { Orientation } from './page.ts';
import { formatDocNumber } from './numbering.ts';
import type { DocNumber } from './model.ts';
import type { Block } from './outline.ts';
import type { Margins } from '../api/margins.ts';
import { pageGeometry } from './page.ts';
import { partRule } from './rule.ts';
import { renderBlocks, type TableSlots } from './render.ts';
import { SIZE, tight } from './style.ts';
import { roman } from './outline.ts';
import { pt } from './units.ts';

export interface AppendixSpec {
  /** Shown as "Phụ lục" / "Phụ lục I"; false for a "Danh sách kèm theo" that is not numbered as a Phụ lục. */
  numbered: boolean;
  title: string;
  /** A bold line under the title ("Tập thể, cá nhân được tặng Giấy khen …"). */
  subtitle?: string;
  /** A short rule under the "(Kèm theo …)" line, as a quyết định's danh sách has. */
  rule?: boolean;
  orientation: Orientation;
  blocks: Block[];
}

/** The document an appendix belongs to, for the "Kèm theo" line. */
export interface ParentRef {
  /** "Kế hoạch", "Báo cáo", "Công văn" */
  kindName: string;
  number: DocNumber;
  date: string;
  issuerName: string;
}

/** "(Kèm theo Kế hoạch số 19/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)" */
export function attachedLine(ref: ParentRef): string {
  return `(Kèm theo ${ref.kindName} số ${formatDocNumber(ref.number)} ${formatDateLong(ref.date)} của ${ref.issuerName.trim()})`;
}

export function appendixSections(
  specs: readonly AppendixSpec[],
  ref: ParentRef,
  margins: Margins,
  slots: TableSlots,
): SectionSpec[] {
  const numberedCount = specs.filter((s) => s.numbered).length;
  let n = 0;
  return specs.map((spec) => {
    const width = pageGeometry(margins, spec.orientation).textWidth;
    const head = [];
    if (spec.numbered) {
      n++;
      head.push(tight(numberedCount > 1 ? `Phụ lục ${roman(n)}` : 'Phụ lục', { size: 14, bold: true, keepNext: true }));
    }
    head.push(tight(upperVi(spec.title), { size: SIZE.title, bold: true, keepNext: true }));
    if (spec.subtitle?.trim()) head.push(tight(spec.subtitle.trim(), { size: SIZE.title, bold: true, keepNext: true }));
    const attached = attachedLine(ref);
    if (spec.rule) {
      head.push(tight(attached, { size: SIZE.body, italics: true }));
      head.push(partRule([attached], SIZE.body, false, width, pt(12)));
    } else head.push(tight(attached, { size: SIZE.body, italics: true, after: pt(12) }));
    return { orientation: spec.orientation, children: [...head, ...renderBlocks(spec.blocks, width, slots)] };
  });
}
