// How a work's status, level and review flags look wherever works are listed.
import { Tag, Tooltip } from 'antd';
import type { WorkRow } from '../../../core/api/types.ts';
import { type WorkFlag, workFlagLabel, workStatusLabel } from '../../../core/api/labels.ts';
import { dateShort } from '../format.ts';

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
  field_not_in_plan: 'Ngoài kế hoạch',
  duplicate: 'Trùng lặp',
};

// Under a column headed "Cấp": the level without the word.
const LEVEL_SHORT: Record<WorkRow['level'], string> = { thanh_pho: 'Thành phố', co_so: 'Cơ sở' };

export function levelShort(level: WorkRow['level']): string {
  return LEVEL_SHORT[level];
}

/** The status; a completion date, when there is one, in its tooltip. */
export function StatusTag({ status, completedOn }: { status: WorkStatus; completedOn?: string | null }) {
  const tag = (
    <Tag color={STATUS_COLOR[status]} className={status === 'huy' ? 'tag-cancelled' : undefined}>
      {workStatusLabel[status]}
    </Tag>
  );
  return completedOn ? <Tooltip title={`${workStatusLabel[status]} ngày ${dateShort(completedOn)}`}>{tag}</Tooltip> : tag;
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
