// How a signature block reads on one line, in lists and pickers.
import type { SignerRow } from '../../../core/api/types.ts';
import { upperVi } from '../../../core/text/upper.ts';

/** "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Nguyễn Kỳ Phùng". */
export function signerText(s: SignerRow): string {
  return `${[...s.authority, s.title].map((l) => upperVi(l)).join(' / ')} — ${s.name}`;
}
