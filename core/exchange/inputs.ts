// What an import brings in, whatever carried it. A .tdkt packet and an Excel workbook are read into these
// same records, so one pipeline (checks → staged dry run → preview → apply → log → undo) serves both and
// neither reader can take a shortcut past the validators. Places point back into the source so every
// error and preview row can name the file, sheet and row the user must fix.
import type {
  CampaignForm, Gender, GroupKind, MemberRole, MilestoneKind, NomineeKind, ProposalStatus, UnitKind, WorkLevel, WorkStatus,
} from '../../db/schema.js';
import type { StaffClass } from '../api/labels.ts';

/** Where a record came from: a packet entry or a workbook row. */
export interface SourcePlace {
  file: string;
  sheet?: string;
  /** 1-based row as Excel shows it. */
  row?: number;
  /** A packet's record as the user reads it: "data.json, công trình thứ 12". */
  record?: string;
}

/** A unit as a units workbook or a campaign packet lists it; matched by uuid, then by code. */
export interface UnitInput {
  uuid?: string;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  parentCode: string | null;
  active: boolean;
  /** Khối/cụm memberships, by the group's code. */
  memberships: { uuid?: string; groupCode: string; role: MemberRole; validFrom: string; validTo: string | null; baseUpdatedAt?: string }[];
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A khối or cụm; matched by uuid, then by code. */
export interface GroupInput {
  uuid?: string;
  code: string;
  kind: GroupKind;
  name: string;
  active: boolean;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** The campaign itself, carried only by a whole-campaign packet (bringing a second PC up to date). */
export interface CampaignInput {
  uuid: string;
  name: string;
  form: CampaignForm;
  theme: string;
  startDate: string;
  endDate: string;
  planNumber: string;
  planDate: string | null;
  planIssuer: string;
  upperPlan: string;
  status: string;
  fields: string[];
  phases: { name: string; startDate: string; endDate: string }[];
  milestones: { kind: MilestoneKind; date: string; label: string }[];
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A unit taking part in the campaign. */
export interface RegistrationInput {
  uuid?: string;
  unitCode: string;
  registeredOn: string;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A unit's báo cáo for the campaign. */
export interface ReportInput {
  uuid?: string;
  unitCode: string;
  reportDate: string;
  content: string;
  source: string;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/**
 * A work (công trình / phần việc) as a registration form row or a packet record carries it; matched by
 * uuid, then by the natural key (unit code, title within unit and campaign). `baseUpdatedAt` is the
 * version the sender started from, so a change made on both sides merges field by field.
 */
export interface WorkInput {
  uuid?: string;
  unitCode: string;
  title: string;
  field: string;
  level: WorkLevel;
  target: string;
  dueDate: string | null;
  owner: string;
  status: WorkStatus;
  completedOn: string | null;
  note: string;
  /** A packet carries the whole record; a form row leaves these to the pipeline's defaults. */
  registeredOn?: string;
  cancelledOn?: string | null;
  evidence?: string;
  featured?: boolean;
  /** The status history (work_updates), oldest first, so statistics "as of" a day come out the same. */
  history?: { date: string; status: WorkStatus; note: string; source: string }[];
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A person a proposal's nominee names; matched by uuid (two people may share a name). */
export interface PersonInput {
  uuid: string;
  fullName: string;
  /** The tên when set by hand (a compound tên); null: computed from the name. */
  givenName: string | null;
  gender: Gender | null;
  birthYear: number | null;
  position: string;
  unitCode: string | null;
  staffClass: StaffClass | null;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A nominee of a proposal: a unit, a collective or household by name, or a person by uuid. */
export interface NomineeInput {
  uuid: string;
  kind: NomineeKind;
  unitCode: string | null;
  personUuid: string | null;
  name: string;
  formCode: string;
  achievement: string;
  sort: number;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A paper of a proposal with its bytes, checked against its sha256 by the reader. */
export interface AttachmentInput {
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  nomineeUuid: string | null;
  place: SourcePlace;
}

/** A unit's đề nghị khen thưởng for the input's campaign; matched by uuid. */
export interface ProposalInput {
  uuid: string;
  unitCode: string;
  year: number;
  submissionNumber: string;
  submissionDate: string | null;
  status: ProposalStatus;
  note: string;
  nominees: NomineeInput[];
  attachments: AttachmentInput[];
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A row the reader could not turn into a record: shown in the preview, exportable back to Excel. */
export interface RowError {
  place: SourcePlace;
  /** The column header as the user sees it, e.g. "Lĩnh vực". */
  column?: string;
  /** Vietnamese, e.g. "Dòng 12, cột Lĩnh vực: 'xyz' không có trong danh mục". */
  message: string;
}

/** A note the reader adds without refusing, e.g. text converted from TCVN3. */
export interface ReadNote {
  place: SourcePlace;
  message: string;
}

/**
 * Everything one file brings, read and checked for shape but not yet against the database: the one
 * argument of the import pipeline. Readers never write; the pipeline never parses files.
 */
export interface ImportInput {
  source: {
    kind: 'packet' | 'excel';
    file: string;
    sha256: string;
    /** What the file is: a packet's kind, or which workbook the settings sheet (or the headers) say. */
    what: 'campaign' | 'report' | 'proposal' | 'units' | 'registration_form';
    packetUuid?: string;
    /** role: a packet's sender is the secretariat or a unit (a report packet may only carry that unit's records). */
    sender?: { code: string; name: string; role?: 'secretariat' | 'unit' };
    sequence?: number;
    /** A packet's createdAt: the name both sides give the version of every record it carries. */
    createdAt?: string;
  };
  /** The campaign the records belong to, by uuid (a form's settings sheet or a packet's manifest). */
  campaignUuid?: string;
  campaign?: CampaignInput;
  groups: GroupInput[];
  units: UnitInput[];
  registrations: RegistrationInput[];
  works: WorkInput[];
  reports: ReportInput[];
  /** A proposal packet's (absent from every other input). */
  people?: PersonInput[];
  proposals?: ProposalInput[];
  errors: RowError[];
  notes: ReadNote[];
}
