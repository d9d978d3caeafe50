// How a work's status and review flags look wherever works are listed.
import { Tag, Tooltip } from 'antd';
import type { WorkRow } from '../../../core/api/types.ts';
import { type WorkFlag, workFlagLabel, workStatusLabel } from '../../../core/api/labels.ts';

type WorkStatus = WorkRow['status'];

const STATUS_COLOR: Record<WorkStatus, string> = {
  da_dang_ky: 'default',
  dang_thuc_hien: 'processing',
  hoan_thanh: 'success',
  khong_hoan_thanh: 'error',
  huy: 'default',
};

// Short enough for a table cell; the full wording from labels.ts is in the tooltip and the filter.
const FLAG_SHORT: Record<WorkFlag, string> = {
  no_target: 'Thiếu chỉ tiêu',
  no_due_date: 'Thiếu thời hạn',
  outside_period: 'Hạn ngoài đợt',
  field_not_in_plan: 'Lĩnh vực ngoài kế hoạch',
  duplicate: 'Trùng lặp',
};

export function StatusTag({ status }: { status: WorkStatus }) {
  return (
    <Tag color={STATUS_COLOR[status]} className={status === 'huy' ? 'tag-cancelled' : undefined}>
      {workStatusLabel[status]}
    </Tag>
  );
}

export function FlagTags({ flags }: { flags: readonly WorkFlag[] }) {
  return (
    <>
      {flags.map((f) => (
        <Tooltip key={f} title={workFlagLabel[f]}>
          <Tag color="warning" className="flag-tag">
            {FLAG_SHORT[f]}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}
