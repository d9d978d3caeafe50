// The kinds of document the app makes, each named once: what the register, the contract, the command
// line and every screen call it, which NĐ 30 type numbers it, and what it is about. Everything that
// lists or names kinds is derived from this table, and the module that builds each kind
// (core/documents/kinds/<kind>.ts) is found through core/documents/registry.ts by the same id. Pure (no
// node:, no database, no docx): the renderer reads it too.
import type { ReportStage } from '../../db/schema.ts';
import type { DocType } from './numbering.ts';

/** What a document is about, and so what its drafts and saved edits are kept under. */
export type DocumentSubject = 'campaign' | 'proposal' | 'meeting' | 'decision';

/**
 * The rule its date follows (core/documents/dates.ts): a plan's own date; a report never dated before
 * its figures; a reminder's deadline after it; an invitation before its meeting; an award document the
 * date of its proposal, meeting or decision.
 */
export type DateRule = 'plan' | 'figures' | 'reminder' | 'invitation' | 'subject';

export interface KindInfo {
  /** As the register names it ("Giấy mời hội nghị"); a stage adds " sơ kết" / " tổng kết". */
  label: string;
  /** In the list of documents to write, when shorter than the register's name ("Giấy mời"). */
  choiceLabel?: string;
  /** The NĐ 30 type: its abbreviation in the ký hiệu and its yearly numbering register. */
  docType: DocType;
  /** Start of its file names ("bao-cao-so-ket_01-BC-UBND_2021-04-14.docx"). */
  slug: string;
  /** `doc <name>` on the command line. */
  cli: string;
  subject: DocumentSubject;
  /** The sơ kết / tổng kết it can be for; empty when it has none. */
  stages: readonly ReportStage[];
  /** Where its stage is chosen: as two documents of the list (báo cáo), or in the form (giấy mời). */
  stageChoice?: 'list' | 'form';
  /** It reports figures "tính đến ngày": its as-of day is kept in the register. */
  asOf: boolean;
  dates: DateRule;
}

const STAGES = ['so_ket', 'tong_ket'] as const satisfies readonly ReportStage[];

/** In the order the lists show them. */
export const DOCUMENT_KINDS = {
  ke_hoach: { label: 'Kế hoạch', docType: 'ke_hoach', slug: 'ke-hoach', cli: 'ke-hoach', subject: 'campaign', stages: [], asOf: false, dates: 'plan' },
  bao_cao: {
    label: 'Báo cáo',
    docType: 'bao_cao',
    slug: 'bao-cao',
    cli: 'bao-cao',
    subject: 'campaign',
    stages: STAGES,
    stageChoice: 'list',
    asOf: true,
    dates: 'figures',
  },
  cong_van_don_doc: {
    label: 'Công văn đôn đốc',
    docType: 'cong_van',
    slug: 'cong-van-don-doc',
    cli: 'cong-van-don-doc',
    subject: 'campaign',
    stages: [],
    asOf: true,
    dates: 'reminder',
  },
  giay_moi: {
    label: 'Giấy mời hội nghị',
    choiceLabel: 'Giấy mời',
    docType: 'giay_moi',
    slug: 'giay-moi',
    cli: 'giay-moi',
    subject: 'campaign',
    stages: STAGES,
    stageChoice: 'form',
    asOf: true,
    dates: 'invitation',
  },
  to_trinh_de_nghi: {
    label: 'Tờ trình đề nghị khen thưởng',
    docType: 'to_trinh',
    slug: 'to-trinh-de-nghi',
    cli: 'to-trinh',
    subject: 'proposal',
    stages: [],
    asOf: false,
    dates: 'subject',
  },
  to_trinh_ket_qua: {
    label: 'Tờ trình kết quả xét khen thưởng',
    docType: 'to_trinh',
    slug: 'to-trinh-ket-qua',
    cli: 'to-trinh-ket-qua',
    subject: 'meeting',
    stages: [],
    asOf: false,
    dates: 'subject',
  },
  bien_ban_hop: {
    label: 'Biên bản họp Hội đồng',
    docType: 'bien_ban',
    slug: 'bien-ban-hop',
    cli: 'bien-ban',
    subject: 'meeting',
    stages: [],
    asOf: false,
    dates: 'subject',
  },
  quyet_dinh: {
    label: 'Quyết định khen thưởng',
    docType: 'quyet_dinh',
    slug: 'quyet-dinh',
    cli: 'quyet-dinh',
    subject: 'decision',
    stages: [],
    asOf: false,
    dates: 'subject',
  },
} as const satisfies Record<string, KindInfo>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Every kind's id, in the table's order (a tuple, for z.enum). */
export const DOCUMENT_KIND_IDS = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

export function kindInfo(kind: DocumentKind): KindInfo {
  return DOCUMENT_KINDS[kind];
}

export function isDocumentKind(value: string): value is DocumentKind {
  return Object.hasOwn(DOCUMENT_KINDS, value);
}

const STAGE_WORDS: Record<ReportStage, string> = { so_ket: 'sơ kết', tong_ket: 'tổng kết' };

/** As the register names a document: "Báo cáo sơ kết", "Giấy mời hội nghị tổng kết". */
export function kindLabel(kind: DocumentKind, stage: ReportStage | null): string {
  const info = kindInfo(kind);
  return stage && info.stages.includes(stage) ? `${info.label} ${STAGE_WORDS[stage]}` : info.label;
}

/** `doc <name>` → kind. */
export const KIND_BY_CLI_NAME: ReadonlyMap<string, DocumentKind> = new Map(DOCUMENT_KIND_IDS.map((k) => [DOCUMENT_KINDS[k].cli, k]));

/** A document of the list to write: a kind, with the stage when the list offers one per stage. */
export interface KindChoice {
  /** "bao_cao_so_ket"; the kind's own id when it has no stage in the list. */
  value: string;
  label: string;
  kind: DocumentKind;
  stage?: ReportStage;
}

/** The campaign's documents: an award document is written from its proposal, meeting or decision instead. */
export const KIND_CHOICES: readonly KindChoice[] = DOCUMENT_KIND_IDS.flatMap((kind): KindChoice[] => {
  const info = kindInfo(kind);
  if (info.subject !== 'campaign') return [];
  if (info.stageChoice === 'list') {
    return info.stages.map((stage) => ({ value: `${kind}_${stage}`, label: kindLabel(kind, stage), kind, stage }));
  }
  return [{ value: kind, label: info.choiceLabel ?? info.label, kind }];
});
