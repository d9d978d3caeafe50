// Result shapes of the API, shared by core and the renderer (type-only).
import type {
  AwardCategory,
  AwardRecipient,
  CampaignForm,
  DocumentStatus,
  Gender,
  GroupKind,
  ListOrder,
  MemberRole,
  NomineeKind,
  PrintPaper,
  ProposalStatus,
  MilestoneKind,
  ReportStage,
  UnitKind,
  WorkLevel,
  WorkStatus,
} from '../../db/schema.ts';
import type { DocumentKind } from '../documents/kinds.ts';
import type { ApiError } from './envelope.ts';
import type { Margins } from './margins.ts';
import type { StaffClass, WorkFlag } from './labels.ts';
import type { AuthorityLevel } from '../awards/authority.ts';
import type { PercentMode } from '../text/numbers.ts';
import type { Anchor, Box, Calibration, CertificateRecipient, CertificateTemplate, FieldKey } from '../certificates/template.ts';

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  hasAgency: boolean;
  units: number;
  campaigns: number;
}

export interface Agency {
  parentBody: string;
  name: string;
  locality: string;
  abbreviation: string;
  /** What the agency's head may award (core/awards/authority.ts); kept as it was when a save leaves it out. */
  authorityLevel?: AuthorityLevel;
}

/** A body that issues documents: id null is the agency itself, the others issue in their own name under it. */
export interface IssuerRow {
  id: number | null;
  name: string;
  /** As printed above the name; empty for an Ủy ban nhân dân issuing itself (the header leaves it out). */
  parentBody: string;
  abbreviation: string;
}

/** One signature block: authority lines ("TM. Ủy ban nhân dân", "KT. Chủ tịch"), chức vụ, họ tên. */
export interface SignerRow {
  id: number;
  authority: string[];
  title: string;
  name: string;
}

export interface SignerDefault {
  /** null: the agency. */
  issuerId: number | null;
  kind: DocumentKind;
  signerId: number;
}

/** One entry of the Nơi nhận list, with the kinds of document it is a default recipient of. */
export interface RecipientRow {
  id: number;
  name: string;
  /** The body's own ký hiệu, if it issues or drafts documents itself (never sent its own). */
  abbreviation: string;
  kinds: DocumentKind[];
}

/** Who issues, who signs and who receives: what the Cơ quan page edits and the composer picks from. */
export interface IssuingSetup {
  issuers: IssuerRow[];
  signers: SignerRow[];
  defaults: SignerDefault[];
  recipients: RecipientRow[];
}

export interface Settings {
  /** How the dashboard counts rates when first opened; its switch changes the view only, never this. */
  percentMode: PercentMode;
  /** How generated documents round their rates unless a document chooses (Cơ quan page). */
  documentPercentMode: PercentMode;
  /** Page margins of generated documents, in mm, inside NĐ 30/2020's ranges. */
  margins: Margins;
  /** How many automatic daily backups are kept (older ones are removed; the user's own never are). */
  autoBackupKeep: number;
  /** Share of the council members present that must agree, in percent (80 → 80,00%); a new meeting takes it. */
  councilThreshold: number;
  /** The unit this install works for (its packets are report packets); null on the secretariat's PC. */
  installUnitCode: string | null;
}

export interface GroupRef {
  id: number;
  kind: GroupKind;
  name: string;
  role: MemberRole;
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  parentId: number | null;
  active: boolean;
  /** Current khối/cụm memberships (valid today). */
  groups: GroupRef[];
}

export interface MemberRow {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  role: MemberRole;
  validFrom: string;
  validTo: string | null;
}

export interface GroupRow {
  id: number;
  code: string;
  kind: GroupKind;
  name: string;
  active: boolean;
  memberCount: number;
  leader: string | null;
}

export interface GroupDetail extends GroupRow {
  /** Every membership ever recorded, newest first: the rotation history. */
  members: MemberRow[];
}

export interface CampaignRow {
  id: number;
  name: string;
  form: CampaignForm;
  startDate: string;
  endDate: string;
  planNumber: string;
  planDate: string | null;
  units: number;
  works: number;
}

export interface Phase {
  name: string;
  startDate: string;
  endDate: string;
}

export interface Milestone {
  kind: MilestoneKind;
  date: string;
  label: string;
}

export interface CampaignDetail {
  id: number;
  name: string;
  form: CampaignForm;
  theme: string;
  startDate: string;
  endDate: string;
  planNumber: string;
  planDate: string | null;
  planIssuer: string;
  /** The upper level's plan this campaign carries out, as cited: "Kế hoạch số …/KH-UBND ngày … của …". */
  upperPlan: string;
  phases: Phase[];
  milestones: Milestone[];
  fields: string[];
  unitIds: number[];
}

export interface WorkRow {
  id: number;
  campaignId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  title: string;
  field: string;
  level: WorkLevel;
  target: string;
  dueDate: string | null;
  owner: string;
  status: WorkStatus;
  registeredOn: string;
  completedOn: string | null;
  carriedFrom: number | null;
  flags: WorkFlag[];
}

export interface WorkUpdate {
  id: number;
  date: string;
  status: WorkStatus;
  note: string;
  source: string;
}

export interface WorkDetail extends WorkRow {
  evidence: string;
  /** Marked by the secretariat as a "công trình tiêu biểu" of the báo cáo. */
  featured: boolean;
  updates: WorkUpdate[];
  /** Works in later campaigns that continue this one. */
  carriedTo: { id: number; campaignId: number; campaignName: string }[];
}

export interface UnitReport {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  reportDate: string;
  content: string;
  source: string;
}

export interface LevelStats {
  level: WorkLevel;
  registered: number;
  completed: number;
  completedPercent: string;
}

export interface GroupStats {
  id: number;
  kind: GroupKind;
  name: string;
  units: number;
  reported: number;
  reportedPercent: string;
  works: number;
  completed: number;
  completedPercent: string;
}

export interface FieldStats {
  field: string;
  works: number;
  completed: number;
  completedPercent: string;
}

export interface OverdueWork {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  dueDate: string;
  /** Calendar days from the due date to the "as of" date. */
  daysOverdue: number;
}

/** The khối/cụm table's "Tổng cộng": every unit that sits in a khối or cụm, counted once. */
export interface GroupTotal {
  units: number;
  reported: number;
  reportedPercent: string;
  works: number;
  completed: number;
  completedPercent: string;
}

/** A campaign milestone on or after the "as of" date. */
export interface UpcomingMilestone {
  kind: MilestoneKind;
  label: string;
  date: string;
  /** Calendar days from the "as of" date; 0 on the day itself. */
  daysLeft: number;
}

export interface CampaignStats {
  campaign: { id: number; name: string };
  asOf: string;
  percentMode: PercentMode;
  groups: { khoi: number; cum: number };
  units: { registered: number; reported: number; reportedPercent: string };
  works: {
    registered: number;
    /** Units with at least one work registered by the "as of" date (a unit may take part and register none). */
    units: number;
    completed: number;
    completedPercent: string;
    overdue: number;
    byLevel: LevelStats[];
  };
  byGroup: GroupStats[];
  groupTotal: GroupTotal;
  /** Registered units in no khối or cụm on the date: the difference between the total and the headline. */
  ungroupedUnits: number;
  milestones: UpcomingMilestone[];
  byField: FieldStats[];
  notReported: { id: number; code: string; name: string; group: string | null; works: number }[];
  overdueWorks: OverdueWork[];
}

/** Made by the user, by the first start of a day, or just before a restore replaced the data. */
export type BackupKind = 'manual' | 'auto' | 'safety';

/** A complete, checked backup (a half-written one is never listed). */
export interface BackupEntry {
  name: string;
  path: string;
  bytes: number;
  createdAt: string;
  kind: BackupKind;
  /** Issued documents it holds; null for a bare database copy (.sqlite) from an older version. */
  documents: number | null;
}

export interface RestoreResult {
  /** The backup's name in the list, or the path of the file picked. */
  restored: string;
  /** The data as it was just before, kept as a backup of its own. */
  safetyCopy: BackupEntry;
  /** Documents put back into the documents folder; null when the file held the database only. */
  documents: number | null;
}

/** A folder or file chosen in a native dialog of the desktop shell; null when the user cancelled. */
export interface PickedPath {
  path: string | null;
}

/** The log files zipped for support (logs.export): saved by the renderer as it saves a document. */
export interface LogExport {
  fileName: string;
  contentBase64: string;
  bytes: number;
}

/** One editable section of a document: the text used now, and the app's own text it replaces. */
export interface DocumentSection {
  key: string;
  label: string;
  text: string;
  defaultText: string;
  edited: boolean;
}

/** A generated .docx: what the preview shows is this file. */
/** A public holiday or day off in lieu: not a working day for the document rules. */
export interface Holiday {
  id: number;
  date: string;
  name: string;
}

export interface DocumentFile {
  fileName: string;
  /** What the date rules advise against without refusing (core/documents/dates.ts), in Vietnamese. */
  warnings: string[];
  /** "19/KH-UBND", or "      /KH-UBND" when left blank for the văn thư. */
  numberText: string;
  contentBase64: string;
}

/** The number and date a draft would be issued with. */
export interface IssueNumber {
  number: number;
  /** "05/BC-UBND". */
  numberText: string;
  date: string;
}

/** A row of the register: a dự thảo (no number yet) or a document đã ban hành. */
export interface IssuedDocument {
  id: number;
  campaignId: number | null;
  /** An award document's proposal, meeting or decision; null for a campaign's document. */
  subject: { type: 'proposal' | 'meeting' | 'decision'; id: number } | null;
  kind: DocumentKind;
  stage: ReportStage | null;
  status: DocumentStatus;
  /** 1, then n+1 for a draft made after version n was issued. */
  version: number;
  /** The issued document this version replaces. */
  supersedes: number | null;
  /** When it was issued (ISO time); null for a draft. */
  issuedAt: string | null;
  number: number | null;
  symbol: string;
  numberText: string;
  date: string;
  asOf: string | null;
  summary: string;
  fileName: string;
  /** Where the app keeps its copy (in the data folder). */
  path: string;
  fileHash: string;
  bytes: number;
  createdAt: string;
  updatedAt: string;
}

/** The lists of a báo cáo: the khối/cụm summary, the units not reported, the completed works, and the unfinished works listed in full, only the overdue ones, counted per unit, or not at all. */
export interface ReportAppendices {
  groups: boolean;
  notReported: boolean;
  completed: boolean;
  outstanding: 'none' | 'all' | 'overdue' | 'by_unit';
}

/** A line of "Căn cứ …" a document cites while it is in force (valid_to is the last day, inclusive). */
export interface LegalBasis {
  id: number;
  text: string;
  validFrom: string;
  validTo: string | null;
  /** The kinds of document that cite it. */
  kinds: DocumentKind[];
  sort: number;
}

/** An office of the agency a kế hoạch assigns a duty to in "Tổ chức thực hiện". */
export interface Office {
  id: number;
  name: string;
  duty: string;
  sort: number;
  active: boolean;
}

/** A person who can be nominated (issue 9): the name in its parts, as official lists sort it. */
export interface PersonRow {
  id: number;
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  /** The tên was set by hand (a compound tên) and survives an edit of the full name. */
  givenManual: boolean;
  gender: Gender | null;
  birthYear: number | null;
  position: string;
  unitId: number | null;
  unitName: string;
  staffClass: StaffClass | null;
}

/** One form or title of the catalogue in one period of the law. */
export interface AwardForm {
  id: number;
  /** The form across its periods ("giay_khen_ca_nhan"). */
  code: string;
  name: string;
  category: AwardCategory;
  recipient: AwardRecipient;
  awardedBy: AuthorityLevel[];
  /** Thousandths of the base salary: 0,3 × → 300. */
  multiplierMilli: number;
  certificateTitle: string;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
  sort: number;
}

/** Mức lương cơ sở from validFrom until the next row's day. */
export interface BaseSalary {
  id: number;
  validFrom: string;
  /** Đồng. */
  amount: number;
  legalBasis: string;
}

/** A long piece of work (core/jobs): 'dang_chay' running (or waiting its turn), 'xong' done, 'loi' failed, 'da_huy' cancelled. */
export type JobState = 'dang_chay' | 'xong' | 'loi' | 'da_huy';

/** A file a job wrote, inside the database's data folder. */
export interface JobFile {
  name: string;
  path: string;
  bytes: number;
}

/** What a host and the UI see of a job; also the payload of every 'progress' event. */
export interface JobInfo {
  id: string;
  kind: string;
  state: JobState;
  done: number;
  total: number;
  /** "Đang tạo 412/1.000 giấy khen". */
  label: string;
  files: JobFile[];
  error: ApiError | null;
  startedAt: string;
  finishedAt: string | null;
}

/** A job's file as bytes, for a download (the browser host) or the save dialog (the desktop app). */
/** An exported list: the .xlsx file to save. */
export interface ExcelFile {
  /** "Danh-sach-don-vi.xlsx". */
  fileName: string;
  contentBase64: string;
  /** Rows of the list (of its first sheet), for "Đã xuất 1.234 dòng". */
  rows: number;
}

export interface JobFileContent {
  fileName: string;
  contentBase64: string;
}

/** What an opened packet holds, before the import pipeline compares it with the database. */
export interface PacketSummary {
  kind: 'campaign' | 'report' | 'proposal';
  sender: { role: 'secretariat' | 'unit'; code: string; name: string };
  packetUuid: string;
  sequence: number;
  campaign: { uuid: string; name: string };
  createdAt: string;
  appVersion: string;
  sha256: string;
  /** proposals, nominees, people and attachments: a proposal packet's (0 in the other kinds). */
  counts: {
    groups: number; units: number; registrations: number; works: number; reports: number;
    proposals: number; nominees: number; people: number; attachments: number;
  };
  /** Vietnamese, e.g. text turned from NFD into NFC, with its place. */
  notes: string[];
}

/** What the app pushes to its hosts (Electron's 'progress' channel, the browser host's /api/events). */
export interface AppEvent {
  name: 'progress';
  payload: JobInfo;
}

/** A nominee of a proposal, named as the lists show it. */
export interface NomineeRow {
  id: number;
  proposalId: number;
  kind: NomineeKind;
  unitId: number | null;
  unitName: string;
  personId: number | null;
  /** The collective's or household's name; the person's or unit's own name otherwise. */
  name: string;
  position: string;
  formCode: string;
  /** The form's name in force on the proposal's date; the code when it has none. */
  formName: string;
  achievement: string;
  sort: number;
}

export interface AttachmentRow {
  id: number;
  proposalId: number;
  nomineeId: number | null;
  fileName: string;
  sha256: string;
  bytes: number;
  createdAt: string;
}

/** An attachment with its bytes, as proposals.attachment returns it for a download. */
export interface AttachmentContent extends AttachmentRow {
  contentBase64: string;
}

export interface ProposalWarningRow {
  nomineeId: number;
  code: string;
  message: string;
}

export interface ProposalRow {
  id: number;
  uuid: string;
  /** Null: the secretariat's own. */
  unitId: number | null;
  unitName: string;
  campaignId: number | null;
  campaignName: string;
  year: number;
  submissionNumber: string;
  submissionDate: string | null;
  status: ProposalStatus;
  note: string;
  nominees: number;
  /** How many warnings its nominees carry (ProposalDetail lists them). */
  warningCount: number;
  updatedAt: string;
}

export interface ProposalDetail extends ProposalRow {
  nomineeList: NomineeRow[];
  attachments: AttachmentRow[];
  /** What to look at twice; none stops the proposal. */
  warnings: ProposalWarningRow[];
}

export interface VoteRow {
  nomineeId: number;
  proposalId: number;
  kind: NomineeKind;
  name: string;
  unitName: string;
  formCode: string;
  formName: string;
  /** Null: not voted yet. */
  agree: number | null;
  /** "87,50%", empty when not voted. */
  percent: string;
  passed: boolean;
}

export interface MeetingRow {
  id: number;
  campaignId: number | null;
  date: string;
  place: string;
  membersTotal: number;
  membersPresent: number;
  chair: string;
  secretary: string;
  thresholdHundredths: number;
  /** "80,00%" */
  threshold: string;
  note: string;
  proposalIds: number[];
}

export interface MeetingDetail extends MeetingRow {
  votes: VoteRow[];
}

export interface DecisionLineRow {
  nomineeId: number;
  proposalId: number;
  kind: NomineeKind;
  name: string;
  unitName: string;
  formCode: string;
  /** The council passed it (always true without a meeting). */
  accepted: boolean;
}

export interface DecisionRow {
  id: number;
  meetingId: number | null;
  campaignId: number | null;
  formCode: string;
  formName: string;
  date: string;
  issuerId: number | null;
  signerId: number | null;
  status: DocumentStatus;
  number: number | null;
  symbol: string;
  /** "25/QĐ-UBND", or the blank a draft carries. */
  numberText: string;
  achievement: string;
  money: boolean;
  listOrder: ListOrder;
  unitOrder: number[];
  lines: number;
  issuedAt: string | null;
}

export interface DecisionDetail extends DecisionRow {
  lineList: DecisionLineRow[];
}

/** A line of the sổ khen thưởng. */
export interface AwardRow {
  id: number;
  decisionId: number;
  /** "25/QĐ-UBND" */
  decisionNumber: string;
  decisionDate: string;
  nomineeId: number | null;
  kind: NomineeKind;
  personId: number | null;
  unitId: number | null;
  salutation: string;
  /** The recipient as printed. */
  name: string;
  position: string;
  unitName: string;
  achievement: string;
  formCode: string;
  formName: string;
  /** Đồng. */
  amount: number;
  bookYear: number;
  /** Số sổ. */
  bookNumber: number;
  revokedAt: string | null;
  revokedReason: string;
  prints: number;
}

export interface PrintRow {
  id: number;
  awardId: number;
  printedAt: string;
  template: string;
  printer: string;
  paper: PrintPaper;
  reprint: boolean;
}

export interface SpoiledRow {
  id: number;
  awardId: number | null;
  spoiledAt: string;
  reason: string;
  count: number;
}

/** A certificate template as stored (core/certificates/template.ts is the shape of `template`). */
export interface CertificateTemplateRow {
  id: number;
  isDefault: boolean;
  template: CertificateTemplate;
  /** A photo or scan of the blank is kept for the editor (never printed). */
  hasBackground: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One printer and tray's correction, kept apart from the templates. */
export interface CalibrationRow extends Calibration {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A certificate PDF written into the database's data folder (a test page, a preview), with its bytes:
 * the browser host downloads it and the desktop's save dialog offers to open it, as with documents.
 */
export interface CertificateFile {
  fileName: string;
  path: string;
  bytes: number;
  pages: number;
  /** The preflight's lines for the sample recipients (text spilling over a box, a missing glyph). */
  warnings: string[];
  contentBase64: string;
}

/** The photo or scan of a blank the editor places boxes over; never printed. */
export interface CertificateBackground {
  mime: 'image/png' | 'image/jpeg';
  contentBase64: string;
  bytes: number;
}

/** One text of a previewed certificate, laid out by core exactly as the PDF draws it. */
export interface PreviewText {
  /** The template field, or null for the full design's own lines (Quốc hiệu, title…). */
  key: FieldKey | null;
  box: Box;
  anchor: Anchor;
  bold: boolean;
  italic: boolean;
  /** The size the fit rule chose. */
  sizePt: number;
  colour: string;
  /** Left edge, baseline and width in mm from the paper's top-left corner. */
  lines: { text: string; xMm: number; baselineMm: number; widthMm: number }[];
  fits: boolean;
  overflow: 'none' | 'width' | 'height';
}

/** One certificate of the editor's preview: the chosen recipient, the longest name or the longest achievement. */
export interface PreviewPage {
  role: 'chosen' | 'longestName' | 'longestAchievement';
  label: string;
  recipient: CertificateRecipient;
  widthMm: number;
  heightMm: number;
  texts: PreviewText[];
  rules: { x1: number; y1: number; x2: number; y2: number; widthPt: number; colour: string }[];
  rects: { box: Box; widthPt: number; colour: string }[];
  /** The preflight's lines for this recipient: a field that does not fit, a missing glyph, an empty required field. */
  issues: { field: FieldKey; level: 'block' | 'warn'; message: string }[];
}

export interface LayoutPreview {
  /** Where the recipients came from: a decision's lines, the ones typed, or the app's samples. */
  source: { kind: 'decision'; decisionId: number; numberText: string; lines: number } | { kind: 'typed' } | { kind: 'samples' };
  pages: PreviewPage[];
}

/** The kinds of record an import preview counts (core/exchange/pipeline). */
export type ImportKind = 'campaign' | 'groups' | 'units' | 'registrations' | 'works' | 'reports' | 'people' | 'proposals' | 'nominees' | 'attachments';
/**
 * What the import does with one record: new, changed (with its diff), unchanged, a possible duplicate of
 * a record we have (inserted as new, never merged: a suggestion the user may skip), a conflict (the same
 * field changed on both sides: resolved by the user), or an error (refused, with its Vietnamese reason).
 */
export type ImportAction = 'new' | 'changed' | 'unchanged' | 'duplicate' | 'conflict' | 'error';

/** One field of a matched record: ours, theirs, and what the merge does with it. */
export interface ImportFieldDiff {
  field: string;
  /** The column as the user reads it: "Tên công trình", "Trạng thái". */
  label: string;
  ours: string;
  theirs: string;
  /** theirs: only the sender changed it (taken); ours: only we did (kept); both: a conflict. */
  changedBy: 'theirs' | 'ours' | 'both';
}

export interface ImportPreviewRow {
  /** Stable within one staging ("works:12"): what resolutions and skips name. */
  key: string;
  kind: ImportKind;
  action: ImportAction;
  /** "P01 · Trồng cây xanh". */
  label: string;
  /** Where it came from: "data.json", "Đăng ký, dòng 12". */
  place: string;
  /** How it was matched with ours: by uuid, by its natural key, or not at all (new). */
  matchedBy: 'uuid' | 'key' | null;
  diff: ImportFieldDiff[];
  /** A possible duplicate: the record of ours it looks like. */
  similarTo?: string;
  /** An error: why it is refused. */
  message?: string;
}

export type ImportCounts = Record<ImportKind, Record<ImportAction, number>>;

export interface ImportPreview {
  stagingId: string;
  file: string;
  what: string;
  sender: { code: string; name: string } | null;
  /** Set when this packet (same uuid or same sha256) was imported before and not undone. */
  alreadyImported: { at: string; message: string } | null;
  counts: ImportCounts;
  rows: ImportPreviewRow[];
  /** The reader's notes (text converted from TCVN3, …) and the pipeline's. */
  notes: string[];
  /** Records apply would write, if every conflict is resolved as the resolutions say. */
  toWrite: number;
}

/** The user's answer to one conflicting field. */
export interface ImportResolution {
  row: string;
  field: string;
  take: 'ours' | 'theirs';
}

export interface ImportApplied {
  /** The packets log row, or null when nothing was written. */
  packetId: number | null;
  counts: ImportCounts;
  written: number;
  message: string;
}

export interface PacketLogRow {
  id: number;
  direction: 'import' | 'export';
  sourceKind: 'packet' | 'excel';
  what: string;
  /** The other side: who sent a file imported; who a packet exported is for. */
  sender: string;
  fileName: string;
  sha256: string;
  packetUuid: string | null;
  sequence: number | null;
  at: string;
  /** For an export, `new` counts the records of each kind the packet carried. */
  counts: ImportCounts;
  /** Per row what changed: [kind, action, uuid, label, changed fields]. */
  changes: [ImportKind, ImportAction, string, string, string[]][];
  undoneAt: string | null;
  /** The last import not undone: the one "Hoàn tác lần nhập cuối" would undo. */
  undoable: boolean;
}

export interface ImportUndone {
  packetId: number;
  restored: number;
  message: string;
}

/** A workbook (or a zip of workbooks) the app wrote, for the renderer to save. */
/** A workbook (or a zip of them) made for a unit to fill in: a form, not a list, so no row count. */
export interface FormFile {
  fileName: string;
  contentBase64: string;
}

/** What an .xlsx brings, as read and checked against itself (exchange.readExcel); nothing applied yet. */
export interface ExcelReadSummary {
  what: 'units' | 'registration_form';
  file: string;
  sha256: string;
  campaignUuid: string | null;
  counts: { units: number; groups: number; works: number; errors: number; notes: number };
  /** "Dòng 12, cột Lĩnh vực: 'xyz' không có trong danh mục". */
  errors: { sheet: string; row: number; column: string; message: string }[];
  /** "Dòng 5: chuyển từ mã TCVN3 sang Unicode". */
  notes: { sheet: string; row: number; message: string }[];
  /** Validation ranges clamped to the rows used before reading (whole-column dropdowns). */
  clamped: number;
}
