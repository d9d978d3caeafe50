// The documents the Văn bản page offers, and their Vietnamese names, from core's table of kinds. Core
// keeps kind and stage apart; the secretariat thinks of "báo cáo sơ kết" and "báo cáo tổng kết" as two
// documents, so a kind whose stage is chosen in the list is offered once per stage.
import type { IssuedDocument } from '../../../core/api/types.ts';
import { type DOCUMENT_KINDS, KIND_CHOICES } from '../../../core/documents/kinds.ts';

export type DocumentKind = IssuedDocument['kind'];
export type ReportStage = NonNullable<IssuedDocument['stage']>;

type StagedInList = { [K in DocumentKind]: (typeof DOCUMENT_KINDS)[K] extends { stageChoice: 'list' } ? K : never }[DocumentKind];

/** "ke_hoach", "bao_cao_so_ket", "bao_cao_tong_ket", …: a kind, or a kind and stage. */
export type DocumentChoice = Exclude<DocumentKind, StagedInList> | `${StagedInList}_${(typeof DOCUMENT_KINDS)[StagedInList]['stages'][number]}`;

export const DOCUMENT_CHOICES = KIND_CHOICES.map((c) => ({ value: c.value as DocumentChoice, label: c.label }));

const BY_VALUE = new Map(KIND_CHOICES.map((c) => [c.value, c]));

export function choiceKind(choice: DocumentChoice): DocumentKind {
  return BY_VALUE.get(choice)!.kind;
}

/** The stage a báo cáo choice fixes; other documents take theirs from the form (or core's default). */
export function choiceStage(choice: DocumentChoice): ReportStage | undefined {
  return BY_VALUE.get(choice)!.stage;
}
