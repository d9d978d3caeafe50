// The one entry for an .xlsx brought in: opened within the caps and clamped, then read by what its stamp
// says it is (a registration form, a units workbook). A workbook with no stamp is read as a units list
// when its headers are those of one (a secretariat's first list is often typed by hand); anything else
// is refused as not a TĐKT form.
import { createHash } from 'node:crypto';
import { UserError } from '../../api/envelope.ts';
import type { ImportInput } from '../inputs.ts';
import { openBook } from './open-workbook.ts';
import { type FormLookup, readRegistrationForm } from './registration-read.ts';
import { FORM_IDS, readStamp } from './stamp.ts';
import { looksLikeUnitsWorkbook, readUnitsWorkbook } from './units-read.ts';

export interface ReadWorkbook {
  input: ImportInput;
  /** Validation ranges clamped before parsing (a workbook saved with whole-column dropdowns). */
  clamped: number;
}

/** `today`: the day a membership with no Từ ngày starts. */
export async function readWorkbook(bytes: Uint8Array, fileName: string, lookup: FormLookup, today: string): Promise<ReadWorkbook> {
  const { book: workbook, clamped } = openBook(bytes, fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const formId = readStamp(workbook)?.formId;
  if (formId === FORM_IDS.registration) return { input: readRegistrationForm(workbook, fileName, sha256, lookup), clamped };
  if (formId === FORM_IDS.units || (!formId && looksLikeUnitsWorkbook(workbook))) {
    // Chosen from a campaign's page, a units list would change the units, not the campaign's works.
    if (lookup.expectedCampaign) {
      throw new UserError(
        `Tệp "${fileName}" là danh sách đơn vị, khối, cụm, không phải biểu mẫu đăng ký của "${lookup.expectedCampaign.name}". Hãy chọn biểu mẫu đăng ký của đợt thi đua này, hoặc nhập danh sách đơn vị ở trang Trao đổi dữ liệu.`,
      );
    }
    return { input: readUnitsWorkbook(workbook, fileName, sha256, today), clamped };
  }
  throw new UserError(
    formId
      ? `Tệp "${fileName}" là biểu mẫu loại "${formId}", phần mềm này không đọc được loại đó.`
      : `Tệp "${fileName}" không phải biểu mẫu của phần mềm TĐKT (không có trang thiết lập của biểu mẫu, cũng không phải danh sách đơn vị). Hãy dùng biểu mẫu xuất từ phần mềm.`,
  );
}
