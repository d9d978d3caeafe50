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
  kind: DocumentKind;
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
  kind: DocumentKind;
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

export type DocumentKind = 'ke_hoach' | 'bao_cao' | 'cong_van_don_doc' | 'giay_moi';
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
  kind: DocumentKind;
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
}

export interface DocumentSectionsTable {
  campaign_id: number;
  kind: DocumentKind;
  key: string;
  text: string;
  updated_at: string;
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
  certificate_templates: CertificateTemplatesTable;
  printer_calibrations: PrinterCalibrationsTable;
}
