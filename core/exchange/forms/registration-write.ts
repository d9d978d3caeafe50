// Writes the registration and progress form of a campaign: the data sheet prefilled with what the
// unit(s) registered plus empty rows to fill, dropdowns fed by a hidden code-list sheet and bound to the
// rows written (never whole columns: exceljs and Excel both pay for every cell a range names), date
// checks, a locked header, the instructions, and the veryHidden stamp the reader checks first.
import ExcelJS from 'exceljs';
import { workLevelLabel, workStatusLabel } from '../../api/labels.ts';
import { xlsxFileName } from '../../excel/file-name.ts';
import type { RegistrationFormData } from './registration-data.ts';
import { columnOf, REGISTRATION_COLUMNS, REGISTRATION_SHEETS } from './registration-layout.ts';
import { dateValidation, excelDate, layOutSheet, listRange, listValidation, protectHeader, styleRows, writeGuide } from './sheet-style.ts';
import { ALL_UNITS, FORM_IDS, FORM_VERSIONS, writeStamp } from './stamp.ts';

/** Empty rows after the prefilled ones: a unit adds a handful of works, the all-units form more. */
export const EMPTY_ROWS = { unit: 30, all: 100 } as const;

const GUIDE = [
  'Biểu mẫu này dùng để đăng ký công trình, phần việc và báo cáo tiến độ thực hiện của đơn vị trong đợt thi đua ghi ở trên.',
  'Mỗi dòng của trang "Đăng ký" là một công trình, phần việc. Các dòng đã có là những công trình đơn vị đã đăng ký: cập nhật Tình trạng, Ngày hoàn thành, Ghi chú khi có thay đổi; không xóa dòng của công trình đã đăng ký (muốn thôi thực hiện thì chọn Tình trạng "Hủy").',
  'Công trình mới: ghi vào các dòng trống phía dưới. Bắt buộc: Mã đơn vị, Tên công trình, Lĩnh vực (khi đợt thi đua có danh mục lĩnh vực), Cấp.',
  'Mã đơn vị, Lĩnh vực, Cấp, Tình trạng: chọn trong danh sách thả xuống của ô, không gõ giá trị khác.',
  'Thời hạn và Ngày hoàn thành: nhập ngày dạng ngày/tháng/năm, ví dụ 31/3/2026. Chỉ ghi Ngày hoàn thành khi Tình trạng là "Hoàn thành".',
  'Tình trạng để trống được hiểu là "Đã đăng ký".',
  'Ghi chú: cột đã có ghi chú mới nhất của công trình. Ghi tiến độ hoặc kết quả mới (ví dụ "Đã trồng 300/500 cây") thì ghi chú đó được lưu vào lịch sử của công trình; để nguyên hoặc để trống là không có gì mới.',
  'Không đổi tên trang, không sửa dòng tiêu đề, không xóa các cột (kể cả cột ẩn): phần mềm đọc lại biểu mẫu theo đúng các cột này.',
  'Gõ chữ tiếng Việt bằng Unicode (font Times New Roman). Chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI được tự chuyển sang Unicode và ghi chú khi nhập.',
  'Làm xong, lưu tệp (giữ dạng .xlsx) và gửi lại cho bộ phận thường trực Hội đồng Thi đua - Khen thưởng.',
];

export interface WrittenForm {
  fileName: string;
  bytes: Uint8Array;
}

/** "Bieu-mau-dang-ky-P01.xlsx": unmarked like every export's name (core/excel/file-name.ts), for Zalo and e-mail. */
export function registrationFormFileName(data: Pick<RegistrationFormData, 'scope'>): string {
  return xlsxFileName('Biểu mẫu đăng ký', data.scope === ALL_UNITS ? 'tất cả đơn vị' : data.scope);
}

export async function writeRegistrationForm(data: RegistrationFormData, createdAt: Date): Promise<WrittenForm> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet(REGISTRATION_SHEETS.data);
  const guide = workbook.addWorksheet(REGISTRATION_SHEETS.guide);
  const lists = workbook.addWorksheet(REGISTRATION_SHEETS.lists, { state: 'hidden' });
  const styles = layOutSheet(sheet, REGISTRATION_COLUMNS);

  const oneUnit = data.scope !== ALL_UNITS ? data.units[0] : null;
  let stt = 0;
  for (const w of data.works) {
    stt++;
    sheet.addRow([
      stt, w.unitCode, w.unitName, w.title, w.field, workLevelLabel[w.level], w.target, excelDate(w.dueDate), w.owner,
      workStatusLabel[w.status], excelDate(w.completedOn), w.note, w.uuid, w.updatedAt,
    ]);
  }
  const empty = oneUnit ? EMPTY_ROWS.unit : EMPTY_ROWS.all;
  const nameCol = columnOf('unitName');
  const codeLetter = 'B';
  for (let i = 0; i < empty; i++) {
    const r = sheet.rowCount + 1;
    const row = sheet.getRow(r);
    // The same width of row as the prefilled ones, so every cell is there, open and styled.
    for (let c = 1; c <= REGISTRATION_COLUMNS.length; c++) row.getCell(c).value = null;
    if (oneUnit) {
      row.getCell(columnOf('unitCode')).value = oneUnit.code;
      row.getCell(nameCol).value = oneUnit.name;
    } else {
      // The unit's name follows the code picked, from the code list.
      row.getCell(nameCol).value = {
        formula: `IF(${codeLetter}${r}="","",IFERROR(VLOOKUP(${codeLetter}${r},'${REGISTRATION_SHEETS.lists}'!$A:$B,2,FALSE),""))`,
        result: '',
      };
    }
  }
  const last = sheet.rowCount;
  styleRows(sheet, styles, 2, last);

  // The code lists, one column each: units (code, name), fields, levels, statuses.
  lists.getRow(1).values = ['Mã đơn vị', 'Tên đơn vị', 'Lĩnh vực', 'Cấp', 'Tình trạng'];
  const levels = Object.values(workLevelLabel);
  const statuses = Object.values(workStatusLabel);
  const height = Math.max(data.units.length, data.campaign.fields.length, levels.length, statuses.length);
  for (let i = 0; i < height; i++) {
    lists.getRow(i + 2).values = [
      data.units[i]?.code ?? null, data.units[i]?.name ?? null, data.campaign.fields[i] ?? null, levels[i] ?? null, statuses[i] ?? null,
    ];
  }
  const { lists: listsName } = REGISTRATION_SHEETS;
  listValidation(sheet, columnOf('unitCode'), 2, last, listRange(listsName, 1, data.units.length), 'mã đơn vị');
  if (data.campaign.fields.length) listValidation(sheet, columnOf('field'), 2, last, listRange(listsName, 3, data.campaign.fields.length), 'lĩnh vực');
  listValidation(sheet, columnOf('level'), 2, last, listRange(listsName, 4, levels.length), 'cấp công trình');
  listValidation(sheet, columnOf('status'), 2, last, listRange(listsName, 5, statuses.length), 'tình trạng');
  dateValidation(sheet, columnOf('dueDate'), 2, last);
  dateValidation(sheet, columnOf('completedOn'), 2, last);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnOf('note') } };
  await protectHeader(sheet);

  writeGuide(guide, `Hướng dẫn điền biểu mẫu đăng ký và báo cáo tiến độ — ${data.campaign.name}`, [
    oneUnit ? `Đơn vị: ${oneUnit.name} (mã ${oneUnit.code}).` : `Biểu mẫu chung cho ${data.units.length} đơn vị.`,
    ...GUIDE,
  ]);
  writeStamp(workbook, {
    formId: FORM_IDS.registration,
    version: FORM_VERSIONS[FORM_IDS.registration],
    campaignUuid: data.campaign.uuid,
    campaignName: data.campaign.name,
    unitCode: data.scope,
    createdAt: createdAt.toISOString(),
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: registrationFormFileName(data), bytes: new Uint8Array(buffer as ArrayBuffer) };
}
