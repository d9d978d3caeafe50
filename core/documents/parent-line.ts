// The cơ quan chủ quản line of the header (NĐ 30 ô 2, §1.3), as a pure rule: the header prints it, the
// Cơ quan page previews it, from this one function.
import { fold } from '../text/fold.ts';

/**
 * The cơ quan chủ quản line of an issuer, or '' for none: an Ủy ban nhân dân issuing in its own name has
 * none (its header is "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ THỦ ĐỨC"), whatever the profile holds; a Phòng, a
 * Sở or the Hội đồng prints the body it sits under.
 */
export function parentBodyLine(issuer: { name: string; parentBody: string }): string {
  const name = fold(issuer.name);
  if (name.startsWith('uy ban nhan dan') || /^ubnd\b/u.test(name)) return '';
  return issuer.parentBody.trim();
}
