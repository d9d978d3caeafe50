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
  signer_title: string;
  signer_name: string;
  signer_authority: string;
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

/** A public holiday or a day off in lieu (migration 0007); Saturdays and Sundays are not listed. */
export interface HolidaysTable {
  id: Generated<number>;
  date: string;
  name: string;
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
  holidays: HolidaysTable;
}
