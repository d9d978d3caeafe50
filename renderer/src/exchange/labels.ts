// The words of the Trao đổi dữ liệu page for the kinds of record and what the import does with each.
import type { ImportAction, ImportKind } from '../../../core/api/types.ts';

export const KIND_LABEL: Record<ImportKind, string> = {
  campaign: 'Đợt thi đua',
  groups: 'Khối/cụm',
  units: 'Đơn vị',
  registrations: 'Đăng ký tham gia',
  works: 'Công trình',
  reports: 'Báo cáo',
  people: 'Cá nhân',
  proposals: 'Đề nghị khen thưởng',
  nominees: 'Người, tập thể được đề nghị',
  attachments: 'Tệp đính kèm',
};

export const ACTION_LABEL: Record<ImportAction, string> = {
  new: 'Mới',
  changed: 'Thay đổi',
  unchanged: 'Không đổi',
  duplicate: 'Có thể trùng',
  conflict: 'Mâu thuẫn',
  error: 'Lỗi',
};

export const ACTION_COLOR: Record<ImportAction, string> = {
  new: 'green',
  changed: 'blue',
  unchanged: 'default',
  duplicate: 'gold',
  conflict: 'volcano',
  error: 'red',
};

export const ACTIONS: readonly ImportAction[] = ['new', 'changed', 'conflict', 'duplicate', 'error', 'unchanged'];
export const KINDS: readonly ImportKind[] = ['campaign', 'groups', 'units', 'registrations', 'works', 'reports', 'people', 'proposals', 'nominees', 'attachments'];
