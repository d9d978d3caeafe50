// The whole API in one place: method name → argument schema (validated at the wall) → result type.
// Every host (Electron IPC, HTTP, CLI, tests) reaches core only through these names.
import { z } from 'zod';
import { DOCUMENT_KIND_IDS } from '../documents/kinds.ts';
import {
  campaignForm,
  groupKind,
  id,
  isoDate,
  longText,
  memberRole,
  milestoneKind,
  optionalDate,
  requiredText,
  text,
  unitKind,
  workFlag,
  workLevel,
  workStatus,
} from './schemas.ts';
import { AUTHORITY_LEVELS } from '../awards/authority.ts';
import { type StaffClass, staffClassLabel } from './labels.ts';
import { type CertificateTemplate, calibrationSchema, recipientSchema, templateSchema } from '../certificates/template.ts';
import { CAPS as PACKET_CAPS } from '../exchange/packets/format.ts';
import type {
  Agency,
  ImportApplied,
  ImportPreview,
  ImportUndone,
  PacketLogRow,
  AwardForm,
  BaseSalary,
  AppInfo,
  BackupEntry,
  CalibrationRow,
  CertificateBackground,
  CertificateFile,
  CertificateTemplateRow,
  LayoutPreview,
  CampaignDetail,
  CampaignRow,
  CampaignStats,
  DocumentFile,
  DocumentSection,
  ExcelFile,
  FormFile,
  ExcelReadSummary,
  ReportAppendices,
  AttachmentContent,
  AttachmentRow,
  AwardRow,
  DecisionDetail,
  DecisionRow,
  MeetingDetail,
  MeetingRow,
  PrintRow,
  ProposalDetail,
  ProposalRow,
  SpoiledRow,
  GroupDetail,
  GroupRow,
  Holiday,
  JobFileContent,
  JobInfo,
  PacketSummary,
  IssuedDocument,
  IssueNumber,
  IssuerRow,
  IssuingSetup,
  LegalBasis,
  LogExport,
  Office,
  PersonRow,
  PickedPath,
  RecipientRow,
  RestoreResult,
  Settings,
  SignerRow,
  UnitReport,
  UnitRow,
  WorkDetail,
  WorkRow,
} from './types.ts';

const none = z.object({}).strict();
const percentMode = z.enum(['round', 'truncate'], { error: 'Chọn cách tính tỷ lệ' });
const byId = z.object({ id }).strict();
const byJobId = z.object({ id: z.uuid({ error: 'Mã việc không hợp lệ' }) }).strict();

export const documentKind = z.enum(DOCUMENT_KIND_IDS, { error: 'Chọn loại văn bản' });

export const authorityLevel = z.enum(AUTHORITY_LEVELS, { error: 'Chọn thẩm quyền khen thưởng trong danh sách' });

export const agencyInput = z
  .object({
    parentBody: text(200),
    name: requiredText('Nhập tên cơ quan', 200),
    locality: requiredText('Nhập địa danh (ví dụ: Thủ Đức)', 100),
    abbreviation: requiredText('Nhập chữ viết tắt (ví dụ: UBND)', 30),
    /** Left out: the level saved before stays. */
    authorityLevel: authorityLevel.optional(),
  })
  .strict();

export const signerInput = z
  .object({
    id: id.optional(),
    /** Authority lines, one a line or run together ("TM. Ủy ban nhân dân KT. Chủ tịch"). */
    authority: text(200).default(''),
    title: requiredText('Nhập chức vụ người ký', 100),
    name: requiredText('Nhập họ tên người ký', 100),
  })
  .strict();

export const issuerInput = z
  .object({
    id: id.optional(),
    name: requiredText('Nhập tên cơ quan ban hành', 200),
    parentBody: text(200).default(''),
    abbreviation: requiredText('Nhập chữ viết tắt (ví dụ: HĐTĐKT)', 30),
  })
  .strict();

export const recipientInput = z
  .object({
    id: id.optional(),
    name: requiredText('Nhập tên nơi nhận', 300),
    abbreviation: text(30).default(''),
    kinds: z.array(documentKind).max(10).default([]),
  })
  .strict();

export const unitInput = z
  .object({
    id: id.optional(),
    code: requiredText('Nhập mã đơn vị', 40).pipe(
      z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số và dấu . _ -'),
    ),
    name: requiredText('Nhập tên đơn vị', 300),
    shortName: text(100).default(''),
    kind: unitKind,
    parentId: id.nullable().default(null),
  })
  .strict();

export const groupInput = z
  .object({
    id: id.optional(),
    code: requiredText('Nhập mã khối/cụm', 40),
    kind: groupKind,
    name: requiredText('Nhập tên khối/cụm', 200),
  })
  .strict();

export const phaseInput = z
  .object({ name: requiredText('Nhập tên giai đoạn', 200), startDate: isoDate, endDate: isoDate })
  .strict();

export const milestoneInput = z.object({ kind: milestoneKind, date: isoDate, label: text(200).default('') }).strict();

export const campaignInput = z
  .object({
    id: id.optional(),
    name: requiredText('Nhập tên đợt/phong trào thi đua', 500),
    form: campaignForm,
    theme: text(1000).default(''),
    startDate: isoDate,
    endDate: isoDate,
    planNumber: text(50).default(''),
    planDate: optionalDate,
    planIssuer: text(200).default(''),
    upperPlan: text(500).default(''),
    phases: z.array(phaseInput).max(20).default([]),
    milestones: z.array(milestoneInput).max(50).default([]),
    fields: z.array(requiredText('Nhập tên lĩnh vực', 300)).max(100).default([]),
    unitIds: z.array(id).max(100_000).default([]),
  })
  .strict();

export const workInput = z
  .object({
    id: id.optional(),
    campaignId: id,
    unitId: id,
    title: requiredText('Nhập tên công trình, phần việc', 1000),
    field: text(300).default(''),
    level: workLevel,
    target: text(1000).default(''),
    dueDate: optionalDate,
    owner: text(200).default(''),
    registeredOn: isoDate.optional(),
    /** The user agreed to enrol a unit outside the campaign (asked after a 'confirm' refusal). */
    enrol: z.boolean().optional(),
  })
  .strict();

/**
 * The lists a báo cáo carries unless the request says otherwise: the khối/cụm summary and the units not
 * reported; the unfinished works stay a count in the text (every list of works made 67 of 70 pages).
 */
export const DEFAULT_REPORT_APPENDICES: ReportAppendices = { groups: true, notReported: true, completed: false, outstanding: 'none' };

const sortOrder = z
  .number({ error: 'Nhập thứ tự (số nguyên)' })
  .int('Thứ tự phải là số nguyên')
  .min(1, 'Thứ tự từ 1')
  .max(9999, 'Thứ tự tối đa 9999')
  .default(100);

export const legalBasisInput = z
  .object({
    id: id.optional(),
    text: requiredText('Nhập nội dung căn cứ (ví dụ: Căn cứ Luật Thi đua, khen thưởng …)', 1000),
    validFrom: isoDate,
    validTo: optionalDate,
    kinds: z.array(documentKind).min(1, 'Chọn ít nhất một loại văn bản').max(DOCUMENT_KIND_IDS.length),
    sort: sortOrder,
  })
  .strict();

export const officeInput = z
  .object({
    id: id.optional(),
    name: requiredText('Nhập tên cơ quan, đơn vị', 300),
    duty: longText(5000).default(''),
    sort: sortOrder,
    active: z.boolean({ error: 'Chọn còn dùng hoặc ngừng dùng' }).default(true),
  })
  .strict();

const STAFF_CLASSES = Object.keys(staffClassLabel) as [StaffClass, ...StaffClass[]];

export const personInput = z
  .object({
    fullName: requiredText('Nhập họ và tên', 100),
    /** Tên set by hand (a compound tên); '' is the computed tên; left out on an edit, a tên set by hand stays. */
    givenName: text(60).optional(),
    gender: z.enum(['nam', 'nu'], { error: 'Chọn giới tính Nam hoặc Nữ' }).nullable().default(null),
    birthYear: z.number({ error: 'Năm sinh phải là số' }).int('Năm sinh phải là số nguyên').nullable().default(null),
    position: text(300).default(''),
    unitId: id.nullable().default(null),
    staffClass: z.enum(STAFF_CLASSES, { error: 'Chọn đối tượng trong danh sách' }).nullable().default(null),
  })
  .strict();

const awardRecipient = z.enum(['tap_the', 'ca_nhan', 'ho_gia_dinh'], { error: 'Chọn tập thể, cá nhân hoặc hộ gia đình' });

export const awardFormInput = z
  .object({
    id: id.optional(),
    /** The form across its periods; made from the name and recipient when left out. */
    code: text(60)
      .pipe(z.string().regex(/^[a-z0-9_]*$/u, 'Mã hình thức chỉ gồm chữ thường không dấu, số và dấu _'))
      .optional(),
    name: requiredText('Nhập tên danh hiệu, hình thức khen thưởng', 300),
    category: z.enum(['danh_hieu', 'hinh_thuc'], { error: 'Chọn danh hiệu thi đua hoặc hình thức khen thưởng' }),
    recipient: awardRecipient,
    awardedBy: z.array(authorityLevel, { error: 'Chọn cấp có thẩm quyền khen thưởng' }).max(AUTHORITY_LEVELS.length).default([]),
    /** Thousandths of the base salary (0,3 → 300). */
    multiplierMilli: z
      .number({ error: 'Nhập hệ số tiền thưởng (ví dụ 0,3)' })
      .int('Hệ số tiền thưởng có tối đa 3 chữ số thập phân')
      .min(0, 'Hệ số tiền thưởng không được âm')
      .max(100_000, 'Hệ số tiền thưởng tối đa 100'),
    certificateTitle: text(100).default(''),
    legalBasis: text(500).default(''),
    validFrom: isoDate,
    validTo: optionalDate,
    sort: sortOrder,
  })
  .strict();

export const baseSalaryInput = z
  .object({
    id: id.optional(),
    validFrom: isoDate,
    amount: z
      .number({ error: 'Nhập mức lương cơ sở (đồng)' })
      .int('Mức lương cơ sở tính bằng đồng, không có phần lẻ')
      .min(1, 'Mức lương cơ sở phải lớn hơn 0')
      .max(1_000_000_000, 'Mức lương cơ sở quá lớn'),
    legalBasis: text(500).default(''),
  })
  .strict();

/**
 * What a document is built from; everything but the kind has a default taken from the campaign. An
 * award document names its subject instead: the proposal of a tờ trình đề nghị, the meeting of a biên
 * bản or a tờ trình kết quả, the decision of a quyết định (the kind's row in core/documents/kinds.ts).
 */
export const documentRequest = z
  .object({
    kind: documentKind,
    campaignId: id.optional(),
    proposalId: id.optional(),
    meetingId: id.optional(),
    decisionId: id.optional(),
    stage: z.enum(['so_ket', 'tong_ket'], { error: 'Chọn sơ kết hoặc tổng kết' }).optional(),
    asOf: isoDate.optional(),
    date: isoDate.optional(),
    deadline: isoDate.optional(),
    /** This document's rounding of rates; the Cơ quan page's setting (documentPercentMode) otherwise. */
    percentMode: percentMode.optional(),
    meeting: z
      .object({
        date: isoDate.optional(),
        time: text(5).optional(),
        place: text(300).optional(),
        chair: text(300).optional(),
        participants: z.array(text(300)).max(50).optional(),
      })
      .strict()
      .optional(),
    /** Who issues it: another issuer of the list (the Hội đồng); the agency itself when absent. */
    issuerId: id.optional(),
    /** Who signs it; by default the signer set for this issuer and kind. */
    signerId: id.optional(),
    /** Unsaved edits to preview or to generate with; saved edits come from documents.saveSections. */
    texts: z.record(z.string().max(50), longText(20_000)).optional(),
    /** Báo cáo: the lists it carries (a long one goes to an appendix); what is left out takes the default. */
    appendices: z
      .object({
        groups: z.boolean().optional(),
        notReported: z.boolean().optional(),
        completed: z.boolean().optional(),
        outstanding: z.enum(['none', 'all', 'overdue', 'by_unit'], { error: 'Chọn cách liệt kê công trình chưa hoàn thành' }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Ban hành: the number the văn thư gives (otherwise the next of the register) and the date of issue (today). */
const documentIssue = z
  .object({
    id,
    number: z.number().int().min(1, 'Số văn bản từ 1').max(99_999).optional(),
    date: isoDate.optional(),
  })
  .strict();

/** A full path typed or picked by the user (a USB drive): absolute, one line. */
const fullPath = z
  .string({ error: 'Nhập đường dẫn đầy đủ' })
  .trim()
  .min(1, 'Nhập đường dẫn đầy đủ')
  .max(1000, 'Đường dẫn quá dài')
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/u.test(p) && !p.includes('\0'), 'Nhập đường dẫn đầy đủ, ví dụ E:\\SaoLuu hoặc /media/usb');

const year = z.number({ error: 'Nhập năm' }).int('Năm phải là số nguyên').min(1900, 'Năm từ 1900').max(2200, 'Năm đến 2200');
const count = (label: string) =>
  z
    .number({ error: `Nhập ${label.toLocaleLowerCase('vi')}` })
    .int(`${label} phải là số nguyên`)
    .min(0, `${label} không được âm`)
    .max(100_000, `${label} quá lớn`);
const formCode = requiredText('Chọn hình thức khen thưởng', 60);
/** Percent of the members present a nominee needs: at least half (80, 66.67). */
const thresholdPercent = z
  .number({ error: 'Nhập tỷ lệ phiếu đồng ý cần đạt (%)' })
  .min(50, 'Tỷ lệ phiếu đồng ý cần đạt từ 50%')
  .max(100, 'Tỷ lệ phiếu đồng ý cần đạt tối đa 100%');

export const nomineeKind = z.enum(['don_vi', 'tap_the', 'ca_nhan', 'ho_gia_dinh'], { error: 'Chọn đơn vị, tập thể, cá nhân hoặc hộ gia đình' });

export const proposalInput = z
  .object({
    /** Null: the secretariat's own proposal. */
    unitId: id.nullable().default(null),
    /** Null: a yearly proposal. */
    campaignId: id.nullable().default(null),
    year,
    submissionNumber: text(50).default(''),
    submissionDate: optionalDate,
    status: z.enum(['du_thao', 'da_trinh'], { error: 'Chọn dự thảo hoặc đã trình' }).default('du_thao'),
    note: longText(2000).default(''),
  })
  .strict();

export const nomineeInput = z
  .object({
    kind: nomineeKind,
    unitId: id.nullable().default(null),
    personId: id.nullable().default(null),
    /** A collective's or a household's name. */
    name: text(300).default(''),
    formCode,
    achievement: longText(2000).default(''),
  })
  .strict();

/** Bytes of one workbook brought in (the reader checks the same figure on the bytes). */
export const EXCEL_MAX_BYTES = 20 * 1024 * 1024;

/** Bytes of one attachment; its base64 text is a third longer. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** A phone photo or a 150 dpi scan of an A3 blank fits; its base64 stays under the HTTP host's 20 MB. */
export const BACKGROUND_MAX_BYTES = 8 * 1024 * 1024;

/** A packet's bytes as base64, capped at the packet reader's own compressed-size cap. */
const packetBase64 = z
  .string({ error: 'Thiếu nội dung tệp' })
  .max(Math.ceil(PACKET_CAPS.compressedBytes / 3) * 4 + 4, `Gói lớn hơn ${PACKET_CAPS.compressedBytes / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Nội dung tệp không phải base64');

export const meetingInput = z
  .object({
    campaignId: id.nullable().default(null),
    date: isoDate,
    place: text(300).default(''),
    membersTotal: count('Tổng số thành viên').pipe(z.number().min(1, 'Hội đồng có ít nhất 1 thành viên')),
    membersPresent: count('Số thành viên có mặt').pipe(z.number().min(1, 'Có ít nhất 1 thành viên có mặt')),
    chair: text(200).default(''),
    secretary: text(200).default(''),
    /** Percent of the members present, e.g. 80 or 66.67; the settings' figure when absent. */
    thresholdPercent: thresholdPercent.optional(),
    note: longText(5000).default(''),
    proposalIds: z.array(id).max(10_000).default([]),
  })
  .strict();

export const decisionInput = z
  .object({
    meetingId: id.nullable().default(null),
    campaignId: id.nullable().default(null),
    formCode: text(60).default(''),
    date: isoDate,
    /** Null: the agency itself. */
    issuerId: id.nullable().default(null),
    signerId: id.nullable().default(null),
    achievement: longText(2000).default(''),
    money: z.boolean({ error: 'Chọn có hoặc không tiền thưởng' }).default(true),
    listOrder: z.enum(['by_unit', 'alphabetical'], { error: 'Chọn xếp theo đơn vị hoặc theo tên' }).default('by_unit'),
    /** Unit ids in the order the danh sách groups them; empty: the khối/cụm order. */
    unitOrder: z.array(id).max(100_000).default([]),
    /** The nominees awarded, in order. A new decision without it takes those the meeting passed for its forms; an update without it keeps its lines. */
    nomineeIds: z.array(id).max(100_000).optional(),
  })
  .strict();

// The filters of the lists the screens show. excel.export takes the same ones, so what is exported is
// what the screen lists.
const unitListArgs = z.object({ query: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).strict();
const groupListArgs = z.object({ kind: groupKind.optional() }).strict();
const workListArgs = z
  .object({
    campaignId: id,
    unitId: id.optional(),
    query: z.string().max(200).optional(),
    flag: workFlag.optional(),
    status: workStatus.optional(),
  })
  .strict();
const statsArgs = z.object({ campaignId: id.optional(), asOf: isoDate.optional(), truncate: z.boolean().optional() }).strict();
const documentListArgs = z.object({ campaignId: id.optional(), query: z.string().max(200).optional() }).strict();
const awardListArgs = z
  .object({ decisionId: id.optional(), year: year.optional(), formCode: text(60).optional(), query: z.string().max(200).optional() })
  .strict();

/** One list to Excel, with that list's filter. */
export const excelExportArgs = z.discriminatedUnion(
  'list',
  [
    unitListArgs.extend({ list: z.literal('units') }),
    groupListArgs.extend({ list: z.literal('groups') }),
    none.extend({ list: z.literal('campaigns') }),
    workListArgs.extend({ list: z.literal('works') }),
    workListArgs.extend({ list: z.literal('flagged') }),
    statsArgs.extend({ list: z.literal('unreported') }),
    statsArgs.extend({ list: z.literal('overdue') }),
    statsArgs.extend({ list: z.literal('dashboard') }),
    documentListArgs.extend({ list: z.literal('documents') }),
    awardListArgs.extend({ list: z.literal('awards') }),
  ],
  { error: 'Chọn danh sách cần xuất ra Excel' },
);

export type ExcelList = z.output<typeof excelExportArgs>['list'];
/** An answer to a conflict, or a row to skip, named by the preview row's key ("works:12"). */
const importRowKey = z.string().min(1).max(100);
const importResolutions = z
  .array(z.object({ row: importRowKey, field: z.string().min(1).max(50), take: z.enum(['ours', 'theirs'], { error: 'Chọn giữ của mình hoặc lấy của họ' }) }).strict())
  .max(1_000_000)
  .default([]);
const importSkip = z.array(importRowKey).max(1_000_000).default([]);
const stagingId = z.uuid({ error: 'Mã lần xem trước không hợp lệ' });
/** An .xlsx passed through the wall; its size is checked again on the bytes (core/exchange/forms/open-workbook.ts). */
const excelUpload = z
  .object({
    fileName: requiredText('Nhập tên tệp', 255),
    contentBase64: z.string({ error: 'Thiếu nội dung tệp' }).max(Math.ceil(EXCEL_MAX_BYTES / 3) * 4 + 4, `Tệp lớn hơn ${EXCEL_MAX_BYTES / 1024 / 1024} MB`),
    campaignId: id.optional(),
  })
  .strict();

export const methods = {
  'app.info': { args: none },
  'settings.getAgency': { args: none },
  'settings.saveAgency': { args: agencyInput },
  'settings.get': { args: none },
  'settings.save': {
    args: z
      .object({
        percentMode: percentMode.optional(),
        documentPercentMode: percentMode.optional(),
        margins: z
          .object({
            top: z.number({ error: 'Nhập lề trên (mm)' }),
            bottom: z.number({ error: 'Nhập lề dưới (mm)' }),
            left: z.number({ error: 'Nhập lề trái (mm)' }),
            right: z.number({ error: 'Nhập lề phải (mm)' }),
          })
          .strict()
          .optional(),
        autoBackupKeep: z
          .number({ error: 'Nhập số bản sao lưu tự động cần giữ' })
          .int('Số bản sao lưu tự động phải là số nguyên')
          .min(1, 'Giữ ít nhất 1 bản sao lưu tự động')
          .max(365, 'Giữ nhiều nhất 365 bản sao lưu tự động')
          .optional(),
        /** Percent of the members present a nominee needs (80, 66.67). */
        councilThreshold: thresholdPercent.optional(),
        /** The unit this install works for (it then exports report packets); null: the secretariat's PC. */
        installUnitCode: z.union([requiredText('Nhập mã đơn vị', 40), z.null()]).optional(),
      })
      .strict(),
  },
  'demo.load': { args: none },

  'agency.issuing': { args: none },
  'agency.saveSigner': { args: signerInput },
  'agency.removeSigner': { args: byId },
  /** issuerId absent: the agency's own default. */
  'agency.setSignerDefault': { args: z.object({ issuerId: id.optional(), kind: documentKind, signerId: id }).strict() },
  'agency.saveIssuer': { args: issuerInput },
  'agency.removeIssuer': { args: byId },
  'agency.saveRecipient': { args: recipientInput },
  'agency.removeRecipient': { args: byId },

  'org.listUnits': { args: unitListArgs },
  'org.getUnit': { args: byId },
  'org.saveUnit': { args: unitInput },
  'org.setUnitActive': { args: z.object({ id, active: z.boolean() }).strict() },
  'org.listGroups': { args: groupListArgs },
  'org.getGroup': { args: byId },
  'org.saveGroup': { args: groupInput },
  'org.addMember': {
    args: z.object({ groupId: id, unitId: id, role: memberRole, validFrom: isoDate }).strict(),
  },
  'org.endMember': { args: z.object({ memberId: id, validTo: isoDate }).strict() },
  'org.removeGroup': { args: byId },

  'campaigns.list': { args: none },
  'campaigns.get': { args: byId },
  'campaigns.save': { args: campaignInput },
  'campaigns.remove': { args: byId },

  'works.list': {
    args: workListArgs.extend({
      /** The first rows only (the page's first screen); the whole list without it. */
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  },
  'works.search': {
    args: z.object({ campaignId: id, query: z.string().max(200) }).strict(),
  },
  'works.get': { args: byId },
  'works.save': { args: workInput },
  'works.setStatus': {
    args: z.object({ id, status: workStatus, date: isoDate, note: text(1000).default('') }).strict(),
  },
  /** Correct one entry of a work's status history; the work's status follows its latest entry. */
  'works.updateHistory': {
    args: z.object({ id, status: workStatus, date: isoDate, note: text(1000).default('') }).strict(),
  },
  'works.removeHistory': { args: byId },
  'works.carryOver': {
    args: z.object({ toCampaignId: id, workIds: z.array(id).min(1, 'Chọn ít nhất một công trình') }).strict(),
  },
  /** Marks or unmarks a "công trình tiêu biểu" for the báo cáo. */
  'works.setFeatured': { args: z.object({ id, featured: z.boolean({ error: 'Chọn có hoặc không' }) }).strict() },

  'reports.list': { args: z.object({ campaignId: id }).strict() },
  'reports.add': {
    args: z
      .object({
        campaignId: id,
        unitId: id,
        reportDate: isoDate,
        content: longText(20_000).default(''),
        source: text(200).default(''),
      })
      .strict(),
  },
  'reports.update': {
    args: z
      .object({ id, reportDate: isoDate, content: longText(20_000).default(''), source: text(200).default('') })
      .strict(),
  },
  'reports.remove': { args: byId },

  'stats.campaign': { args: statsArgs },

  /** Reads a file (path) or its text (content), stages it and previews it; with stagingId, previews the staged one again. */
  'exchange.preview': {
    args: z
      .object({
        path: fullPath.optional(),
        /** An ImportInput as JSON text, the file the user dropped (the browser has no path). */
        content: z.string().max(200 * 1024 * 1024, 'Tệp quá lớn').optional(),
        /** A dropped .tdkt packet or .xlsx workbook, as base64. */
        contentBase64: packetBase64.optional(),
        fileName: text(300).optional(),
        stagingId: stagingId.optional(),
        resolutions: importResolutions,
        skip: importSkip,
      })
      .strict()
      .refine((a) => (a.content === undefined && a.contentBase64 === undefined) || a.fileName !== undefined, { error: 'Thiếu tên tệp', path: ['fileName'] }),
  },
  'exchange.apply': { args: z.object({ stagingId, resolutions: importResolutions, skip: importSkip }).strict() },
  'exchange.log': { args: z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict() },
  'exchange.undoLast': { args: none },

  'backup.list': { args: none },
  'backup.create': { args: z.object({ folder: fullPath.optional() }).strict() },
  'backup.restore': {
    args: z
      .object({
        name: z.string().regex(/^[\w.-]+\.(zip|sqlite)$/u, 'Tên bản sao lưu không hợp lệ').optional(),
        path: fullPath.optional(),
      })
      .strict()
      .refine((a) => (a.name === undefined) !== (a.path === undefined), {
        error: 'Chọn một bản sao lưu trong danh sách hoặc một tệp sao lưu',
        path: ['name'],
      }),
  },

  'documents.getSections': { args: documentRequest },
  'documents.saveSections': { args: documentRequest.extend({ texts: z.record(z.string().max(50), longText(20_000)) }) },
  'documents.preview': { args: documentRequest },
  /** A dự thảo; once one of its kind is issued, a new version only with newVersion (else code 'confirm'). */
  'documents.generate': { args: documentRequest.extend({ newVersion: z.boolean().optional() }) },
  /** What documents.issue would give a draft now: the number and date it would take. */
  'documents.nextNumber': { args: documentIssue.omit({ number: true }) },
  'documents.issue': { args: documentIssue },
  'documents.list': { args: documentListArgs },
  'documents.get': { args: byId },

  'logs.export': { args: none },

  'legalBases.list': { args: none },
  'legalBases.save': { args: legalBasisInput },
  'legalBases.remove': { args: byId },
  'offices.list': { args: none },
  'offices.save': { args: officeInput },
  'offices.remove': { args: byId },
  'calendar.listHolidays': {
    args: z.object({ year: z.number().int().min(1900).max(2200).optional() }).strict(),
  },
  'calendar.saveHoliday': {
    args: z.object({ id: id.optional(), date: isoDate, name: requiredText('Nhập tên ngày nghỉ', 200) }).strict(),
  },
  'calendar.removeHoliday': { args: byId },

  'people.list': { args: z.object({ query: z.string().max(200).optional(), unitId: id.optional() }).strict() },
  'people.get': { args: byId },
  'people.create': { args: personInput },
  'people.update': { args: personInput.extend({ id }) },
  'people.remove': { args: byId },

  /** The forms in force on `on` (today by default); includeAll: every period. */
  'awardForms.list': {
    args: z.object({ on: isoDate.optional(), recipient: awardRecipient.optional(), includeAll: z.boolean().optional() }).strict(),
  },
  'awardForms.save': { args: awardFormInput },
  'awardForms.remove': { args: byId },
  'baseSalaries.list': { args: none },
  'baseSalaries.save': { args: baseSalaryInput },
  'baseSalaries.remove': { args: byId },
  'jobs.get': { args: byJobId },
  'jobs.list': { args: none },
  /** Stops a job that waits or runs; nothing of it is written. A finished job is answered as it is. */
  'jobs.cancel': { args: byJobId },
  /** One file a finished job wrote, for saving a copy elsewhere. */
  'jobs.file': {
    args: byJobId.extend({ index: z.number({ error: 'Chọn một tệp' }).int('Chọn một tệp').min(0, 'Chọn một tệp').max(10_000, 'Chọn một tệp') }),
  },

  'proposals.list': { args: z.object({ campaignId: id.optional(), year: year.optional(), unitId: id.optional() }).strict() },
  'proposals.get': { args: byId },
  'proposals.create': { args: proposalInput },
  'proposals.update': { args: proposalInput.extend({ id }) },
  /** A dự thảo only, none of whose nominees a meeting has voted on. */
  'proposals.remove': { args: byId },
  'proposals.addNominee': { args: nomineeInput.extend({ proposalId: id }) },
  'proposals.updateNominee': { args: nomineeInput.extend({ id }) },
  'proposals.removeNominee': { args: byId },
  /** A báo cáo thành tích or other paper, kept in the database's data folder. */
  'proposals.attach': {
    args: z
      .object({
        proposalId: id,
        nomineeId: id.nullable().default(null),
        fileName: requiredText('Nhập tên tệp', 255),
        contentBase64: z
          .string({ error: 'Thiếu nội dung tệp' })
          .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4, `Tệp lớn hơn ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`),
      })
      .strict(),
  },
  'proposals.detach': { args: byId },
  /** One attachment's bytes, for a download; refused when the stored file is missing or changed. */
  'proposals.attachment': { args: byId },

  'meetings.list': { args: z.object({ campaignId: id.optional() }).strict() },
  'meetings.get': { args: byId },
  'meetings.create': { args: meetingInput },
  'meetings.update': { args: meetingInput.extend({ id }) },
  /** Replaces the meeting's agree counts for the nominees named; a nominee left out keeps its count. */
  'meetings.setVotes': {
    args: z
      .object({
        meetingId: id,
        votes: z.array(z.object({ nomineeId: id, agree: count('Số phiếu đồng ý') }).strict()).max(10_000),
      })
      .strict(),
  },

  'decisions.list': { args: z.object({ campaignId: id.optional(), status: z.enum(['du_thao', 'da_ban_hanh']).optional() }).strict() },
  'decisions.get': { args: byId },
  'decisions.create': { args: decisionInput },
  'decisions.update': { args: decisionInput.extend({ id }) },
  /** Ban hành: the number the văn thư gives (else the next of the register's QĐ sequence), the date (else the decision's). */
  'decisions.issue': { args: documentIssue },
  /**
   * The number Ban hành would give now (read-only): a draft decision's, from its issuer and year; or the
   * next of an issuer's QĐ sequence in a year (issuerId null: the agency; year: this year by default).
   */
  'decisions.nextNumber': {
    args: z
      .object({ decisionId: id.optional(), issuerId: id.nullable().optional(), year: year.optional() })
      .strict()
      .refine((a) => a.decisionId === undefined || (a.issuerId === undefined && a.year === undefined), {
        message: 'Chọn một quyết định, hoặc cơ quan ban hành và năm, không chọn cả hai.',
        path: ['decisionId'],
      }),
  },

  'awards.list': { args: awardListArgs },
  /** Thu hồi: the line stays, marked, with its reason. */
  'awards.revoke': { args: z.object({ id, reason: requiredText('Nhập lý do thu hồi', 1000) }).strict() },
  /** A wasted blank (phôi hỏng), of a line or not. */
  'awards.spoil': {
    args: z
      .object({
        awardId: id.nullable().default(null),
        reason: requiredText('Nhập lý do hỏng phôi', 1000),
        count: count('Số phôi hỏng').pipe(z.number().min(1, 'Ít nhất 1 phôi')).default(1),
      })
      .strict(),
  },
  'awards.recordPrint': {
    args: z
      .object({
        ids: z.array(id).min(1, 'Chọn ít nhất một dòng sổ khen thưởng').max(100_000),
        template: text(200).default(''),
        printer: text(200).default(''),
        paper: z.enum(['giay_trang', 'phoi'], { error: 'Chọn in giấy trắng hoặc in phôi' }),
      })
      .strict(),
  },

  'certificates.listTemplates': { args: none },
  'certificates.getTemplate': { args: byId },
  /** A box outside the paper, a minimum above the size…: refused naming the template and the box. */
  'certificates.saveTemplate': {
    args: z.object({ id: id.optional(), template: templateSchema, isDefault: z.boolean({ error: 'Chọn có hoặc không' }).optional() }).strict(),
  },
  'certificates.removeTemplate': { args: byId },
  'certificates.listCalibrations': { args: none },
  'certificates.saveCalibration': { args: calibrationSchema.extend({ id: id.optional() }) },
  'certificates.removeCalibration': { args: byId },
  /** A copy of a template under a new name, with its background image. */
  'certificates.duplicateTemplate': { args: z.object({ id, name: requiredText('Nhập tên mẫu giấy khen', 120) }).strict() },
  /** The app's two designs (full design on plain paper, phôi), for a new template to start from. */
  'certificates.starters': { args: none },
  /** The photo or scan of the blank the editor shows under the boxes; null when none. Never printed. */
  'certificates.getBackground': { args: byId },
  'certificates.setBackground': {
    args: z
      .object({
        templateId: id,
        fileName: requiredText('Nhập tên tệp', 255),
        contentBase64: z
          .string({ error: 'Thiếu nội dung tệp' })
          .max(Math.ceil(BACKGROUND_MAX_BYTES / 3) * 4, `Ảnh lớn hơn ${BACKGROUND_MAX_BYTES / 1024 / 1024} MB; hãy chụp hoặc quét với độ phân giải thấp hơn`),
      })
      .strict(),
  },
  'certificates.removeBackground': { args: byId },
  /**
   * The editor's live preview of an unsaved draft: per field the lines, the size the fit rule chose and
   * whether it fits, for the chosen line of an issued decision (else the latest issued decision, else
   * the samples), the widest name and the widest achievement.
   */
  'certificates.layoutPreview': {
    args: z
      .object({
        template: templateSchema,
        decisionId: id.optional(),
        awardId: id.optional(),
        recipients: z.array(recipientSchema).min(1, 'Nhập ít nhất một người nhận').max(20, 'Xem trước tối đa 20 giấy khen').optional(),
      })
      .strict(),
  },
  /** The calibration sheet of a template (through a printer's calibration): a PDF kept in the data folder and returned. */
  'certificates.testPage': { args: z.object({ templateId: id, calibrationId: id.optional() }).strict() },
  /** The certificates of an issued decision (or the chosen lines: a reprint) as a job; the result is { jobId }. */
  'certificates.print': {
    args: z
      .object({
        decisionId: id,
        awardIds: z.array(id).min(1, 'Chọn ít nhất một dòng sổ khen thưởng').max(100_000).optional(),
        templateId: id.optional(),
        calibrationId: id.optional(),
        format: z.enum(['pdf', 'docx'], { error: 'Chọn PDF hoặc Word' }).default('pdf'),
      })
      .strict(),
  },
  /** The registration and progress form: all units, one unit (unitId), or one workbook per unit zipped (perUnit). */
  'exchange.excelForm': {
    args: z.object({ campaignId: id, unitId: id.optional(), perUnit: z.boolean({ error: 'Chọn có hoặc không' }).optional() }).strict(),
  },
  /** The same forms as a job (core/jobs): the result is { jobId }, the file is the job's (jobs.file). */
  'exchange.startExcelForm': {
    args: z.object({ campaignId: id, unitId: id.optional(), perUnit: z.boolean({ error: 'Chọn có hoặc không' }).optional() }).strict(),
  },
  'exchange.unitsWorkbook': { args: none },
  /** Reads an .xlsx (a registration form, a units workbook) to a summary; campaignId: the campaign it must belong to. */
  'exchange.readExcel': { args: excelUpload },
  /** The rows of an .xlsx that have errors, with a "Lỗi" column, for the unit to fix. */
  'exchange.erroredRows': { args: excelUpload },
  /** A PDF of sample recipients (the longest name and achievement by default) for the editor's preview. */
  'certificates.sample': {
    args: z.object({ templateId: id, calibrationId: id.optional(), recipients: z.array(recipientSchema).min(1, 'Nhập ít nhất một người nhận').max(20, 'Xem trước tối đa 20 giấy khen').optional() }).strict(),
  },
  /** A list as an .xlsx file (every list page's "Xuất Excel"). */
  'excel.export': { args: excelExportArgs },

  /**
   * A .tdkt packet of the campaign: on the secretariat's PC a `campaign` packet (the whole campaign, or
   * what the unit `unitCode` needs); on a unit's PC (settings.installUnitCode) that unit's `report` packet,
   * or with kind 'proposal' its `proposal` packet.
   */
  'exchange.exportPacket': {
    args: z
      .object({
        campaignId: id,
        unitCode: requiredText('Nhập mã đơn vị', 40).optional(),
        /** On a unit's PC: 'report' (the default) or 'proposal' (its proposals of the campaign, with their papers). */
        kind: z.enum(['campaign', 'report', 'proposal'], { error: 'Chọn gói đợt thi đua, báo cáo hoặc đề nghị khen thưởng' }).optional(),
      })
      .strict(),
  },
  /** Opens a packet with every check that needs no database; nothing is written. */
  'exchange.readPacket': {
    args: z
      .object({
        fileName: requiredText('Nhập tên tệp', 255),
        contentBase64: packetBase64,
      })
      .strict(),
  },
} as const;

export interface Results {
  'app.info': AppInfo;
  'settings.getAgency': Agency | null;
  'settings.saveAgency': Agency;
  'settings.get': Settings;
  'settings.save': Settings;
  'demo.load': { campaignId: number };
  'agency.issuing': IssuingSetup;
  'agency.saveSigner': SignerRow;
  'agency.removeSigner': { removed: number };
  'agency.setSignerDefault': IssuingSetup;
  'agency.saveIssuer': IssuerRow;
  'agency.removeIssuer': { removed: number };
  'agency.saveRecipient': RecipientRow;
  'agency.removeRecipient': { removed: number };
  'org.listUnits': UnitRow[];
  'org.getUnit': UnitRow;
  'org.saveUnit': UnitRow;
  'org.setUnitActive': UnitRow;
  'org.listGroups': GroupRow[];
  'org.getGroup': GroupDetail;
  'org.saveGroup': GroupRow;
  'org.addMember': GroupDetail;
  'org.endMember': GroupDetail;
  'org.removeGroup': { removed: number };
  'campaigns.list': CampaignRow[];
  'campaigns.get': CampaignDetail;
  'campaigns.save': CampaignDetail;
  'campaigns.remove': { removed: number };
  'works.list': WorkRow[];
  /** Ids of the works matching a typed query (diacritics ignored). */
  'works.search': number[];
  'works.get': WorkDetail;
  'works.save': WorkDetail;
  'works.setStatus': WorkDetail;
  'works.updateHistory': WorkDetail;
  'works.removeHistory': WorkDetail;
  'works.carryOver': { created: number[] };
  'works.setFeatured': WorkDetail;
  'reports.list': UnitReport[];
  'reports.add': UnitReport;
  'reports.update': UnitReport;
  'reports.remove': { removed: number };
  'stats.campaign': CampaignStats;
  'exchange.preview': ImportPreview;
  'exchange.apply': ImportApplied;
  'exchange.log': PacketLogRow[];
  'exchange.undoLast': ImportUndone;
  'backup.list': BackupEntry[];
  'backup.create': BackupEntry;
  'backup.restore': RestoreResult;
  'documents.getSections': DocumentSection[];
  'documents.saveSections': DocumentSection[];
  'documents.preview': DocumentFile;
  'documents.generate': IssuedDocument & DocumentFile;
  'documents.nextNumber': IssueNumber;
  'documents.issue': IssuedDocument & DocumentFile;
  'documents.list': IssuedDocument[];
  'documents.get': IssuedDocument & { contentBase64: string };
  /** The log files as one .zip, for support. */
  'logs.export': LogExport;
  'legalBases.list': LegalBasis[];
  'legalBases.save': LegalBasis;
  'legalBases.remove': { removed: number };
  'offices.list': Office[];
  'offices.save': Office;
  'offices.remove': { removed: number };
  'calendar.listHolidays': Holiday[];
  'calendar.saveHoliday': Holiday;
  'calendar.removeHoliday': { removed: number };
  'people.list': PersonRow[];
  'people.get': PersonRow;
  'people.create': PersonRow;
  'people.update': PersonRow;
  'people.remove': { removed: number };
  'awardForms.list': AwardForm[];
  'awardForms.save': AwardForm;
  'awardForms.remove': { removed: number };
  'baseSalaries.list': BaseSalary[];
  'baseSalaries.save': BaseSalary;
  'baseSalaries.remove': { removed: number };
  'jobs.get': JobInfo;
  'jobs.list': JobInfo[];
  'jobs.cancel': JobInfo;
  'jobs.file': JobFileContent;
  'proposals.list': ProposalRow[];
  'proposals.get': ProposalDetail;
  'proposals.create': ProposalDetail;
  'proposals.update': ProposalDetail;
  'proposals.remove': { removed: number };
  'proposals.addNominee': ProposalDetail;
  'proposals.updateNominee': ProposalDetail;
  'proposals.removeNominee': ProposalDetail;
  'proposals.attach': AttachmentRow;
  'proposals.detach': { removed: number };
  'proposals.attachment': AttachmentContent;
  'meetings.list': MeetingRow[];
  'meetings.get': MeetingDetail;
  'meetings.create': MeetingDetail;
  'meetings.update': MeetingDetail;
  'meetings.setVotes': MeetingDetail;
  'decisions.list': DecisionRow[];
  'decisions.get': DecisionDetail;
  'decisions.create': DecisionDetail;
  'decisions.update': DecisionDetail;
  'decisions.issue': DecisionDetail & { awards: AwardRow[] };
  'decisions.nextNumber': { number: number; numberText: string; year: number };
  'awards.list': AwardRow[];
  'awards.revoke': AwardRow;
  'awards.spoil': SpoiledRow;
  'awards.recordPrint': PrintRow[];
  'certificates.listTemplates': CertificateTemplateRow[];
  'certificates.getTemplate': CertificateTemplateRow;
  'certificates.saveTemplate': CertificateTemplateRow;
  'certificates.removeTemplate': { removed: number };
  'certificates.listCalibrations': CalibrationRow[];
  'certificates.saveCalibration': CalibrationRow;
  'certificates.removeCalibration': { removed: number };
  'certificates.duplicateTemplate': CertificateTemplateRow;
  'certificates.starters': CertificateTemplate[];
  'certificates.getBackground': CertificateBackground | null;
  'certificates.setBackground': CertificateTemplateRow;
  'certificates.removeBackground': CertificateTemplateRow;
  'certificates.layoutPreview': LayoutPreview;
  'certificates.testPage': CertificateFile;
  'certificates.sample': CertificateFile;
  'certificates.print': { jobId: string };
  'excel.export': ExcelFile;
  'exchange.exportPacket': JobFileContent;
  'exchange.readPacket': PacketSummary;
  'exchange.excelForm': FormFile;
  'exchange.startExcelForm': { jobId: string };
  'exchange.unitsWorkbook': FormFile;
  'exchange.readExcel': ExcelReadSummary;
  'exchange.erroredRows': FormFile;
}

export type Method = keyof typeof methods;
/** What a caller passes (before defaults and cleaning). */
export type Args<M extends Method> = z.input<(typeof methods)[M]['args']>;
/** What a handler receives (validated, cleaned, defaults filled). */
export type ParsedArgs<M extends Method> = z.output<(typeof methods)[M]['args']>;
export type Result<M extends Method> = Results[M];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(methods, name);
}

/**
 * Methods the desktop shell answers itself, before the core router (electron/dialogs.ts): native dialogs
 * have no meaning in core or in the browser mode, where the page asks for a typed path instead.
 */
export const shellMethods = {
  'shell.pickFolder': { args: z.object({ title: text(200).optional() }).strict() },
  'shell.pickBackupFile': { args: none },
  /** Desktop only: prints a PDF of the data folder at 100 % (the browser host downloads it instead). */
  'shell.printPdf': { args: z.object({ path: text(1000), printer: text(200).optional() }).strict() },
} as const;

export interface ShellResults {
  'shell.pickFolder': PickedPath;
  'shell.pickBackupFile': PickedPath;
  'shell.printPdf': { printed: boolean };
}

export type ShellMethod = keyof typeof shellMethods;

export function isShellMethod(name: string): name is ShellMethod {
  return Object.hasOwn(shellMethods, name);
}
