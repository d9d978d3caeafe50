// The ImportInput as a strict schema, for the JSON path (tests, the CLI, the page) until the packet and
// form readers are wired in: a hand-made file goes through the same checks a reader's output has
// passed, so nothing reaches the pipeline that a reader could not have produced.
import { z } from 'zod';
import { campaignForm, groupKind, isoDate, longText, memberRole, milestoneKind, text, unitKind, workLevel, workStatus } from '../../api/schemas.ts';
import type { ImportInput } from '../inputs.ts';

const place = z.strictObject({ file: text(500), sheet: text(200).optional(), row: z.number().int().positive().optional() });
const uuid = z.uuid({ error: 'Mã định danh (UUID) không hợp lệ' });
const stamp = z.iso.datetime({ error: 'Thời điểm không hợp lệ', offset: true });
const date = isoDate;
const nullableDate = z.union([isoDate, z.null()]);
const required = (max = 500) => text(max).pipe(z.string().min(1, 'Không được để trống'));

const unit = z.strictObject({
  uuid: uuid.optional(),
  code: required(50),
  name: required(300),
  shortName: text(100),
  kind: unitKind,
  parentCode: text(50).nullable(),
  active: z.boolean(),
  memberships: z
    .array(z.strictObject({ groupCode: required(50), role: memberRole, validFrom: date, validTo: nullableDate }))
    .max(100),
  baseUpdatedAt: stamp.optional(),
  place,
});

const group = z.strictObject({
  uuid: uuid.optional(),
  code: required(50),
  kind: groupKind,
  name: required(300),
  active: z.boolean(),
  baseUpdatedAt: stamp.optional(),
  place,
});

const campaign = z.strictObject({
  uuid,
  name: required(500),
  form: campaignForm,
  theme: text(1000),
  startDate: date,
  endDate: date,
  planNumber: text(100),
  planDate: nullableDate,
  planIssuer: text(300),
  upperPlan: text(1000),
  status: text(50),
  fields: z.array(required(300)).max(200),
  phases: z.array(z.strictObject({ name: required(300), startDate: date, endDate: date })).max(50),
  milestones: z.array(z.strictObject({ kind: milestoneKind, date, label: text(300) })).max(100),
  baseUpdatedAt: stamp.optional(),
  place,
});

const registration = z.strictObject({ uuid: uuid.optional(), unitCode: required(50), registeredOn: date, place });

const report = z.strictObject({
  uuid: uuid.optional(),
  unitCode: required(50),
  reportDate: date,
  content: longText(100_000),
  source: text(300),
  baseUpdatedAt: stamp.optional(),
  place,
});

const work = z.strictObject({
  uuid: uuid.optional(),
  unitCode: required(50),
  title: required(1000),
  field: text(300),
  level: workLevel,
  target: text(2000),
  dueDate: nullableDate,
  owner: text(300),
  status: workStatus,
  completedOn: nullableDate,
  note: text(2000),
  registeredOn: date.optional(),
  cancelledOn: nullableDate.optional(),
  evidence: longText(10_000).optional(),
  featured: z.boolean().optional(),
  history: z.array(z.strictObject({ date, status: workStatus, note: text(2000), source: text(100) })).max(1000).optional(),
  baseUpdatedAt: stamp.optional(),
  place,
});

export const importInputSchema = z.strictObject({
  source: z.strictObject({
    kind: z.enum(['packet', 'excel'], { error: 'Loại tệp phải là gói dữ liệu hoặc Excel' }),
    file: required(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u, 'Mã băm sha256 không hợp lệ'),
    what: z.enum(['campaign', 'report', 'proposal', 'units', 'registration_form'], { error: 'Loại dữ liệu không hợp lệ' }),
    packetUuid: uuid.optional(),
    sender: z.strictObject({ code: required(50), name: text(300) }).optional(),
    sequence: z.number().int().nonnegative().optional(),
  }),
  campaignUuid: uuid.optional(),
  campaign: campaign.optional(),
  groups: z.array(group).max(10_000),
  units: z.array(unit).max(100_000),
  registrations: z.array(registration).max(100_000),
  works: z.array(work).max(500_000),
  reports: z.array(report).max(100_000),
  errors: z.array(z.strictObject({ place, column: text(200).optional(), message: required(2000) })).max(500_000),
  notes: z.array(z.strictObject({ place, message: required(2000) })).max(500_000),
}) satisfies z.ZodType<ImportInput, unknown>;
