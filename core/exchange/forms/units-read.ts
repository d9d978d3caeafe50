// Reads a units workbook (the app's own, or one typed by hand with the same headers) into the units
// and khối/cụm of an ImportInput. Checked here, within the file: required cells, kinds and roles,
// dates, codes written twice, a membership naming a unit the file does not list. Left to the pipeline,
// which knows the database: a parent or a khối/cụm code found in neither the file nor the database.
import type { GroupKind, MemberRole, UnitKind } from '../../../db/schema.ts';
import { UserError } from '../../api/envelope.ts';
import { fold } from '../../text/fold.ts';
import type { GroupInput, ImportInput, UnitInput } from '../inputs.ts';
import type { FormColumn } from './columns.ts';
import { cellText } from './cells.ts';
import { checkStamp, emptyInput, headerColumns, isBlank, RowReader, UUID } from './read-rows.ts';
import type { Book, BookSheet } from './sheet-xml.ts';
import { FORM_IDS, readStamp } from './stamp.ts';
import {
  GROUP_COLUMNS,
  MEMBER_COLUMNS,
  readGroupKind,
  readRole,
  readUnitKind,
  readYesNo,
  UNIT_COLUMNS,
  UNITS_SHEETS,
} from './units-layout.ts';

const CODE = /^[\p{L}\p{N}._-]+$/u;
const WHAT = 'danh sách đơn vị, khối, cụm';

/** A workbook without a stamp that has a "Đơn vị" sheet whose first row holds the units headers. */
export function looksLikeUnitsWorkbook(workbook: Book): boolean {
  const sheet = workbook.getWorksheet(UNITS_SHEETS.units);
  if (!sheet) return false;
  const headers = new Set<string>();
  sheet.getRow(1).eachCell((cell) => {
    headers.add(fold(cellText(cell).text));
  });
  return headers.has(fold('Mã đơn vị')) && headers.has(fold('Tên đơn vị'));
}

/** Each data row of a sheet that is not blank, with a reader for its cells. */
function* rowsOf<K extends string>(sheet: BookSheet, columns: readonly FormColumn<K>[], fileName: string, content: readonly K[]) {
  const cols = headerColumns(sheet, columns, fileName);
  const headers = new Map(columns.map((c) => [c.key, c]));
  // exceljs counts the rows again on every read of rowCount.
  const last = sheet.rowCount;
  for (let r = 2; r <= last; r++) {
    const row = sheet.getRow(r);
    if (isBlank(row, cols, content)) continue;
    const place = { file: fileName, sheet: sheet.name, row: r };
    yield { read: new RowReader(row, cols, place, headers), place };
  }
}

function code<K extends string>(read: RowReader<K>, key: K): string {
  const value = read.required(key);
  if (value && !CODE.test(value)) read.fail(key, `'${value}' chỉ được gồm chữ, số và dấu . _ -`);
  return value;
}

export function readUnitsWorkbook(workbook: Book, fileName: string, sha256: string, today: string): ImportInput {
  if (readStamp(workbook)) checkStamp(workbook, fileName, FORM_IDS.units, WHAT);
  const unitsSheet = workbook.getWorksheet(UNITS_SHEETS.units);
  if (!unitsSheet) throw new UserError(`Tệp "${fileName}" không có trang "${UNITS_SHEETS.units}".`);
  const input = emptyInput(fileName, sha256, 'units');
  const unitRow = new Map<string, number>();
  const units = new Map<string, UnitInput>();

  for (const { read, place } of rowsOf(unitsSheet, UNIT_COLUMNS, fileName, ['code', 'name', 'shortName', 'kind', 'parentCode'])) {
    const unitCode = code(read, 'code');
    const name = read.required('name');
    const shortName = read.text('shortName');
    const kind = read.coded<UnitKind>('kind', readUnitKind);
    const parentCode = read.text('parentCode');
    if (parentCode && parentCode === unitCode) read.fail('parentCode', 'một đơn vị không thể là cấp trên của chính nó');
    const active = read.coded<boolean>('active', readYesNo, true);
    const first = unitRow.get(unitCode);
    if (unitCode && first !== undefined) read.fail('code', `'${unitCode}' trùng với mã ở dòng ${first}`);
    else if (unitCode) unitRow.set(unitCode, place.row);
    input.notes.push(...read.notes());
    if (read.errors.length || !kind || active === null) {
      input.errors.push(...read.errors);
      continue;
    }
    const unit: UnitInput = { code: unitCode, name, shortName, kind, parentCode: parentCode || null, active, memberships: [], place };
    const uuid = read.text('uuid');
    if (UUID.test(uuid)) {
      unit.uuid = uuid.toLowerCase();
      const version = read.text('version');
      if (version) unit.baseUpdatedAt = version;
    }
    units.set(unitCode, unit);
    input.units.push(unit);
  }

  const groupsSheet = workbook.getWorksheet(UNITS_SHEETS.groups);
  const groupRow = new Map<string, number>();
  if (groupsSheet) {
    for (const { read, place } of rowsOf(groupsSheet, GROUP_COLUMNS, fileName, ['code', 'kind', 'name'])) {
      const groupCode = code(read, 'code');
      const kind = read.coded<GroupKind>('kind', readGroupKind);
      const name = read.required('name');
      const active = read.coded<boolean>('active', readYesNo, true);
      const first = groupRow.get(groupCode);
      if (groupCode && first !== undefined) read.fail('code', `'${groupCode}' trùng với mã ở dòng ${first}`);
      else if (groupCode) groupRow.set(groupCode, place.row);
      input.notes.push(...read.notes());
      if (read.errors.length || !kind || active === null) {
        input.errors.push(...read.errors);
        continue;
      }
      const group: GroupInput = { code: groupCode, kind, name, active, place };
      const uuid = read.text('uuid');
      if (UUID.test(uuid)) {
        group.uuid = uuid.toLowerCase();
        const version = read.text('version');
        if (version) group.baseUpdatedAt = version;
      }
      input.groups.push(group);
    }
  }

  const membersSheet = workbook.getWorksheet(UNITS_SHEETS.members);
  if (membersSheet) {
    const seen = new Map<string, number>();
    for (const { read, place } of rowsOf(membersSheet, MEMBER_COLUMNS, fileName, ['groupCode', 'unitCode', 'role', 'validFrom', 'validTo'])) {
      const groupCode = read.required('groupCode');
      const unitCode = read.required('unitCode');
      const role = read.coded<MemberRole>('role', readRole, 'thanh_vien');
      const validFrom = read.date('validFrom') ?? today;
      const validTo = read.date('validTo');
      if (validTo && validTo < validFrom) read.fail('validTo', 'trước Từ ngày');
      if (unitCode && !unitRow.has(unitCode)) read.fail('unitCode', `'${unitCode}' không có ở trang "${UNITS_SHEETS.units}" của tệp`);
      const key = `${groupCode}\u0000${unitCode}\u0000${validFrom}`;
      const first = seen.get(key);
      if (groupCode && unitCode && first !== undefined) read.fail('unitCode', `đơn vị '${unitCode}' đã có trong '${groupCode}' từ cùng ngày ở dòng ${first}`);
      else seen.set(key, place.row);
      input.notes.push(...read.notes());
      const unit = units.get(unitCode);
      if (read.errors.length || !role || !unit) {
        input.errors.push(...read.errors);
        continue;
      }
      unit.memberships.push({ groupCode, role, validFrom, validTo });
    }
  }
  return input;
}
