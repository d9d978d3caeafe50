// Who a nominee is, as the rules compare them: the catalogue's recipient type for each kind, and one key
// per real recipient so the same person, unit, collective or household is recognised across proposals.
import type { AwardRecipient, Gender, NomineeKind } from '../../db/schema.ts';

/** A unit and a collective inside one are both awarded the tập thể forms. */
export const RECIPIENT_OF: Record<NomineeKind, AwardRecipient> = {
  don_vi: 'tap_the',
  tap_the: 'tap_the',
  ca_nhan: 'ca_nhan',
  ho_gia_dinh: 'ho_gia_dinh',
};

export interface NomineeIdentity {
  kind: NomineeKind;
  unitId: number | null;
  personId: number | null;
  name: string;
}

/**
 * Equal for the same recipient: a person by id, a unit by id, a named collective or household by unit and
 * name in any case (not folded: "Tổ 1" and "Tô 1" are two names).
 */
export function nomineeKey(n: NomineeIdentity): string {
  switch (n.kind) {
    case 'ca_nhan':
      return `p:${n.personId}`;
    case 'don_vi':
      return `u:${n.unitId}`;
    default:
      return `${n.kind}:${n.unitId ?? ''}:${n.name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim()}`;
  }
}

/** The word before the name on a certificate and in a danh sách. */
export function salutationFor(kind: NomineeKind, gender: Gender | null): string {
  if (kind === 'ca_nhan') return gender === 'nam' ? 'Ông' : gender === 'nu' ? 'Bà' : 'Ông/Bà';
  return kind === 'ho_gia_dinh' ? 'Hộ gia đình' : 'Tập thể';
}
