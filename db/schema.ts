// The Kysely view of the tables. The migrations are the truth; tests/unit/db-schema.test.ts checks
// that every table and column named here exists in a freshly migrated database.
import type { Generated } from 'kysely';

export type UnitKind = 'co_quan' | 'phuong_xa' | 'truong' | 'doanh_nghiep' | 'khac';
export type GroupKind = 'khoi' | 'cum';
export type MemberRole = 'truong' | 'pho' | 'thanh_vien';
export type CampaignForm = 'thuong_xuyen' | 'chuyen_de';
export type MilestoneKind = 'han_dang_ky' | 'bao_cao' | 'so_ket' | 'tong_ket';
export type WorkLevel = 'thanh_pho' | 'co_so';
export type WorkStatus = 'da_dang_ky' | 'dang_thuc_hien' | 'hoan_thanh' | 'khong_hoan_thanh' | 'huy';

export interface AgencyTable {
  id: number;
  parent_body: string;
  name: string;
  locality: string;
  abbreviation: string;
  /** What its head may award: a level named in award_forms.awarded_by ("chu_tich_xa"). */
  authority_level: Generated<string>;
  updated_at: string;
}

export interface SignersTable {
  id: Generated<number>;
  /** Authority lines, one a line: "TM. Ủy ban nhân dân\nKT. Chủ tịch". */
  authority: string;
  title: string;
  name: string;
  sort: number;
  updated_at: string;
}

export interface IssuersTable {
  id: Generated<number>;
  name: string;
  /** Empty: the agency's name. */
  parent_body: string;
  abbreviation: string;
  sort: number;
  updated_at: string;
}

export interface SignerDefaultsTable {
  /** 0: the agency itself. */
  issuer_id: number;
  kind: string;
  signer_id: number;
}

export interface RecipientsTable {
  id: Generated<number>;
  name: string;
  abbreviation: string;
  sort: number;
  updated_at: string;
}

export interface RecipientKindsTable {
  recipient_id: number;
  kind: string;
}

export type Gender = 'nam' | 'nu';
export type AwardCategory = 'danh_hieu' | 'hinh_thuc';
export type AwardRecipient = 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';

export interface PeopleTable {
  id: Generated<number>;
  uuid: string;
  full_name: string;
  /** Họ, tên đệm, tên: official lists sort by tên, then tên đệm, then họ. */
  family_name: string;
  middle_name: string;
  given_name: string;
  /** 1: tên was set by hand (a compound tên) and survives an edit of full_name. */
  given_manual: number;
  gender: Gender | null;
  birth_year: number | null;
  position: string;
  unit_id: number | null;
  staff_class: string;
  search: string;
  created_at: string;
  updated_at: string;
}

export interface AwardFormsTable {
  id: Generated<number>;
  /** The form across its periods: "giay_khen_ca_nhan". */
  code: string;
  name: string;
  category: AwardCategory;
  recipient: AwardRecipient;
  /** Authority levels that may award it, comma-separated. */
  awarded_by: string;
  /** Reward as thousandths of the base salary: 0,3 × → 300. */
  multiplier_milli: number;
  /** Heading of the printed certificate; empty when none is printed. */
  certificate_title: string;
  legal_basis: string;
  valid_from: string;
  valid_to: string | null;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface BaseSalariesTable {
  id: Generated<number>;
  valid_from: string;
  /** Đồng. */
  amount: number;
  legal_basis: string;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface UnitsTable {
  id: Generated<number>;
  uuid: string;
  code: string;
  name: string;
  short_name: string;
  kind: UnitKind;
  parent_id: number | null;
  active: number;
  search: string;
  created_at: string;
  updated_at: string;
}

export interface GroupsTable {
  id: Generated<number>;
  uuid: string;
  code: string;
  kind: GroupKind;
  name: string;
  active: number;
  search: string;
  created_at: string;
  updated_at: string;
}

export interface GroupMembersTable {
  id: Generated<number>;
  uuid: string;
  group_id: number;
  unit_id: number;
  role: MemberRole;
  valid_from: string;
  valid_to: string | null;
  updated_at: string;
}

export interface CampaignsTable {
  id: Generated<number>;
  uuid: string;
  name: string;
  form: CampaignForm;
  theme: string;
  start_date: string;
  end_date: string;
  plan_number: string;
  plan_date: string | null;
  plan_issuer: string;
  /** The upper level's plan this campaign carries out (migration 0008). */
  upper_plan: Generated<string>;
  status: string;
  search: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignPhasesTable {
  id: Generated<number>;
  campaign_id: number;
  seq: number;
  name: string;
  start_date: string;
  end_date: string;
}

export interface CampaignMilestonesTable {
  id: Generated<number>;
  campaign_id: number;
  kind: MilestoneKind;
  date: string;
  label: string;
}

export interface CampaignFieldsTable {
  id: Generated<number>;
  campaign_id: number;
  seq: number;
  name: string;
}

export interface RegistrationsTable {
  id: Generated<number>;
  uuid: string;
  campaign_id: number;
  unit_id: number;
  registered_on: string;
  updated_at: string;
}

export interface UnitReportsTable {
  id: Generated<number>;
  uuid: string;
  campaign_id: number;
  unit_id: number;
  report_date: string;
  content: string;
  source: string;
  created_at: string;
  updated_at: string;
}

export interface WorksTable {
  id: Generated<number>;
  uuid: string;
  campaign_id: number;
  unit_id: number;
  title: string;
  title_key: string;
  field: string;
  level: WorkLevel;
  target: string;
  due_date: string | null;
  owner: string;
  status: WorkStatus;
  registered_on: string;
  completed_on: string | null;
  cancelled_on: string | null;
  evidence: string;
  carried_from: number | null;
  search: string;
  created_at: string;
  updated_at: string;
  /** 1 when the secretariat marked it "công trình tiêu biểu" (migration 0009). */
  featured: Generated<number>;
}

export interface WorkUpdatesTable {
  id: Generated<number>;
  work_id: number;
  date: string;
  status: WorkStatus;
  note: string;
  source: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string;
}

export type ReportStage = 'so_ket' | 'tong_ket';
/** dự thảo (no number yet, regenerated freely) or đã ban hành (numbered, dated, locked). */
export type DocumentStatus = 'du_thao' | 'da_ban_hanh';

export interface DocCountersTable {
  issuer: string;
  doc_type: string;
  year: number;
  last_number: number;
  updated_at: string;
}

export interface IssuedDocumentsTable {
  id: Generated<number>;
  uuid: string;
  campaign_id: number | null;
  /** An id of core/documents/kinds.ts (free since migration 0011: a new kind needs no rebuild). */
  kind: string;
  stage: ReportStage | null;
  status: DocumentStatus;
  issuer: string;
  doc_type: string;
  year: number;
  number: number | null;
  symbol: string;
  doc_date: string;
  as_of: string | null;
  summary: string;
  file_name: string;
  file_hash: string;
  bytes: number;
  search: string;
  issued_at: string | null;
  version: number;
  supersedes: number | null;
  request_json: string;
  created_at: string;
  updated_at: string;
  /** NULL for a campaign's documents; 'proposal', 'meeting', 'decision' for the award documents (0011). */
  subject_type: string | null;
  subject_id: number | null;
}

export interface DocumentSectionsTable {
  /** NULL for the edits of a subject's document (a proposal's, a meeting's, a decision's). */
  campaign_id: number | null;
  kind: string;
  key: string;
  text: string;
  updated_at: string;
  subject_type: string | null;
  subject_id: number | null;
}

/** A dated line of "Căn cứ …" (migration 0008); valid_to is the last day in force. */
export interface LegalBasesTable {
  id: Generated<number>;
  text: string;
  valid_from: string;
  valid_to: string | null;
  /** Document kinds citing it, comma-separated. */
  kinds: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

/** An office a plan assigns a duty to (migration 0008). */
export interface OfficesTable {
  id: Generated<number>;
  name: string;
  duty: string;
  sort: number;
  active: number;
  created_at: string;
  updated_at: string;
}

/** A public holiday or a day off in lieu (migration 0007); Saturdays and Sundays are not listed. */
export interface HolidaysTable {
  id: Generated<number>;
  date: string;
  name: string;
  updated_at: string;
}

/** 'don_vi' a unit, 'tap_the' a named collective inside a unit, 'ca_nhan' a person, 'ho_gia_dinh' a household. */
export type NomineeKind = 'don_vi' | 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';
export type ProposalStatus = 'du_thao' | 'da_trinh';
export type PrintPaper = 'giay_trang' | 'phoi';
/** How a danh sách orders its lines: grouped by unit, or fully alphabetical. */
export type ListOrder = 'by_unit' | 'alphabetical';

export interface ProposalsTable {
  id: Generated<number>;
  uuid: string;
  /** Null: the secretariat's own proposal. */
  unit_id: number | null;
  /** Null: a yearly proposal. */
  campaign_id: number | null;
  year: number;
  /** The tờ trình it came with: "12/TTr-UBND" and its date. */
  submission_number: string;
  submission_date: string | null;
  status: ProposalStatus;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface ProposalNomineesTable {
  id: Generated<number>;
  uuid: string;
  proposal_id: number;
  kind: NomineeKind;
  unit_id: number | null;
  person_id: number | null;
  /** A collective's or a household's name; empty for a unit or a person. */
  name: string;
  form_code: string;
  achievement: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface ProposalAttachmentsTable {
  id: Generated<number>;
  proposal_id: number;
  nominee_id: number | null;
  file_name: string;
  /** The file's name in the data folder. */
  stored_name: string;
  sha256: string;
  bytes: number;
  created_at: string;
}

export interface CouncilMeetingsTable {
  id: Generated<number>;
  uuid: string;
  campaign_id: number | null;
  meeting_date: string;
  place: string;
  members_total: number;
  members_present: number;
  chair: string;
  secretary: string;
  /** Share of the members present that must agree, in hundredths of a percent (8000 = 80,00%). */
  threshold_hundredths: number;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingProposalsTable {
  meeting_id: number;
  proposal_id: number;
}

export interface MeetingVotesTable {
  id: Generated<number>;
  meeting_id: number;
  nominee_id: number;
  agree: number;
}

export interface DecisionsTable {
  id: Generated<number>;
  uuid: string;
  meeting_id: number | null;
  campaign_id: number | null;
  form_code: string;
  decision_date: string;
  /** Null: the agency itself. */
  issuer_id: number | null;
  signer_id: number | null;
  status: DocumentStatus;
  year: number | null;
  number: number | null;
  /** "QĐ-UBND", once issued. */
  symbol: string;
  /** Copied at issue: the issuer's ký hiệu, name and parent body, the signer's block. */
  issuer: string;
  issuer_name: string;
  issuer_parent_body: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  achievement: string;
  money: number;
  list_order: ListOrder;
  /** JSON list of unit ids; "[]": the units' khối/cụm order. */
  unit_order: string;
  issued_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DecisionLinesTable {
  decision_id: number;
  nominee_id: number;
  sort: number;
}

/** A line of the sổ khen thưởng: what was printed, copied at issue. */
export interface AwardsTable {
  id: Generated<number>;
  uuid: string;
  decision_id: number;
  nominee_id: number | null;
  kind: NomineeKind;
  unit_id: number | null;
  person_id: number | null;
  /** "Ông", "Bà", "Ông/Bà", "Tập thể", "Hộ gia đình". */
  salutation: string;
  name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  position: string;
  unit_name: string;
  achievement: string;
  form_id: number;
  form_code: string;
  form_name: string;
  multiplier_milli: number;
  base_salary: number;
  /** Đồng. */
  amount: number;
  book_year: number;
  /** Số sổ, per (book_year, form_code). */
  book_number: number;
  sort: number;
  revoked_at: string | null;
  revoked_reason: string;
  created_at: string;
}

export interface AwardPrintsTable {
  id: Generated<number>;
  award_id: number;
  printed_at: string;
  template: string;
  printer: string;
  paper: PrintPaper;
  reprint: number;
}

export interface SpoiledBlanksTable {
  id: Generated<number>;
  award_id: number | null;
  spoiled_at: string;
  reason: string;
  count: number;
}

export interface CertificateTemplatesTable {
  id: Generated<number>;
  name: string;
  kind: 'full' | 'phoi';
  title: string;
  width_mm: number;
  height_mm: number;
  /** JSON: the fields (boxes in mm, style), validated by core/certificates/template.ts on every read and write. */
  fields: string;
  is_default: number;
  created_at: string;
  updated_at: string;
}

/** The editor's photo or scan of a blank, one per template; never printed. */
export interface CertificateBackgroundsTable {
  template_id: number;
  mime: 'image/png' | 'image/jpeg';
  image: Buffer;
  created_at: string;
  updated_at: string;
}

export interface PrinterCalibrationsTable {
  id: Generated<number>;
  printer: string;
  tray: string;
  offset_x_mm: number;
  offset_y_mm: number;
  scale: number;
  created_at: string;
  updated_at: string;
}

/** A packet or form imported or sent (migration 0016). */
export interface PacketsTable {
  id: Generated<number>;
  direction: 'import' | 'export';
  source_kind: 'packet' | 'excel';
  what: string;
  sender_code: string;
  sender_name: string;
  file_name: string;
  sha256: string;
  packet_uuid: string | null;
  sequence: number | null;
  campaign_uuid: string | null;
  at: string;
  /** JSON: per kind, the counts of the preview. */
  counts: string;
  /** JSON: per row what changed. */
  changes: string;
  undone_at: string | null;
}

/** What one import touched, to undo it (migration 0016). */
export interface ImportBatchesTable {
  id: Generated<number>;
  packet_id: number;
  at: string;
  /** JSON: per table, the ids inserted and the rows updated as they were before. */
  before: string;
  /** JSON: per table, the largest id right after the import. */
  max_ids: string;
  undone_at: string | null;
}

/** A row's merge fields as sent or received at one updated_at: the base of a later merge (migration 0016). */
export interface RowVersionsTable {
  entity: string;
  uuid: string;
  updated_at: string;
  fields: string;
  batch_id: number | null;
}

export interface Database {
  agency: AgencyTable;
  settings: SettingsTable;
  units: UnitsTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  campaigns: CampaignsTable;
  campaign_phases: CampaignPhasesTable;
  campaign_milestones: CampaignMilestonesTable;
  campaign_fields: CampaignFieldsTable;
  registrations: RegistrationsTable;
  unit_reports: UnitReportsTable;
  works: WorksTable;
  work_updates: WorkUpdatesTable;
  audit_log: AuditLogTable;
  doc_counters: DocCountersTable;
  issued_documents: IssuedDocumentsTable;
  document_sections: DocumentSectionsTable;
  legal_bases: LegalBasesTable;
  offices: OfficesTable;
  signers: SignersTable;
  issuers: IssuersTable;
  signer_defaults: SignerDefaultsTable;
  recipients: RecipientsTable;
  recipient_kinds: RecipientKindsTable;
  holidays: HolidaysTable;
  people: PeopleTable;
  award_forms: AwardFormsTable;
  base_salaries: BaseSalariesTable;
  proposals: ProposalsTable;
  proposal_nominees: ProposalNomineesTable;
  proposal_attachments: ProposalAttachmentsTable;
  council_meetings: CouncilMeetingsTable;
  meeting_proposals: MeetingProposalsTable;
  meeting_votes: MeetingVotesTable;
  decisions: DecisionsTable;
  decision_lines: DecisionLinesTable;
  awards: AwardsTable;
  award_prints: AwardPrintsTable;
  spoiled_blanks: SpoiledBlanksTable;
  certificate_templates: CertificateTemplatesTable;
  printer_calibrations: PrinterCalibrationsTable;
  packets: PacketsTable;
  import_batches: ImportBatchesTable;
  row_versions: RowVersionsTable;
  certificate_backgrounds: CertificateBackgroundsTable;
}
