// Who issues a document, who signs it and who receives it, for one request: the issuer it names (the
// agency by default, or the Hội đồng with its own ký hiệu and register), the signer it names or the
// default for that issuer and kind, and the Nơi nhận section started from the list for that kind. The
// document handlers read these three things from here and nowhere else.
import type { DocumentKind } from './kinds.ts';
import { UserError } from '../api/envelope.ts';
import { getIssuer } from '../agency/issuers.ts';
import { readAgency } from '../agency/profile.ts';
import { listRecipients } from '../agency/recipients.ts';
import { defaultSigner, getSigner, listSigners } from '../agency/signers.ts';
import type { SignerRow } from '../api/types.ts';
import type { Context } from '../context.ts';
import type { Issuer, Signer } from './model.ts';
import { checkRecipients, defaultRecipients, type Recipient, type Self } from './recipients.ts';
import { lines, type SectionDef } from './sections.ts';

/** The drafting unit of "Lưu: VT, NV." when the user names none: the Phòng Nội vụ drafts these documents. */
const DRAFTING_UNIT = 'NV';

export interface Issuing {
  issuer: Issuer;
  signer: Signer;
  /**
   * Who leads (a giấy mời's chủ trì): the signer, unless the signer signs by order or by authorisation
   * ("TL. Chủ tịch / Chánh Văn phòng") — then the leader they sign for, the issuer's usual signer.
   */
  leader: Signer;
  /** Sections every document has besides its own: who receives it, and who drafted it. */
  frameSections(edits: Readonly<Record<string, string | undefined>>): SectionDef[];
  /** The Nơi nhận lines of the section, refused when one is the issuer or the drafting unit itself. */
  recipients(noiNhan: string, draftingUnit: string): string[];
}

export async function resolveIssuing(ctx: Context, a: { kind: DocumentKind; issuerId?: number; signerId?: number }): Promise<Issuing> {
  const agency = await readAgency(ctx);
  if (!agency?.name.trim() || !agency.locality.trim()) {
    throw new UserError('Chưa có thông tin cơ quan ban hành văn bản. Vào Cơ quan, điền "Tên cơ quan" và "Địa danh".', {
      fields: { name: 'Nhập tên cơ quan', locality: 'Nhập địa danh' },
    });
  }
  const issuerId = a.issuerId ?? null;
  const row = await getIssuer(ctx, issuerId);
  // Bodies under the agency print it above their name unless they name another parent.
  const issuer: Issuer = {
    parentBody: issuerId === null ? row.parentBody : row.parentBody.trim() || agency.name,
    name: row.name,
    abbreviation: row.abbreviation,
    locality: agency.locality,
  };
  const signerRow = a.signerId !== undefined ? await getSigner(ctx, a.signerId) : await defaultSigner(ctx, issuerId, a.kind);
  if (!signerRow) {
    throw new UserError('Chưa có người ký văn bản. Vào Cơ quan → Người ký, bấm "Thêm người ký".', { fields: { signerId: 'Chọn người ký' } });
  }
  const toSigner = (s: SignerRow): Signer => ({ authority: s.authority, title: s.title, name: s.name });
  const signer = toSigner(signerRow);
  const leads = (s: SignerRow) => !s.authority.some((l) => /^(TL|TUQ)\.\s/iu.test(l.trim()));
  const usual = await defaultSigner(ctx, issuerId, a.kind);
  const leader = leads(signerRow)
    ? signer
    : toSigner([usual, ...(await listSigners(ctx))].find((s): s is SignerRow => !!s && leads(s)) ?? signerRow);
  const list: Recipient[] = await listRecipients(ctx);
  const self = (draftingUnit: string): Self => ({ issuerName: issuer.name, issuerAbbreviation: issuer.abbreviation, draftingUnit });

  return {
    issuer,
    signer,
    leader,
    frameSections(edits) {
      const draftingUnit = (edits.donViSoanThao ?? DRAFTING_UNIT).trim();
      return [
        {
          key: 'noiNhan',
          label: 'Nơi nhận (mỗi dòng một nơi; dòng "Lưu: VT, …" được thêm tự động)',
          text: defaultRecipients(list, a.kind, self(draftingUnit)).join('\n'),
        },
        { key: 'donViSoanThao', label: 'Đơn vị soạn thảo (chữ viết tắt, ví dụ: NV)', text: DRAFTING_UNIT },
      ];
    },
    recipients: (noiNhan, draftingUnit) => checkRecipients(lines(noiNhan), list, self(draftingUnit)),
  };
}
