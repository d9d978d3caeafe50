// Who a document may be sent to (NĐ 30 ô 9b): never the body that issues it nor the unit that drafted
// it — a Hội đồng báo cáo does not go to "Thường trực Hội đồng Thi đua - Khen thưởng", a plan drafted by
// the Phòng Nội vụ does not go to the Phòng Nội vụ. Pure: the lists come in, the lines go out.
import type { DocumentKind } from './kinds.ts';
import { UserError } from '../api/envelope.ts';
import { fold } from '../text/fold.ts';

export interface Recipient {
  name: string;
  /** The body's own ký hiệu, if it has one. */
  abbreviation: string;
  kinds: readonly DocumentKind[];
}

/** The document's own side: its issuer's name and ký hiệu, and the drafting unit's ("NV"). */
export interface Self {
  issuerName: string;
  issuerAbbreviation: string;
  draftingUnit: string;
}

const key = (abbreviation: string) => abbreviation.trim().toLocaleUpperCase('vi');

/** True when sending to this entry would send the document to its own issuer or drafter. */
export function isSelf(entry: { name: string; abbreviation?: string }, self: Self): boolean {
  const abbr = entry.abbreviation ? key(entry.abbreviation) : '';
  if (abbr && (abbr === key(self.issuerAbbreviation) || abbr === key(self.draftingUnit))) return true;
  const issuer = fold(self.issuerName);
  return issuer !== '' && fold(entry.name).includes(issuer);
}

/** The default Nơi nhận of a kind of document: the list's entries for that kind, in order, less the document's own side. */
export function defaultRecipients(list: readonly Recipient[], kind: DocumentKind, self: Self): string[] {
  return list.filter((r) => r.kinds.includes(kind) && !isSelf(r, self)).map((r) => r.name);
}

/**
 * The Nơi nhận lines as typed, refused when one names the document's own side: by the issuer's name,
 * or as an entry of the list that is the issuer or the drafter.
 */
export function checkRecipients(typed: readonly string[], list: readonly Recipient[], self: Self): string[] {
  const known = new Map(list.map((r) => [fold(r.name), r]));
  for (const line of typed) {
    const name = line.replace(/^-\s*/u, '').replace(/[;.,]+$/u, '');
    const entry = known.get(fold(name)) ?? { name };
    if (isSelf(entry, self)) {
      throw new UserError(
        `Nơi nhận "${name}" là chính cơ quan ban hành hoặc đơn vị soạn thảo văn bản này. Bỏ dòng đó ở mục "Nơi nhận" (dòng "Lưu: VT, ${self.draftingUnit || '…'}" đã lưu bản của mình).`,
        { fields: { noiNhan: `Bỏ "${name}"` } },
      );
    }
  }
  return [...typed];
}
