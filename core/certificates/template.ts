// What a certificate is made of, kept in three separate things (issue 9): the template (paper and
// boxes in millimetres from the paper's top-left corner, the way a ruler on the blank reads them), the
// printer's calibration (an offset and a scale that belong to one printer and tray, never to the
// template), and the recipient (what the award register hands over). Pure: the renderer's editor
// validates with the same schema the database uses on every read and write.
import { z } from 'zod';
import { text } from '../api/schemas.ts';
import { cleanMultiline } from '../text/normalize.ts';
import { formatNumber } from '../text/numbers.ts';

export const FIELD_KEYS = [
  'issuer',
  'verb',
  'recipientClass',
  'name',
  'positionUnit',
  'achievement',
  'placeDate',
  'signerTitle',
  'signerName',
  'decisionNumber',
  'registryNumber',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The names the user sees for each box, in messages and in the editor. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  issuer: 'Người khen thưởng',
  verb: 'Chữ “TẶNG”',
  recipientClass: 'Ông/Bà/Tập thể',
  name: 'Họ và tên',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  decisionNumber: 'Số quyết định',
  registryNumber: 'Số sổ',
};

export const PAPER_PRESETS = {
  a4Landscape: { widthMm: 297, heightMm: 210 },
  a3Landscape: { widthMm: 420, heightMm: 297 },
} as const;

export const CERTIFICATE_TITLES = ['GIẤY KHEN', 'BẰNG KHEN'] as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'left' | 'centre' | 'right';

export interface FieldSpec {
  box: Box;
  anchor: Anchor;
  /** The OS serif family (Times New Roman / Liberation Serif): the one font the app measures with. */
  font: 'serif';
  sizePt: number;
  /** The fit rule shrinks down to this size, then flags. */
  minSizePt: number;
  bold: boolean;
  italic: boolean;
  upper: boolean;
  shown: boolean;
  mandatory: boolean;
  /** Fixed text before the value, a space between ("Số:", "Số sổ:"); for "TẶNG" the whole text. */
  prefix: string;
}

export interface CertificateTemplate {
  name: string;
  /** 'full': border, Quốc hiệu, Tiêu ngữ and title drawn on plain paper; 'phoi': only the fields. */
  kind: 'full' | 'phoi';
  title: (typeof CERTIFICATE_TITLES)[number];
  paper: { widthMm: number; heightMm: number };
  fields: Record<FieldKey, FieldSpec>;
}

/** One printer (and tray): where it really puts a point the PDF asks for. */
export interface Calibration {
  printer: string;
  tray: string;
  offsetXMm: number;
  offsetYMm: number;
  /** About the paper's top-left corner; 1 when the printer keeps scale. */
  scale: number;
}

/** What the award register gives for one certificate; every text already cleaned at the wall. */
export interface CertificateRecipient {
  issuer: string;
  /** "Ông", "Bà", "Tập thể". */
  recipientClass: string;
  name: string;
  positionUnit: string;
  achievement: string;
  placeDate: string;
  /** Lines may be split by "\n" ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"). */
  signerTitle: string;
  signerName: string;
  /** "123/QĐ-UBND" (the field's prefix adds "Số: "). */
  decisionNumber: string;
  registryNumber: string;
}

export const NO_CALIBRATION: Calibration = { printer: '', tray: '', offsetXMm: 0, offsetYMm: 0, scale: 1 };

/** "297", "12,5": millimetres the way the user typed them. */
export function formatMm(mm: number): string {
  return formatNumber(mm, 1);
}

/** A number for an input box: the comma, no thousands dot ("1200", not "1.200", reads back). */
export function typedMm(mm: number, digits = 2): string {
  const k = 10 ** digits;
  return String(Math.round(mm * k) / k).replace('.', ',');
}

/**
 * Millimetres or points as typed: "12,5" (the Vietnamese comma), "12.5" from an English keyboard,
 * "-3"; null for anything else ("12,5 mm", "1.234,5", "").
 */
export function parseMm(typed: string): number | null {
  const t = typed.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/u.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** The text a field prints for one recipient: its prefix and the recipient's value, or nothing. */
export function fieldText(key: FieldKey, spec: FieldSpec, r: CertificateRecipient): string {
  if (key === 'verb') return spec.prefix;
  const value = r[key].trim();
  return value ? (spec.prefix ? `${spec.prefix} ${value}` : value) : '';
}

const mm = (what: string, min: number, max: number) =>
  z
    .number({ error: `Nhập ${what} (mm)` })
    .refine(Number.isFinite, `Nhập ${what} (mm)`)
    .min(min, `${what} từ ${formatMm(min)} mm`)
    .max(max, `${what} tối đa ${formatMm(max)} mm`);

// Word sizes text in half-points: a size between them would print differently in the .docx and the PDF.
const pt = z
  .number({ error: 'Nhập cỡ chữ (pt)' })
  .min(4, 'Cỡ chữ từ 4 pt')
  .max(120, 'Cỡ chữ tối đa 120 pt')
  .refine((v) => Number.isInteger(v * 2), 'Cỡ chữ theo bước 0,5 pt (ví dụ 13 hoặc 13,5)');
const flag = z.boolean({ error: 'Chọn có hoặc không' });

const fieldSchema = z
  .object({
    box: z
      .object({
        x: mm('Vị trí ngang', -2000, 2000),
        y: mm('Vị trí dọc', -2000, 2000),
        width: mm('Chiều rộng hộp', 1, 2000),
        height: mm('Chiều cao hộp', 1, 2000),
      })
      .strict(),
    anchor: z.enum(['left', 'centre', 'right'], { error: 'Chọn căn trái, giữa hoặc phải' }),
    font: z.literal('serif', { error: 'Phông chữ chỉ có Times New Roman' }).default('serif'),
    sizePt: pt,
    minSizePt: pt,
    bold: flag.default(false),
    italic: flag.default(false),
    upper: flag.default(false),
    shown: flag.default(true),
    mandatory: flag.default(false),
    prefix: text(60).default(''),
  })
  .strict();

const fieldsSchema = z.object(Object.fromEntries(FIELD_KEYS.map((k) => [k, fieldSchema])) as Record<FieldKey, typeof fieldSchema>).strict();

/** Checks that need the template's name and paper: each message names the template and the box. */
function checkBoxes(t: z.output<typeof templateShape>, ctx: z.RefinementCtx): void {
  const { widthMm, heightMm } = t.paper;
  const where = (key: FieldKey) => `Mẫu "${t.name}", ô "${FIELD_LABELS[key]}"`;
  for (const key of FIELD_KEYS) {
    const f = t.fields[key];
    const b = f.box;
    // A hundredth of a millimetre of tolerance: boxes dragged to the edge come back as 296.99999.
    if (b.x < -0.01 || b.y < -0.01 || b.x + b.width > widthMm + 0.01 || b.y + b.height > heightMm + 0.01) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', key, 'box'],
        message: `${where(key)}: hộp vượt ra ngoài khổ giấy ${formatMm(widthMm)} × ${formatMm(heightMm)} mm`,
      });
    }
    if (f.minSizePt > f.sizePt) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', key, 'minSizePt'],
        message: `${where(key)}: cỡ chữ nhỏ nhất (${formatNumber(f.minSizePt, 1)} pt) lớn hơn cỡ chữ (${formatNumber(f.sizePt, 1)} pt)`,
      });
    }
    if (key === 'verb' && f.shown && !f.prefix) {
      ctx.addIssue({ code: 'custom', path: ['fields', key, 'prefix'], message: `${where(key)}: nhập chữ in ra (ví dụ: TẶNG)` });
    }
  }
}

const templateShape = z
  .object({
    name: text(120).pipe(z.string().min(1, 'Nhập tên mẫu giấy khen')),
    kind: z.enum(['full', 'phoi'], { error: 'Chọn loại mẫu: in cả mẫu trên giấy trắng hoặc in lên phôi' }),
    title: z.enum(CERTIFICATE_TITLES, { error: 'Chọn GIẤY KHEN hoặc BẰNG KHEN' }).default('GIẤY KHEN'),
    paper: z
      .object({ widthMm: mm('Chiều rộng khổ giấy', 50, 1200), heightMm: mm('Chiều cao khổ giấy', 50, 1200) })
      .strict(),
    fields: fieldsSchema,
  })
  .strict();

export const templateSchema = templateShape.superRefine(checkBoxes);

export const calibrationSchema = z
  .object({
    printer: text(200).pipe(z.string().min(1, 'Nhập tên máy in')),
    tray: text(100).default(''),
    offsetXMm: z.number({ error: 'Nhập độ lệch ngang (mm)' }).min(-20, 'Độ lệch ngang từ -20 mm').max(20, 'Độ lệch ngang tối đa 20 mm'),
    offsetYMm: z.number({ error: 'Nhập độ lệch dọc (mm)' }).min(-20, 'Độ lệch dọc từ -20 mm').max(20, 'Độ lệch dọc tối đa 20 mm'),
    scale: z.number({ error: 'Nhập tỷ lệ (ví dụ 1)' }).min(0.9, 'Tỷ lệ từ 0,9').max(1.1, 'Tỷ lệ tối đa 1,1').default(1),
  })
  .strict();

/** A recipient typed for a preview (the award register builds its own from its rows). */
export const recipientSchema = z
  .object({
    issuer: text(300).default(''),
    recipientClass: text(40).default(''),
    name: text(300).default(''),
    positionUnit: text(500).default(''),
    achievement: text(2000).default(''),
    placeDate: text(200).default(''),
    // Lines kept: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH".
    signerTitle: z.string({ error: 'Phải là chuỗi ký tự' }).max(300, 'Tối đa 300 ký tự').transform(cleanMultiline).default(''),
    signerName: text(200).default(''),
    decisionNumber: text(100).default(''),
    registryNumber: text(50).default(''),
  })
  .strict();

/** A template read back from anywhere (the database, a file, the editor): valid or a Vietnamese refusal. */
export function parseTemplate(input: unknown): { ok: true; template: CertificateTemplate } | { ok: false; message: string; path: string } {
  const r = templateSchema.safeParse(input);
  if (r.success) return { ok: true, template: r.data };
  const issue = r.error.issues[0];
  const name = (input as { name?: unknown } | null)?.name;
  const path = issue.path.map(String).join('.');
  // Issues from the field-level checks do not know the template: name it here.
  const key = issue.path[0] === 'fields' ? (issue.path[1] as FieldKey) : undefined;
  const where = issue.message.startsWith('Mẫu "') ? '' : `Mẫu "${typeof name === 'string' ? name : ''}"${key && key in FIELD_LABELS ? `, ô "${FIELD_LABELS[key]}"` : ''}: `;
  return { ok: false, message: `${where}${issue.message}`, path };
}
