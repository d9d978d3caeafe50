// The NĐ 30 frame every document shares: header table, tên loại + trích yếu (or the "V/v" line of a
// công văn), Kính gửi, căn cứ, the body closed with "./.", then Nơi nhận beside the signature, then the
// appendices in their own sections.
import { UserError } from '../api/envelope.ts';
import { isIsoDate } from '../text/dates.ts';
import { type AppendixSpec, appendixSections } from './appendix.ts';
import { packDocument } from './assemble.ts';
import { headerTable } from './header.ts';
import type { DocumentFrame } from './model.ts';
import { type Block, closeBody } from './outline.ts';
import { DEFAULT_MARGINS } from '../api/margins.ts';
import { checkMargins, pageGeometry } from './page.ts';
import { type BodyChild, TableSlots, renderBlocks } from './render.ts';
import { signatureTable } from './signature.ts';
import { basesBlock, kinhGuiBlock, titleBlock } from './title.ts';
import { SIZE, tight } from './style.ts';
import { upperVi } from '../text/upper.ts';
import { pt } from './units.ts';

export interface FrameContent {
  /** Tên loại ("Kế hoạch"); omitted for a công văn. */
  kindName?: string;
  /** Trích yếu under the tên loại, or the "V/v" text of a công văn. */
  summary: string;
  kinhGui?: readonly string[];
  /** Ô 5b of a quyết định: who decides ("Chủ tịch Ủy ban nhân dân thành phố Thủ Đức"), above its căn cứ. */
  authority?: string;
  bases?: readonly string[];
  body: readonly Block[];
  appendices?: readonly AppendixSpec[];
  /** How the appendices name this document in "(Kèm theo … số …)". */
  refKindName: string;
  /** Whose the document is in that line, when not the issuer's (a quyết định is its Chủ tịch's). */
  refIssuerName?: string;
  /** A closing other than Nơi nhận beside the signer: a biên bản's signatures side by side. */
  closing?: BodyChild;
}

export function checkFrame(frame: DocumentFrame): void {
  const missing: Record<string, string> = {};
  if (!frame.issuer.name.trim()) missing.name = 'Nhập tên cơ quan';
  if (!frame.issuer.locality.trim()) missing.locality = 'Nhập địa danh';
  if (Object.keys(missing).length) {
    throw new UserError(
      'Chưa có thông tin cơ quan ban hành văn bản. Vào Cơ quan, điền "Tên cơ quan" và "Địa danh" (ví dụ: Thủ Đức).',
      { fields: missing },
    );
  }
  if (!isIsoDate(frame.date)) {
    throw new UserError(`Ngày văn bản "${frame.date}" không hợp lệ (cần dạng YYYY-MM-DD).`, { fields: { date: 'Ngày không hợp lệ' } });
  }
}

export async function buildDocument(frame: DocumentFrame, content: FrameContent): Promise<Buffer> {
  checkFrame(frame);
  const margins = checkMargins(frame.margins ?? DEFAULT_MARGINS);
  const { textWidth } = pageGeometry(margins, 'portrait');
  const slots = new TableSlots();
  const isCongVan = content.kindName === undefined;

  const main: BodyChild[] = [
    headerTable({ issuer: frame.issuer, number: frame.number, date: frame.date, textWidth, vv: isCongVan ? content.summary : undefined }),
  ];
  if (isCongVan) main.push(tight('', { size: 6, after: pt(12) }));
  else main.push(...titleBlock(content.kindName!, content.summary, textWidth));
  if (content.kinhGui?.length) main.push(...kinhGuiBlock(content.kinhGui, textWidth));
  if (content.authority?.trim()) main.push(tight(upperVi(content.authority.trim()), { size: SIZE.title, bold: true, before: pt(6), after: pt(6) }));
  if (content.bases?.length) main.push(...basesBlock(content.bases));
  main.push(...renderBlocks(closeBody(content.body), textWidth, slots));
  main.push(tight('', { size: 6, after: pt(6), keepNext: true }));
  main.push(content.closing ?? signatureTable({ signer: frame.signer, recipients: frame.recipients, draftingUnit: frame.draftingUnit, textWidth }));

  const appendices = appendixSections(
    content.appendices ?? [],
    { kindName: content.refKindName, number: frame.number, date: frame.date, issuerName: content.refIssuerName ?? frame.issuer.name },
    margins,
    slots,
  );
  return packDocument({ title: content.summary, margins, main, appendices, slots });
}
