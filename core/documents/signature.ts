// The closing block (NĐ 30 ô 7 and 9b): a borderless two-column table, "Nơi nhận:" (12 bold italic)
// and its list (11) on the left, level with the signer's authority and title (UPPER, bold) on the
// right; room for the signature and seal; the name (bold, as written) under it.
import type { Paragraph, Table } from 'docx';
import { UserError } from '../api/envelope.ts';
import { upperVi } from '../text/upper.ts';
import { twoColumns } from './columns.ts';
import type { Signer } from './model.ts';
import { SIZE, tight } from './style.ts';
import { pt } from './units.ts';

/** Prefixes of the authority lines (§1.6): on behalf of, deputy for, by order, by authorisation. */
export const AUTHORITY_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.'] as const;

/** "TM. Ủy ban nhân dân KT. Chủ tịch" as typed in one box → ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]. */
export function splitAuthority(text: string): string[] {
  return text
    .split(/\s*\n\s*|\s+(?=(?:TM|KT|TL|TUQ)\.\s)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkSigner(signer: Signer): Signer {
  if (!signer.title.trim() || !signer.name.trim()) {
    throw new UserError(
      'Chưa có người ký văn bản. Vào Cài đặt → Thông tin cơ quan, điền "Chức vụ người ký" và "Họ tên người ký".',
      { fields: { signerTitle: 'Nhập chức vụ người ký', signerName: 'Nhập họ tên người ký' } },
    );
  }
  for (const line of signer.authority) {
    const upper = upperVi(line.trim());
    if (!AUTHORITY_PREFIXES.some((p) => upper.startsWith(`${p} `))) {
      throw new UserError(
        `Dòng thẩm quyền ký "${line}" phải bắt đầu bằng TM., KT., TL. hoặc TUQ. (ví dụ: "KT. Chủ tịch"). Sửa ở Cài đặt → Thông tin cơ quan, ô "Thẩm quyền ký".`,
        { fields: { signerAuthority: 'Bắt đầu bằng TM., KT., TL. hoặc TUQ.' } },
      );
    }
  }
  return signer;
}

/** "- A;" … "- Lưu: VT, NV." */
export function recipientLines(recipients: readonly string[], draftingUnit = ''): string[] {
  const items = recipients.map((r) => r.trim().replace(/^-\s*/u, '').replace(/[;.,]+$/u, '')).filter(Boolean);
  const archive = draftingUnit.trim() ? `Lưu: VT, ${draftingUnit.trim()}` : 'Lưu: VT';
  return [...items.map((r) => `- ${r};`), `- ${archive}.`];
}

/** Blank lines between the title and the name: room for the signature and the seal (~3 cm). */
const SIGNATURE_SPACE = pt(72);

export function signatureTable(o: {
  signer: Signer;
  recipients: readonly string[];
  draftingUnit?: string;
  textWidth: number;
  /** Công văn đôn đốc and giấy mời may sign without a Nơi nhận list on the left; it is still printed. */
}): Table {
  const signer = checkSigner(o.signer);
  const leftWidth = Math.round(o.textWidth * 0.45);

  const left: Paragraph[] = [tight('Nơi nhận:', { size: SIZE.noiNhanLabel, bold: true, italics: true, align: 'left' })];
  for (const line of recipientLines(o.recipients, o.draftingUnit)) {
    left.push(tight(line, { size: SIZE.noiNhanList, align: 'left' }));
  }

  const right: Paragraph[] = [
    ...signer.authority.map((a) => tight(upperVi(a.trim()), { size: SIZE.signer, bold: true, keepNext: true })),
    tight(upperVi(signer.title.trim()), { size: SIZE.signer, bold: true, keepNext: true }),
    tight(signer.name.trim(), { size: SIZE.signer, bold: true, before: SIGNATURE_SPACE }),
  ];

  return twoColumns([[left, right]], leftWidth, o.textWidth);
}
