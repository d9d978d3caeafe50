// Tờ trình (Mẫu 1.4, DOMAIN.md §3.4; "Số: …/TTr-…"), the đề nghị khen thưởng of a unit and the kết quả
// xét khen thưởng of the secretariat alike: Kính gửi, căn cứ, what was done, the proposal with its
// counts by form and what is attached, and "Kính trình … xem xét, quyết định./.". Each kind writes the
// default texts from its own subject; the shape is this one.
import { buildDocument } from '../frame.ts';
import type { DocumentFrame, SectionTexts } from '../model.ts';
import { type Block, parseSectionText } from '../outline.ts';
import { type SectionDef, lines, resolveTexts } from '../sections.ts';

export interface ToTrinhDefaults {
  trichYeu: string;
  kinhGui: readonly string[];
  bases: readonly string[];
  /** What was done: the campaign, the council's review. */
  tinhHinh: string;
  /** "… kính đề nghị … tặng Giấy khen cho 12 tập thể và 30 cá nhân (có danh sách … kèm theo)." */
  deNghi: string;
  /** "Kính trình … xem xét, quyết định." */
  kinhTrinh: string;
}

export interface ToTrinhInput {
  frame: DocumentFrame;
  defaults: ToTrinhDefaults;
  texts?: SectionTexts;
}

export function toTrinhSections(d: ToTrinhDefaults): SectionDef[] {
  return [
    { key: 'trichYeu', label: 'Trích yếu', text: d.trichYeu },
    { key: 'kinhGui', label: 'Kính gửi (mỗi dòng một nơi)', text: d.kinhGui.join('\n') },
    { key: 'canCu', label: 'Căn cứ (mỗi dòng một căn cứ)', text: d.bases.join('\n') },
    { key: 'tinhHinh', label: 'Tình hình, kết quả', text: d.tinhHinh },
    { key: 'deNghi', label: 'Nội dung đề nghị', text: d.deNghi },
    { key: 'kinhTrinh', label: 'Câu kết', text: d.kinhTrinh },
  ];
}

export async function buildToTrinh(input: ToTrinhInput): Promise<Buffer> {
  const t = resolveTexts(toTrinhSections(input.defaults), input.texts);
  const body: Block[] = [...parseSectionText(t.tinhHinh), ...parseSectionText(t.deNghi), ...parseSectionText(t.kinhTrinh)];
  return buildDocument(input.frame, {
    kindName: 'Tờ trình',
    summary: t.trichYeu,
    kinhGui: lines(t.kinhGui),
    bases: lines(t.canCu),
    body,
    refKindName: 'Tờ trình',
  });
}
