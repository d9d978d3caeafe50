// Building blocks of the argument schemas. Every text is cleaned as it enters (NFC, spaces, tone placement,
// no character a document cannot hold: see core/text/normalize.ts), so nothing downstream has to think about it.
import { z } from 'zod';
import '../errors/validation.ts';
import { cleanMultiline, cleanText } from '../text/normalize.ts';
import { isoDateProblem } from '../text/typed-date.ts';

export const id = z
  .number({ error: (issue) => (issue.input === undefined ? 'Thiếu mã bản ghi' : 'Mã bản ghi phải là số nguyên dương') })
  .int()
  .positive();

export const text = (max = 500) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .max(max, `Tối đa ${max} ký tự`)
    .transform(cleanText);

export const requiredText = (message: string, max = 500) =>
  text(max).pipe(z.string().min(1, message));

export const longText = (max = 100_000) =>
  z.string({ error: 'Phải là chuỗi ký tự' }).max(max, `Tối đa ${max} ký tự`).transform(cleanMultiline);

/** A day of the calendar as "YYYY-MM-DD"; an impossible one ("2021-02-31") is refused with its reason. */
export const isoDate = z.string({ error: 'Nhập ngày' }).superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const optionalDate = z.union([isoDate, z.null()]).optional().transform((v) => v ?? null);

export const unitKind = z.enum(['co_quan', 'phuong_xa', 'truong', 'doanh_nghiep', 'khac'], {
  error: 'Loại đơn vị không hợp lệ',
});
export const groupKind = z.enum(['khoi', 'cum'], { error: 'Chọn khối hoặc cụm' });
export const memberRole = z.enum(['truong', 'pho', 'thanh_vien'], { error: 'Vai trò không hợp lệ' });
export const campaignForm = z.enum(['thuong_xuyen', 'chuyen_de'], { error: 'Chọn hình thức thi đua' });
export const milestoneKind = z.enum(['han_dang_ky', 'bao_cao', 'so_ket', 'tong_ket'], {
  error: 'Loại mốc không hợp lệ',
});
export const workLevel = z.enum(['thanh_pho', 'co_so'], { error: 'Chọn cấp công trình' });
export const workStatus = z.enum(['da_dang_ky', 'dang_thuc_hien', 'hoan_thanh', 'khong_hoan_thanh', 'huy'], {
  error: 'Trạng thái không hợp lệ',
});
export const workFlag = z.enum(['no_target', 'no_due_date', 'outside_period', 'field_not_in_plan', 'duplicate'], {
  error: 'Loại cảnh báo không hợp lệ',
});
