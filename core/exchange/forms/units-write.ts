// Writes the units workbook: units, khối/cụm and memberships, one sheet each, with dropdowns for the
// kinds, roles and codes bound to the rows written, the instructions, and the stamp. The same workbook,
// filled by hand or edited, is what the units list import reads.
import ExcelJS from 'exceljs';
import { groupKindLabel, memberRoleLabel, unitKindLabel } from '../../api/labels.ts';
import type { FormColumn } from './columns.ts';
import { dateValidation, excelDate, layOutSheet, listRange, listValidation, protectHeader, writeGuide } from './sheet-style.ts';
import { ALL_UNITS, FORM_IDS, FORM_VERSIONS, writeStamp } from './stamp.ts';
import type { UnitsWorkbookData } from './units-data.ts';
import { GROUP_COLUMNS, MEMBER_COLUMNS, NO, UNIT_COLUMNS, UNITS_SHEETS, YES } from './units-layout.ts';
import type { WrittenForm } from './registration-write.ts';

/** Room to add units, groups and memberships by hand. */
const EMPTY_ROWS = 50;

const GUIDE = [
  'Trang "Đơn vị": mỗi dòng một đơn vị. Mã đơn vị là mã ổn định, dễ đọc (ví dụ PX01, THCS-LQD), không trùng nhau; chỉ gồm chữ, số và dấu . _ -.',
  'Loại đơn vị: chọn trong danh sách. Mã đơn vị cấp trên: mã của một đơn vị khác (để trống nếu không có).',
  'Trang "Khối, cụm": mỗi dòng một khối hoặc cụm thi đua với mã riêng.',
  'Trang "Thành viên": mỗi dòng một đơn vị trong một khối/cụm, với vai trò (Trưởng, Phó, Thành viên) và ngày bắt đầu; ghi Đến ngày khi đơn vị rời khối/cụm.',
  'Ngày nhập dạng ngày/tháng/năm, ví dụ 01/01/2026. Từ ngày để trống được hiểu là ngày nhập tệp.',
  'Không đổi tên trang, không sửa dòng tiêu đề, không xóa cột (kể cả cột ẩn).',
];

function fill<K extends string>(sheet: ExcelJS.Worksheet, columns: readonly FormColumn<K>[], rows: unknown[][]): number {
  layOutSheet(sheet, columns);
  for (const row of rows) sheet.addRow(row);
  for (let i = 0; i < EMPTY_ROWS; i++) {
    const row = sheet.getRow(sheet.rowCount + 1);
    for (let c = 1; c <= columns.length; c++) row.getCell(c).value = null;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.filter((c) => !c.hidden).length } };
  return sheet.rowCount;
}

const col = <K extends string>(columns: readonly FormColumn<K>[], key: K) => columns.findIndex((c) => c.key === key) + 1;

export async function writeUnitsWorkbook(data: UnitsWorkbookData, createdAt: Date): Promise<WrittenForm> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  workbook.created = createdAt;
  const unitsSheet = workbook.addWorksheet(UNITS_SHEETS.units);
  const groupsSheet = workbook.addWorksheet(UNITS_SHEETS.groups);
  const membersSheet = workbook.addWorksheet(UNITS_SHEETS.members);
  const guide = workbook.addWorksheet(UNITS_SHEETS.guide);
  const lists = workbook.addWorksheet(UNITS_SHEETS.lists, { state: 'hidden' });

  const lastUnit = fill(
    unitsSheet,
    UNIT_COLUMNS,
    data.units.map((u, i) => [i + 1, u.code, u.name, u.shortName, unitKindLabel[u.kind], u.parentCode ?? '', u.active ? YES : NO, u.uuid, u.updatedAt]),
  );
  const lastGroup = fill(
    groupsSheet,
    GROUP_COLUMNS,
    data.groups.map((g, i) => [i + 1, g.code, groupKindLabel[g.kind], g.name, g.active ? YES : NO, g.uuid, g.updatedAt]),
  );
  const lastMember = fill(
    membersSheet,
    MEMBER_COLUMNS,
    data.members.map((m, i) => [i + 1, m.groupCode, m.unitCode, m.unitName, memberRoleLabel[m.role], excelDate(m.validFrom), excelDate(m.validTo)]),
  );

  const kinds = Object.values(unitKindLabel);
  const groupKinds = Object.values(groupKindLabel);
  const roles = Object.values(memberRoleLabel);
  lists.getRow(1).values = ['Loại đơn vị', 'Loại khối/cụm', 'Vai trò', 'Đang hoạt động'];
  for (let i = 0; i < Math.max(kinds.length, roles.length); i++) {
    lists.getRow(i + 2).values = [kinds[i] ?? null, groupKinds[i] ?? null, roles[i] ?? null, [YES, NO][i] ?? null];
  }
  const L = UNITS_SHEETS.lists;
  listValidation(unitsSheet, col(UNIT_COLUMNS, 'kind'), 2, lastUnit, listRange(L, 1, kinds.length), 'loại đơn vị');
  listValidation(unitsSheet, col(UNIT_COLUMNS, 'active'), 2, lastUnit, listRange(L, 4, 2), 'Có hoặc Không');
  listValidation(groupsSheet, col(GROUP_COLUMNS, 'kind'), 2, lastGroup, listRange(L, 2, groupKinds.length), 'khối hoặc cụm');
  listValidation(groupsSheet, col(GROUP_COLUMNS, 'active'), 2, lastGroup, listRange(L, 4, 2), 'Có hoặc Không');
  // Codes come from the other two sheets, so a unit or group added there is offered here at once.
  listValidation(membersSheet, col(MEMBER_COLUMNS, 'groupCode'), 2, lastMember, listRange(UNITS_SHEETS.groups, 2, lastGroup - 1), 'mã khối/cụm');
  listValidation(membersSheet, col(MEMBER_COLUMNS, 'unitCode'), 2, lastMember, listRange(UNITS_SHEETS.units, 2, lastUnit - 1), 'mã đơn vị');
  listValidation(membersSheet, col(MEMBER_COLUMNS, 'role'), 2, lastMember, listRange(L, 3, roles.length), 'vai trò');
  dateValidation(membersSheet, col(MEMBER_COLUMNS, 'validFrom'), 2, lastMember);
  dateValidation(membersSheet, col(MEMBER_COLUMNS, 'validTo'), 2, lastMember);
  for (const sheet of [unitsSheet, groupsSheet, membersSheet]) await protectHeader(sheet);

  writeGuide(guide, 'Hướng dẫn danh sách đơn vị, khối và cụm thi đua', GUIDE);
  writeStamp(workbook, {
    formId: FORM_IDS.units,
    version: FORM_VERSIONS[FORM_IDS.units],
    campaignUuid: '',
    campaignName: '',
    unitCode: ALL_UNITS,
    createdAt: createdAt.toISOString(),
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: 'Danh-sach-don-vi-khoi-cum.xlsx', bytes: new Uint8Array(buffer as ArrayBuffer) };
}
