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

/**
 * Every authority line starts with TM., KT., TL. or TUQ.; "Q." (acting) is part of the chức vụ
 * ("Q. Chủ tịch"), not an authority line. Checked where a signer is typed and again at render.
 */
export function checkAuthority(lines: readonly string[]): string[] {
  for (const line of lines) {
    const upper = upperVi(line.trim());
    if (upper.startsWith('Q. ')) {
      throw new UserError(`"${line}" là chức vụ (quyền), không phải dòng thẩm quyền ký. Vào Cơ quan → Người ký, ghi "${line}" ở ô "Chức vụ người ký" thay vì ô "Thẩm quyền ký".`, {
        fields: { authority: 'Ghi "Q. …" vào ô Chức vụ người ký' },
      });
    }
    if (!AUTHORITY_PREFIXES.some((p) => upper.startsWith(`${p} `))) {
      throw new UserError(
        `Dòng thẩm quyền ký "${line}" phải bắt đầu bằng TM., KT., TL. hoặc TUQ. (ví dụ: KT. Chủ tịch). Vào Cơ quan → Người ký, sửa ô "Thẩm quyền ký".`,
        { fields: { authority: 'Bắt đầu bằng TM., KT., TL. hoặc TUQ.' } },
      );
    }
  }
  return [...lines];
}

export function checkSigner(signer: Signer): Signer {
  if (!signer.title.trim() || !signer.name.trim()) {
    throw new UserError('Chưa có người ký văn bản. Vào Cơ quan → Người ký, bấm "Thêm người ký".', {
      fields: { signerId: 'Chọn người ký' },
    });
  }
  checkAuthority(signer.authority);
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

/**
 * Two signers side by side with no Nơi nhận (a biên bản: Thư ký on the left, Chủ trì on the right),
 * each title UPPER bold over the room for the signature, the name bold under it.
 */
export function sideBySideSignatures(left: { title: string; name: string }, right: { title: string; name: string }, textWidth: number): Table {
  const column = (s: { title: string; name: string }): Paragraph[] => [
    tight(upperVi(s.title.trim()), { size: SIZE.signer, bold: true, keepNext: true }),
    tight(s.name.trim(), { size: SIZE.signer, bold: true, before: SIGNATURE_SPACE }),
  ];
  return twoColumns([[column(left), column(right)]], Math.round(textWidth / 2), textWidth);
}
