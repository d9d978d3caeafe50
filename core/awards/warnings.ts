// What the secretariat should look at twice in a proposal (Luật 06/2022 Điều 5: one achievement earns
// one form, once; Điều 80: who may award what). These are warnings returned with the proposal, not
// refusals: the secretariat may still forward a nominee upward or correct it later.
import type { AwardRecipient, NomineeKind } from '../../db/schema.ts';
import { type NomineeIdentity, nomineeKey, RECIPIENT_OF } from './nominees.ts';
import { mayAward } from './stand-ins.ts';

export type WarningCode = 'duplicate' | 'duplicate_in_campaign' | 'authority' | 'already_awarded' | 'empty_achievement' | 'wrong_recipient' | 'unknown_form';

export interface ProposalWarning {
  nomineeId: number;
  code: WarningCode;
  /** Vietnamese, naming the nominee. */
  message: string;
}

export interface NomineeFacts extends NomineeIdentity {
  id: number;
  kind: NomineeKind;
  /** How the nominee is named in a message: "Bà Đặng Thị Hoa", "Tập thể Tổ dân phố 5". */
  label: string;
  formCode: string;
  achievement: string;
}

/** A catalogue row in force on the proposal's date, as the rules need it. */
export interface FormFacts {
  code: string;
  name: string;
  recipient: AwardRecipient;
  awardedBy: string;
}

export interface WarningInput {
  nominees: readonly NomineeFacts[];
  /** Nominees of the other proposals of the same campaign, with where they stand ("đề nghị số 3"). */
  otherNominees: readonly (NomineeFacts & { where: string })[];
  /** Rows in force on the proposal's date (every recipient type). */
  forms: readonly FormFacts[];
  /** What the agency's head is (agency.authority_level). */
  authorityLevel: string;
  /** Register lines of the campaign, not revoked: who got which form, by which decision. */
  awarded: readonly (NomineeIdentity & { formCode: string; decision: string })[];
}

const RECIPIENT_WORD: Record<AwardRecipient, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

export function proposalWarnings(input: WarningInput): ProposalWarning[] {
  const warnings: ProposalWarning[] = [];
  const seen = new Set<string>();
  for (const n of input.nominees) {
    const say = (code: WarningCode, message: string) => warnings.push({ nomineeId: n.id, code, message });
    const same = `${nomineeKey(n)}|${n.formCode}`;
    if (seen.has(same)) {
      say('duplicate', `${n.label} được đề nghị hai lần cùng hình thức trong đề nghị này: một thành tích chỉ được khen một lần.`);
    } else {
      seen.add(same);
    }
    const elsewhere = input.otherNominees.find((o) => nomineeKey(o) === nomineeKey(n) && o.formCode === n.formCode);
    if (elsewhere) {
      say('duplicate_in_campaign', `${n.label} cũng được đề nghị cùng hình thức trong ${elsewhere.where} của đợt thi đua này.`);
    }
    if (!n.achievement.trim()) say('empty_achievement', `${n.label}: chưa ghi thành tích.`);
    const rows = input.forms.filter((f) => f.code === n.formCode);
    const wanted = RECIPIENT_OF[n.kind];
    const form = rows.find((f) => f.recipient === wanted);
    if (rows.length === 0) {
      say('unknown_form', `${n.label}: hình thức "${n.formCode}" không có trong danh mục khen thưởng đang có hiệu lực.`);
    } else if (!form) {
      say(
        'wrong_recipient',
        `${n.label}: "${rows[0].name}" dành cho ${RECIPIENT_WORD[rows[0].recipient]}, không dành cho ${RECIPIENT_WORD[wanted]}.`,
      );
    } else if (!mayAward({ awarded_by: form.awardedBy }, input.authorityLevel)) {
      say('authority', `${n.label}: "${form.name}" không thuộc thẩm quyền khen thưởng của cơ quan, phải trình cấp trên.`);
    }
    const before = input.awarded.find((a) => nomineeKey(a) === nomineeKey(n) && a.formCode === n.formCode);
    if (before) say('already_awarded', `${n.label} đã được khen hình thức này trong đợt thi đua (${before.decision}).`);
  }
  return warnings;
}
