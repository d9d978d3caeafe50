// Which legal bases a document cites: those of its kind in force on its date. Pure, so the screen that
// edits the list and the documents that cite it agree on what "in force" means.
import type { DocumentKind } from '../documents/kinds.ts';
import type { LegalBasis } from '../api/types.ts';

/** In force from valid_from to valid_to, both days included; no valid_to: still in force. */
export function isInForce(b: Pick<LegalBasis, 'validFrom' | 'validTo'>, date: string): boolean {
  return b.validFrom <= date && (b.validTo === null || b.validTo >= date);
}

/** The lines a document of `kind` dated `date` cites, in the list's order (sort, then from, then entry). */
export function basesCited(list: readonly LegalBasis[], kind: DocumentKind, date: string): string[] {
  return list
    .filter((b) => b.kinds.includes(kind) && isInForce(b, date))
    .sort((a, b) => a.sort - b.sort || a.validFrom.localeCompare(b.validFrom) || a.id - b.id)
    .map((b) => b.text);
}
