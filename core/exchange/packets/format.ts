// The .tdkt packet format (DESIGN.md §5), version 1: a zip holding manifest.json, data.json and
// optional attachments/. These schemas are the only definition of it: the writer builds values of
// these types and the reader refuses anything they refuse. Every object is strict (a key the format
// does not know is refused, never carried along), every text and list has a cap, and dates are days of
// the calendar inside the years the app accepts anywhere else.
import { z } from 'zod';
import { isoDate } from '../../api/schemas.ts';
import { campaignForm, groupKind, memberRole, milestoneKind, unitKind, workLevel, workStatus } from '../../api/schemas.ts';
import { type StaffClass, staffClassLabel } from '../../api/labels.ts';

const STAFF_CLASSES = Object.keys(staffClassLabel) as [StaffClass, ...StaffClass[]];

export const PACKET_FORMAT = 'tdkt-packet';
export const PACKET_VERSION = 1;
export const PACKET_KINDS = ['campaign', 'report', 'proposal'] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

export const MANIFEST_ENTRY = 'manifest.json';
export const DATA_ENTRY = 'data.json';
export const ATTACHMENTS_FOLDER = 'attachments/';

/**
 * Caps checked before anything is inflated. 10,000 works are ≈ 4,9 MB of JSON (DESIGN.md §6), so a
 * data.json of 200 MB is forty times the largest campaign seen; an attachment has the cap of
 * proposals.attach.
 */
export const CAPS = {
  compressedBytes: 100 * 1024 * 1024,
  uncompressedBytes: 400 * 1024 * 1024,
  manifestBytes: 1024 * 1024,
  dataBytes: 200 * 1024 * 1024,
  attachmentBytes: 20 * 1024 * 1024,
  entries: 1000,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const SHA256 = /^[0-9a-f]{64}$/u;
const TIMESTAMP = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/u;

const uuid = z.string({ error: 'Phải là mã UUID' }).regex(UUID, 'Mã UUID không hợp lệ');
const str = (max: number) => z.string({ error: 'Phải là chuỗi ký tự' }).max(max, `Tối đa ${max} ký tự`);
const required = (max: number) => str(max).min(1, 'Không được để trống');
const code = required(40).regex(/^[\p{L}\p{N}._-]+$/u, 'Mã chỉ gồm chữ, số và dấu . _ -');
const day = isoDate;
const dayOrNull = z.union([isoDate, z.null()], { error: 'Phải là ngày (YYYY-MM-DD) hoặc null' });
const bool = z.boolean({ error: 'Phải là true hoặc false' });

/** An instant as the app writes updated_at (toISOString), in the years a date may take. */
export const timestamp = z
  .string({ error: 'Phải là thời điểm dạng 2021-04-20T03:00:00.000Z' })
  .regex(TIMESTAMP, 'Thời điểm không hợp lệ (cần dạng 2021-04-20T03:00:00.000Z)')
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= 1900 && year <= 2100 && !Number.isNaN(Date.parse(v));
  }, 'Thời điểm nằm ngoài khoảng 1900–2100 hoặc không có thật');

/**
 * The version a record was edited from, as its receiver names it: the createdAt of the last packet that
 * brought the record to the sender (core/exchange/pipeline/versions.ts). Absent when none did.
 */
const baseUpdatedAt = timestamp.optional();

export const senderSchema = z
  .object({
    role: z.enum(['secretariat', 'unit'], { error: 'Phải là "secretariat" (thường trực) hoặc "unit" (đơn vị)' }),
    code: required(40),
    name: required(300),
  })
  .strict();

export const manifestFileSchema = z
  .object({
    path: required(255),
    sha256: z.string({ error: 'Phải là chuỗi ký tự' }).regex(SHA256, 'Mã sha256 phải gồm 64 chữ số hệ 16 viết thường'),
    bytes: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(0, 'Không được âm').max(CAPS.dataBytes, 'Tệp quá lớn'),
  })
  .strict();

/** The manifest's own format/version/kind are checked first, each with its own message (open.ts). */
export const manifestSchema = z
  .object({
    format: z.literal(PACKET_FORMAT),
    version: z.literal(PACKET_VERSION),
    kind: z.enum(PACKET_KINDS),
    sender: senderSchema,
    packetUuid: uuid,
    sequence: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(1, 'Từ 1 trở lên').max(Number.MAX_SAFE_INTEGER),
    campaign: z.object({ uuid, name: required(500) }).strict(),
    createdAt: timestamp,
    appVersion: required(40),
    schemaVersion: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(1).max(10_000),
    files: z.array(manifestFileSchema).min(1, 'Cần ít nhất một tệp').max(CAPS.entries, `Tối đa ${CAPS.entries} tệp`),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

const campaignSchema = z
  .object({
    uuid,
    name: required(500),
    form: campaignForm,
    theme: str(1000),
    startDate: day,
    endDate: day,
    planNumber: str(50),
    planDate: dayOrNull,
    planIssuer: str(200),
    upperPlan: str(500),
    status: str(40),
    fields: z.array(required(300)).max(100),
    phases: z.array(z.object({ name: required(200), startDate: day, endDate: day }).strict()).max(20),
    milestones: z.array(z.object({ kind: milestoneKind, date: day, label: str(200) }).strict()).max(50),
    updatedAt: timestamp,
    baseUpdatedAt,
  })
  .strict();

const groupSchema = z
  .object({ uuid, code: required(40), kind: groupKind, name: required(200), active: bool, updatedAt: timestamp, baseUpdatedAt })
  .strict();

const membershipSchema = z
  .object({ uuid, groupCode: required(40), role: memberRole, validFrom: day, validTo: dayOrNull, updatedAt: timestamp })
  .strict();

const unitSchema = z
  .object({
    uuid,
    code,
    name: required(300),
    shortName: str(100),
    kind: unitKind,
    parentCode: z.union([code, z.null()]),
    active: bool,
    memberships: z.array(membershipSchema).max(100),
    updatedAt: timestamp,
    baseUpdatedAt,
  })
  .strict();

const registrationSchema = z.object({ uuid, unitCode: code, registeredOn: day, updatedAt: timestamp }).strict();

const historySchema = z.object({ date: day, status: workStatus, note: str(2000), source: str(200) }).strict();

const workSchema = z
  .object({
    uuid,
    unitCode: code,
    title: required(1000),
    field: str(300),
    level: workLevel,
    target: str(1000),
    dueDate: dayOrNull,
    owner: str(200),
    status: workStatus,
    registeredOn: day,
    completedOn: dayOrNull,
    cancelledOn: dayOrNull,
    evidence: str(10_000),
    featured: bool,
    history: z.array(historySchema).max(1000),
    updatedAt: timestamp,
    baseUpdatedAt,
  })
  .strict();

const reportSchema = z
  .object({ uuid, unitCode: code, reportDate: day, content: str(100_000), source: str(200), updatedAt: timestamp, baseUpdatedAt })
  .strict();

/**
 * A person a proposal names (a cá nhân nominee), with the fields the secretariat's danh sách and
 * certificates need. givenName is the tên only when set by hand (a compound tên), else null.
 */
const personSchema = z
  .object({
    uuid,
    fullName: required(100),
    givenName: z.union([required(60), z.null()]),
    gender: z.union([z.enum(['nam', 'nu'], { error: 'Phải là "nam", "nu" hoặc null' }), z.null()]),
    birthYear: z.union([z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(1900, 'Từ 1900').max(2100, 'Đến 2100'), z.null()]),
    position: str(300),
    unitCode: z.union([code, z.null()]),
    staffClass: z.union([z.enum(STAFF_CLASSES, { error: 'Đối tượng không có trong danh mục' }), z.null()]),
    updatedAt: timestamp,
  })
  .strict();

const nomineeSchema = z
  .object({
    uuid,
    kind: z.enum(['don_vi', 'tap_the', 'ca_nhan', 'ho_gia_dinh'], { error: 'Phải là don_vi, tap_the, ca_nhan hoặc ho_gia_dinh' }),
    unitCode: z.union([code, z.null()]),
    personUuid: z.union([uuid, z.null()]),
    name: str(300),
    formCode: required(60),
    achievement: str(2000),
    sort: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(0).max(1_000_000),
    updatedAt: timestamp,
  })
  .strict();

/** A paper of the proposal: its bytes are the packet's entry `path`, listed in the manifest with this sha256. */
const attachmentSchema = z
  .object({
    path: required(255),
    fileName: required(255),
    sha256: z.string({ error: 'Phải là chuỗi ký tự' }).regex(SHA256, 'Mã sha256 phải gồm 64 chữ số hệ 16 viết thường'),
    bytes: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(0, 'Không được âm').max(CAPS.attachmentBytes, 'Tệp quá lớn'),
    nomineeUuid: z.union([uuid, z.null()]),
    createdAt: timestamp,
  })
  .strict();

/** A unit's đề nghị khen thưởng for the packet's campaign, with its nominees and papers. */
const proposalSchema = z
  .object({
    uuid,
    unitCode: code,
    year: z.number({ error: 'Phải là số' }).int('Phải là số nguyên').min(1900, 'Từ 1900').max(2200, 'Đến 2200'),
    submissionNumber: str(50),
    submissionDate: dayOrNull,
    status: z.enum(['du_thao', 'da_trinh'], { error: 'Phải là "du_thao" hoặc "da_trinh"' }),
    note: str(2000),
    nominees: z.array(nomineeSchema).max(5000),
    attachments: z.array(attachmentSchema).max(CAPS.entries),
    updatedAt: timestamp,
  })
  .strict();

/** The record lists, each checked one record at a time so a refusal names the record (open.ts). */
export const recordSchemas = {
  groups: groupSchema,
  units: unitSchema,
  registrations: registrationSchema,
  works: workSchema,
  reports: reportSchema,
  people: personSchema,
  proposals: proposalSchema,
} as const;
export type RecordList = keyof typeof recordSchemas;
export const RECORD_LISTS = Object.keys(recordSchemas) as RecordList[];

/** Per list, the most records a packet may carry. */
export const RECORD_CAPS: Record<RecordList, number> = {
  groups: 10_000,
  units: 100_000,
  registrations: 100_000,
  works: 500_000,
  reports: 100_000,
  people: 100_000,
  proposals: 10_000,
};

/** Lists only a proposal packet carries: absent from the others, so their data.json stays as it was. */
export const PROPOSAL_LISTS = ['people', 'proposals'] as const satisfies readonly RecordList[];

export type CampaignRecord = z.infer<typeof campaignSchema>;
export type GroupRecord = z.infer<typeof groupSchema>;
export type UnitRecord = z.infer<typeof unitSchema>;
export type RegistrationRecord = z.infer<typeof registrationSchema>;
export type WorkRecord = z.infer<typeof workSchema>;
export type ReportRecord = z.infer<typeof reportSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type ProposalRecord = z.infer<typeof proposalSchema>;
export type NomineeRecord = z.infer<typeof nomineeSchema>;
export type AttachmentRecord = z.infer<typeof attachmentSchema>;

/** data.json: the top level is checked whole, its lists record by record. */
export const dataShellSchema = z
  .object({
    campaign: campaignSchema.optional(),
    groups: z.array(z.unknown()).max(RECORD_CAPS.groups),
    units: z.array(z.unknown()).max(RECORD_CAPS.units),
    registrations: z.array(z.unknown()).max(RECORD_CAPS.registrations),
    works: z.array(z.unknown()).max(RECORD_CAPS.works),
    reports: z.array(z.unknown()).max(RECORD_CAPS.reports),
    people: z.array(z.unknown()).max(RECORD_CAPS.people).optional(),
    proposals: z.array(z.unknown()).max(RECORD_CAPS.proposals).optional(),
  })
  .strict();

export interface PacketData {
  campaign?: CampaignRecord;
  groups: GroupRecord[];
  units: UnitRecord[];
  registrations: RegistrationRecord[];
  works: WorkRecord[];
  reports: ReportRecord[];
  /** A proposal packet's: the people its nominees name, and the proposals. */
  people?: PersonRecord[];
  proposals?: ProposalRecord[];
}
