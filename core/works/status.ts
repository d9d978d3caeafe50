// The life of a registered work. Every change is kept in work_updates with its date; the row keeps the
// dates the statistics read (completed_on, cancelled_on) so an "as of" count is one index scan.
import type { WorkStatus } from '../../db/schema.ts';

const next: Record<WorkStatus, WorkStatus[]> = {
  da_dang_ky: ['dang_thuc_hien', 'hoan_thanh', 'khong_hoan_thanh', 'huy'],
  dang_thuc_hien: ['hoan_thanh', 'khong_hoan_thanh', 'huy'],
  // Reopening is allowed: a unit may report completion too early and be corrected.
  hoan_thanh: ['dang_thuc_hien'],
  khong_hoan_thanh: ['dang_thuc_hien', 'hoan_thanh'],
  huy: ['da_dang_ky'],
};

export function canChange(from: WorkStatus, to: WorkStatus): boolean {
  return next[from].includes(to);
}

/** The stats columns a status implies on a date. */
export function statusDates(status: WorkStatus, date: string): { completed_on: string | null; cancelled_on: string | null } {
  return {
    completed_on: status === 'hoan_thanh' ? date : null,
    cancelled_on: status === 'huy' ? date : null,
  };
}

/** Works that may continue into a new campaign. */
export const UNFINISHED: readonly WorkStatus[] = ['da_dang_ky', 'dang_thuc_hien', 'khong_hoan_thanh'];
