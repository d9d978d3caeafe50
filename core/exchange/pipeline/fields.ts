// The fields the merge compares for each kind of record, read the same way from our row and from the
// sender's record, as strings (null → '', true → '1', lists as JSON), with the label and the display
// value the preview shows. One place, so our side and theirs can never be read differently.
import type { Selectable } from 'kysely';
import type { CampaignsTable, GroupKind, UnitKind, WorkLevel, WorkStatus, WorksTable } from '../../../db/schema.ts';
import { campaignFormLabel, groupKindLabel, unitKindLabel, workLevelLabel, workStatusLabel } from '../../api/labels.ts';
import { formatDateShort } from '../../text/dates.ts';
import type { CampaignInput, GroupInput, ReportInput, UnitInput, WorkInput } from '../inputs.ts';
import type { Fields } from './merge.ts';

const flag = (b: boolean | number) => (b === true || b === 1 ? '1' : '0');

export const LABELS = {
  units: { code: 'Mã đơn vị', name: 'Tên đơn vị', shortName: 'Tên viết tắt', kind: 'Loại đơn vị', parentCode: 'Trực thuộc', active: 'Đang hoạt động' },
  groups: { code: 'Mã', kind: 'Khối/cụm', name: 'Tên', active: 'Đang hoạt động' },
  campaign: {
    name: 'Tên đợt thi đua', form: 'Hình thức', theme: 'Chủ đề', startDate: 'Ngày bắt đầu', endDate: 'Ngày kết thúc',
    planNumber: 'Số kế hoạch', planDate: 'Ngày kế hoạch', planIssuer: 'Cơ quan ban hành', upperPlan: 'Kế hoạch cấp trên',
    status: 'Tình trạng', fields: 'Lĩnh vực', phases: 'Giai đoạn', milestones: 'Các mốc',
  },
  reports: { reportDate: 'Ngày báo cáo', content: 'Nội dung', source: 'Nguồn' },
  works: {
    title: 'Tên công trình', field: 'Lĩnh vực', level: 'Cấp', target: 'Chỉ tiêu', dueDate: 'Thời hạn', owner: 'Người phụ trách',
    status: 'Tình trạng', registeredOn: 'Ngày đăng ký', evidence: 'Minh chứng', featured: 'Tiêu biểu', note: 'Ghi chú',
  },
} as const;

export interface UnitRowDb {
  id: number;
  uuid: string;
  code: string;
  name: string;
  short_name: string;
  kind: UnitKind;
  parent_id: number | null;
  active: number;
  updated_at: string;
}

export const unitFields = (u: UnitRowDb, parentCode: string | null): Fields => ({
  code: u.code, name: u.name, shortName: u.short_name, kind: u.kind, parentCode: parentCode ?? '', active: flag(u.active),
});
export const unitInputFields = (u: UnitInput): Fields => ({
  code: u.code, name: u.name, shortName: u.shortName, kind: u.kind, parentCode: u.parentCode ?? '', active: flag(u.active),
});

export interface GroupRowDb {
  id: number;
  uuid: string;
  code: string;
  kind: GroupKind;
  name: string;
  active: number;
  updated_at: string;
}

export const groupFields = (g: GroupRowDb): Fields => ({ code: g.code, kind: g.kind, name: g.name, active: flag(g.active) });
export const groupInputFields = (g: GroupInput): Fields => ({ code: g.code, kind: g.kind, name: g.name, active: flag(g.active) });

/** A campaigns row as the exchange reads and sends it: the table's own columns. */
export type CampaignColumnsDb = Pick<
  Selectable<CampaignsTable>,
  'uuid' | 'name' | 'form' | 'theme' | 'start_date' | 'end_date' | 'plan_number' | 'plan_date' | 'plan_issuer' | 'upper_plan' | 'status' | 'updated_at'
>;

export type CampaignRowDb = CampaignColumnsDb & {
  id: number;
  fields: string[];
  phases: { name: string; startDate: string; endDate: string }[];
  milestones: { kind: string; date: string; label: string }[];
};

export const campaignFields = (c: CampaignRowDb): Fields => ({
  name: c.name, form: c.form, theme: c.theme, startDate: c.start_date, endDate: c.end_date, planNumber: c.plan_number,
  planDate: c.plan_date ?? '', planIssuer: c.plan_issuer, upperPlan: c.upper_plan, status: c.status,
  fields: JSON.stringify(c.fields), phases: JSON.stringify(c.phases), milestones: JSON.stringify(c.milestones),
});
export const campaignInputFields = (c: CampaignInput): Fields => ({
  name: c.name, form: c.form, theme: c.theme, startDate: c.startDate, endDate: c.endDate, planNumber: c.planNumber,
  planDate: c.planDate ?? '', planIssuer: c.planIssuer, upperPlan: c.upperPlan, status: c.status,
  fields: JSON.stringify(c.fields),
  phases: JSON.stringify(c.phases.map((p) => ({ name: p.name, startDate: p.startDate, endDate: p.endDate }))),
  milestones: JSON.stringify(c.milestones.map((m) => ({ kind: m.kind, date: m.date, label: m.label }))),
});

export interface ReportRowDb {
  id: number;
  uuid: string;
  unit_id: number;
  report_date: string;
  content: string;
  source: string;
  updated_at: string;
}

export const reportFields = (r: ReportRowDb): Fields => ({ reportDate: r.report_date, content: r.content, source: r.source });
export const reportInputFields = (r: ReportInput): Fields => ({ reportDate: r.reportDate, content: r.content, source: r.source });

/** A works row as the pipeline reads it: the table's own columns, so a migration cannot leave it behind. */
export type WorkRowDb = Pick<
  Selectable<WorksTable>,
  | 'id'
  | 'uuid'
  | 'unit_id'
  | 'title'
  | 'title_key'
  | 'field'
  | 'level'
  | 'target'
  | 'due_date'
  | 'owner'
  | 'status'
  | 'registered_on'
  | 'completed_on'
  | 'cancelled_on'
  | 'evidence'
  | 'featured'
  | 'updated_at'
> & {
  /** The ghi chú of its latest status entry (work_updates), which a form row's Ghi chú is compared with. */
  note: string;
};

/** A status with the day it was reached when that day is stored: "hoan_thanh@2021-04-02". */
const statusValue = (status: WorkStatus, completedOn: string | null) => (completedOn ? `${status}@${completedOn}` : status);

export function parseStatus(value: string): { status: WorkStatus; completedOn: string | null } {
  const [status, completedOn] = value.split('@');
  return { status: status as WorkStatus, completedOn: completedOn ?? null };
}

export const workFields = (w: WorkRowDb): Fields => ({
  title: w.title, field: w.field, level: w.level, target: w.target, dueDate: w.due_date ?? '', owner: w.owner,
  status: statusValue(w.status, w.completed_on), registeredOn: w.registered_on, evidence: w.evidence, featured: flag(w.featured), note: w.note,
});

/** A form row leaves registeredOn, evidence and featured to us: only what the sender carries is compared. */
export function workInputFields(w: WorkInput): Fields {
  const f: Fields = {
    title: w.title, field: w.field, level: w.level, target: w.target, dueDate: w.dueDate ?? '', owner: w.owner,
    status: statusValue(w.status, w.status === 'hoan_thanh' ? w.completedOn : null),
  };
  if (w.registeredOn !== undefined) f.registeredOn = w.registeredOn;
  if (w.evidence !== undefined) f.evidence = w.evidence;
  if (w.featured !== undefined) f.featured = flag(w.featured);
  // A packet's notes travel in its history; a form row's Ghi chú left blank says nothing new.
  if (w.note) f.note = w.note;
  return f;
}

/**
 * Their fields against our work: "Hoàn thành" without a day (a form row often leaves it blank) agrees
 * with ours completed on any day, so it neither changes the day we hold nor shows as a difference.
 */
export function theirWorkFields(w: WorkInput, ours: WorkRowDb): Fields {
  const f = workInputFields(w);
  if (w.status === 'hoan_thanh' && !w.completedOn && ours.status === 'hoan_thanh') f.status = statusValue(ours.status, ours.completed_on);
  return f;
}

/** Our fields narrowed to the ones the sender carries (a form row has fewer). */
export function sameKeys(ours: Fields, theirs: Fields): Fields {
  return Object.fromEntries(Object.keys(theirs).map((k) => [k, ours[k] ?? '']));
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/u;

/** A field's value as the preview shows it. */
export function display(field: string, value: string): string {
  if (value === '') return '';
  if (field === 'status' && value.includes('@') || (field === 'status' && value in workStatusLabel)) {
    const { status, completedOn } = parseStatus(value);
    return completedOn ? `${workStatusLabel[status]} (${formatDateShort(completedOn)})` : workStatusLabel[status];
  }
  if (field === 'kind') return unitKindLabel[value as UnitKind] ?? groupKindLabel[value as GroupKind] ?? value;
  if (field === 'level') return workLevelLabel[value as WorkLevel] ?? value;
  if (field === 'form') return campaignFormLabel[value as keyof typeof campaignFormLabel] ?? value;
  if (field === 'active' || field === 'featured') return value === '1' ? 'Có' : 'Không';
  if (isoDay.test(value)) return formatDateShort(value);
  return value;
}
