// The registration and progress form's shape, shared by the writer and the reader so the two can never
// disagree: its sheets, its columns (header, width, kind), and how a label typed or picked in a cell is
// read back as the stored code.
import type { WorkLevel, WorkStatus } from '../../../db/schema.ts';
import { workLevelLabel, workStatusLabel } from '../../api/labels.ts';
import { type FormColumn, labelReader } from './columns.ts';

export const REGISTRATION_SHEETS = { data: 'Đăng ký', lists: 'Danh mục', guide: 'Hướng dẫn' } as const;

export type RegistrationColumnKey =
  | 'stt'
  | 'unitCode'
  | 'unitName'
  | 'title'
  | 'field'
  | 'level'
  | 'target'
  | 'dueDate'
  | 'owner'
  | 'status'
  | 'completedOn'
  | 'note'
  | 'uuid'
  | 'version';

export const REGISTRATION_COLUMNS: readonly FormColumn<RegistrationColumnKey>[] = [
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
  { key: 'unitName', header: 'Tên đơn vị', width: 30 },
  { key: 'title', header: 'Tên công trình', width: 48, max: 1000 },
  { key: 'field', header: 'Lĩnh vực', width: 26, max: 300 },
  { key: 'level', header: 'Cấp', width: 16 },
  { key: 'target', header: 'Chỉ tiêu', width: 30, max: 1000 },
  { key: 'dueDate', header: 'Thời hạn', width: 13, date: true },
  { key: 'owner', header: 'Người phụ trách', width: 22, max: 200 },
  { key: 'status', header: 'Tình trạng', width: 18 },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 15, date: true },
  { key: 'note', header: 'Ghi chú', width: 30, max: 1000 },
  { key: 'uuid', header: 'Mã hệ thống', width: 10, hidden: true },
  { key: 'version', header: 'Phiên bản', width: 10, hidden: true },
];

/** The column added to a file of errored rows sent back for correction; a reader skips it. */
export const ERROR_COLUMN_HEADER = 'Lỗi';

/** 1-based column of a key in the written form. */
export function columnOf(key: RegistrationColumnKey): number {
  return REGISTRATION_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export const readLevel = labelReader<WorkLevel>(workLevelLabel, /^cấp\s+/iu);
export const readStatus = labelReader<WorkStatus>(workStatusLabel);
