// The documents the Văn bản page offers, and their Vietnamese names. Core keeps kind and stage apart;
// the secretariat thinks of "báo cáo sơ kết" and "báo cáo tổng kết" as two documents.
import type { IssuedDocument } from '../../../core/api/types.ts';

export type DocumentKind = IssuedDocument['kind'];
export type ReportStage = NonNullable<IssuedDocument['stage']>;

export type DocumentChoice = 'ke_hoach' | 'bao_cao_so_ket' | 'bao_cao_tong_ket' | 'cong_van_don_doc' | 'giay_moi';

export const DOCUMENT_CHOICES: { value: DocumentChoice; label: string }[] = [
  { value: 'ke_hoach', label: 'Kế hoạch' },
  { value: 'bao_cao_so_ket', label: 'Báo cáo sơ kết' },
  { value: 'bao_cao_tong_ket', label: 'Báo cáo tổng kết' },
  { value: 'cong_van_don_doc', label: 'Công văn đôn đốc' },
  { value: 'giay_moi', label: 'Giấy mời' },
];

export function choiceKind(choice: DocumentChoice): DocumentKind {
  return choice === 'bao_cao_so_ket' || choice === 'bao_cao_tong_ket' ? 'bao_cao' : choice;
}

/** The stage a báo cáo choice fixes; other documents take theirs from the form (or core's default). */
export function choiceStage(choice: DocumentChoice): ReportStage | undefined {
  if (choice === 'bao_cao_so_ket') return 'so_ket';
  if (choice === 'bao_cao_tong_ket') return 'tong_ket';
  return undefined;
}
