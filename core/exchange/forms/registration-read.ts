// Reads a registration and progress form back into an ImportInput. The stamp is checked first (a
// stranger's workbook, another campaign's form, an older or newer version are each refused with their
// own message), then the header, then every row: a row with a problem becomes RowErrors naming the row
// and the column and brings no work, a blank row is skipped. Nothing here writes.
import type { WorkLevel, WorkStatus } from '../../../db/schema.ts';
import { UserError } from '../../api/envelope.ts';
import { fold } from '../../text/fold.ts';
import type { ImportInput, WorkInput } from '../inputs.ts';
import { checkStamp, emptyInput, headerColumns, isBlank, RowReader, UUID } from './read-rows.ts';
import { REGISTRATION_COLUMNS, REGISTRATION_SHEETS, type RegistrationColumnKey, readLevel, readStatus } from './registration-layout.ts';
import type { Book } from './sheet-xml.ts';
import { ALL_UNITS, FORM_IDS } from './stamp.ts';

/** What the reader needs to know of the database: the campaigns by uuid and the unit codes. */
export interface FormLookup {
  campaignByUuid(uuid: string): { uuid: string; name: string; fields: string[] } | null;
  /** The campaign the user chose to import into, when one was chosen. */
  expectedCampaign?: { uuid: string; name: string };
  hasUnit(code: string): boolean;
  /** The lĩnh vực each work of the campaign already has, by uuid: a prefilled row may keep one the plan has since dropped. */
  storedFields(campaignUuid: string): Map<string, string>;
}

const CONTENT_KEYS: readonly RegistrationColumnKey[] = ['title', 'field', 'level', 'target', 'dueDate', 'owner', 'status', 'completedOn', 'note'];

const WHAT = 'biểu mẫu đăng ký công trình, phần việc';

export function readRegistrationForm(workbook: Book, fileName: string, sha256: string, lookup: FormLookup): ImportInput {
  const stamp = checkStamp(workbook, fileName, FORM_IDS.registration, WHAT);
  const campaign = lookup.campaignByUuid(stamp.campaignUuid);
  const expected = lookup.expectedCampaign;
  if (expected && expected.uuid !== stamp.campaignUuid) {
    throw new UserError(`Biểu mẫu này thuộc phong trào "${stamp.campaignName}", không phải "${expected.name}". Hãy chọn đúng đợt thi đua hoặc dùng đúng biểu mẫu.`);
  }
  if (!campaign) {
    throw new UserError(`Biểu mẫu này thuộc phong trào "${stamp.campaignName}", không có trong dữ liệu của máy này.`);
  }
  const sheet = workbook.getWorksheet(REGISTRATION_SHEETS.data);
  if (!sheet) throw new UserError(`Tệp "${fileName}" không còn trang "${REGISTRATION_SHEETS.data}" của biểu mẫu. Không đổi tên, không xóa trang; hãy xuất biểu mẫu mới nếu cần.`);
  const cols = headerColumns(sheet, REGISTRATION_COLUMNS, fileName);
  const headers = new Map(REGISTRATION_COLUMNS.map((c) => [c.key, c]));
  const fields = new Map(campaign.fields.map((f) => [fold(f), f]));
  // The plan's field as typed on a row → the plan's spelling (or null): a few values over thousands of rows.
  const typedFields = new Map<string, string | null>();
  const planField = (typed: string) => {
    let found = typedFields.get(typed);
    if (found === undefined) {
      found = fields.get(fold(typed)) ?? null;
      typedFields.set(typed, found);
    }
    return found;
  };
  const oneUnit = stamp.unitCode !== ALL_UNITS ? stamp.unitCode : null;
  const input = emptyInput(fileName, sha256, 'registration_form');
  input.campaignUuid = campaign.uuid;
  const seen = new Map<string, number>();
  const stored = lookup.storedFields(campaign.uuid);
  // exceljs counts the rows again on every read of rowCount.
  const last = sheet.rowCount;

  for (let r = 2; r <= last; r++) {
    const row = sheet.getRow(r);
    if (isBlank(row, cols, CONTENT_KEYS)) continue;
    const place = { file: fileName, sheet: sheet.name, row: r };
    const read = new RowReader(row, cols, place, headers);
    const unitCode = read.required('unitCode');
    if (unitCode && oneUnit && unitCode !== oneUnit) read.fail('unitCode', `'${unitCode}' không phải đơn vị của biểu mẫu này (${oneUnit})`);
    else if (unitCode && !oneUnit && !lookup.hasUnit(unitCode)) read.fail('unitCode', `'${unitCode}' không có trong danh mục đơn vị`);
    const title = read.required('title');
    const uuidText = read.text('uuid');
    const uuid = UUID.test(uuidText) ? uuidText.toLowerCase() : undefined;
    const before = read.errors.length;
    const fieldTyped = read.text('field');
    let field = fieldTyped;
    const kept = uuid !== undefined && stored.get(uuid) === fieldTyped;
    if (fields.size && !kept && read.errors.length === before) {
      if (!fieldTyped) read.fail('field', 'chưa nhập');
      else {
        const planned = planField(fieldTyped);
        if (planned === null) read.fail('field', `'${fieldTyped}' không có trong danh mục`);
        else field = planned;
      }
    }
    const level = read.coded<WorkLevel>('level', readLevel);
    const target = read.text('target');
    const dueDate = read.date('dueDate');
    const owner = read.text('owner');
    const status = read.coded<WorkStatus>('status', readStatus, 'da_dang_ky');
    const completedOn = read.date('completedOn');
    if (completedOn && status && status !== 'hoan_thanh') read.fail('completedOn', 'chỉ ghi khi Tình trạng là "Hoàn thành"');
    const note = read.text('note');
    const version = read.text('version');
    // A new row must not repeat a work of its unit: matched by title, the two would be one work.
    const key = `${unitCode}\u0000${fold(title)}`;
    const first = seen.get(key);
    if (unitCode && title && !uuid && first !== undefined) read.fail('title', `trùng với công trình ở dòng ${first} của cùng đơn vị`);
    if (first === undefined) seen.set(key, r);
    input.notes.push(...read.notes());
    if (read.errors.length || !level || !status) {
      input.errors.push(...read.errors);
      continue;
    }
    const work: WorkInput = { unitCode, title, field, level, target, dueDate, owner, status, completedOn, note, place };
    if (uuid) {
      work.uuid = uuid;
      if (version) work.baseUpdatedAt = version;
    }
    input.works.push(work);
  }
  if (input.works.length === 0 && input.errors.length === 0) {
    input.notes.push({ place: { file: fileName, sheet: sheet.name }, message: `Trang "${sheet.name}" không có công trình nào: biểu mẫu chưa được điền.` });
  }
  return input;
}
