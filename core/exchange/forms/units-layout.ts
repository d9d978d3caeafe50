// The units workbook's shape, shared by its writer and its reader: the units, the khối/cụm, and who
// belongs to which with what role since when, one sheet each.
import type { GroupKind, MemberRole, UnitKind } from '../../../db/schema.ts';
import { groupKindLabel, memberRoleLabel, unitKindLabel } from '../../api/labels.ts';
import { fold } from '../../text/fold.ts';
import { type FormColumn, labelReader } from './columns.ts';

export const UNITS_SHEETS = { units: 'Đơn vị', groups: 'Khối, cụm', members: 'Thành viên', lists: 'Danh mục', guide: 'Hướng dẫn' } as const;

export type UnitColumnKey = 'stt' | 'code' | 'name' | 'shortName' | 'kind' | 'parentCode' | 'active' | 'uuid' | 'version';
export type GroupColumnKey = 'stt' | 'code' | 'kind' | 'name' | 'active' | 'uuid' | 'version';
export type MemberColumnKey = 'stt' | 'groupCode' | 'unitCode' | 'unitName' | 'role' | 'validFrom' | 'validTo';

export const UNIT_COLUMNS: readonly FormColumn<UnitColumnKey>[] = [
  { key: 'stt', header: 'STT', width: 6, optional: true },
  { key: 'code', header: 'Mã đơn vị', width: 14, max: 40 },
  { key: 'name', header: 'Tên đơn vị', width: 44, max: 300 },
  { key: 'shortName', header: 'Tên viết tắt', width: 20, max: 100, optional: true },
  { key: 'kind', header: 'Loại đơn vị', width: 18 },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', width: 16, max: 40, optional: true },
  { key: 'active', header: 'Đang hoạt động', width: 14, optional: true },
  { key: 'uuid', header: 'Mã hệ thống', width: 10, hidden: true, optional: true },
  { key: 'version', header: 'Phiên bản', width: 10, hidden: true, optional: true },
];

export const GROUP_COLUMNS: readonly FormColumn<GroupColumnKey>[] = [
  { key: 'stt', header: 'STT', width: 6, optional: true },
  { key: 'code', header: 'Mã khối/cụm', width: 14, max: 40 },
  { key: 'kind', header: 'Loại', width: 10 },
  { key: 'name', header: 'Tên khối/cụm', width: 44, max: 200 },
  { key: 'active', header: 'Đang hoạt động', width: 14, optional: true },
  { key: 'uuid', header: 'Mã hệ thống', width: 10, hidden: true, optional: true },
  { key: 'version', header: 'Phiên bản', width: 10, hidden: true, optional: true },
];

export const MEMBER_COLUMNS: readonly FormColumn<MemberColumnKey>[] = [
  { key: 'stt', header: 'STT', width: 6, optional: true },
  { key: 'groupCode', header: 'Mã khối/cụm', width: 14, max: 40 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14, max: 40 },
  { key: 'unitName', header: 'Tên đơn vị', width: 40, optional: true },
  { key: 'role', header: 'Vai trò', width: 14, optional: true },
  { key: 'validFrom', header: 'Từ ngày', width: 13, date: true, optional: true },
  { key: 'validTo', header: 'Đến ngày', width: 13, date: true, optional: true },
];

export const YES = 'Có';
export const NO = 'Không';

export const readUnitKind = labelReader<UnitKind>(unitKindLabel);
export const readGroupKind = labelReader<GroupKind>(groupKindLabel);
export const readRole = labelReader<MemberRole>(memberRoleLabel);
export const readYesNo = (typed: string): boolean | null => {
  const key = fold(typed);
  if (['co', 'x', '1', 'yes', 'true', 'dang hoat dong'].includes(key)) return true;
  if (['khong', '0', 'no', 'false', 'ngung', 'ngung hoat dong'].includes(key)) return false;
  return null;
};
