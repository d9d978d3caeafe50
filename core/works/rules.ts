// The rules of a registered work's life, followed by core when it records a change and by the screens
// when they offer one: which status may follow which, the earliest date a change may carry, which works
// may be carried over, and the review flags. Pure (no database), so a screen never keeps its own copy.
import type { WorkStatus } from '../../db/schema.ts';
import type { WorkFlag } from '../api/labels.ts';
import { fold } from '../text/fold.ts';
import { isInPeriod, type Period } from '../campaigns/rules.ts';

const NEXT: Record<WorkStatus, readonly WorkStatus[]> = {
  da_dang_ky: ['dang_thuc_hien', 'hoan_thanh', 'khong_hoan_thanh', 'huy'],
  dang_thuc_hien: ['hoan_thanh', 'khong_hoan_thanh', 'huy'],
  // Reopening is allowed: a unit may report completion too early and be corrected.
  hoan_thanh: ['dang_thuc_hien'],
  khong_hoan_thanh: ['dang_thuc_hien', 'hoan_thanh'],
  huy: ['da_dang_ky'],
};

/** The statuses a work may move to next, the usual one first. */
export function nextStatuses(from: WorkStatus): readonly WorkStatus[] {
  return NEXT[from];
}

export function canChange(from: WorkStatus, to: WorkStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * History reads forward: a change may not be dated before the registration nor before the last change
 * already recorded, or "as of" figures would count a status before the one it replaced.
 */
export function earliestStatusDate(registeredOn: string, recordedDates: Iterable<string>): string {
  let floor = registeredOn;
  for (const d of recordedDates) if (d > floor) floor = d;
  return floor;
}

/** The stats columns a status implies on a date. */
export function statusDates(status: WorkStatus, date: string): { completed_on: string | null; cancelled_on: string | null } {
  return {
    completed_on: status === 'hoan_thanh' ? date : null,
    cancelled_on: status === 'huy' ? date : null,
  };
}

/** Works that may continue into a new campaign: the ones neither finished nor cancelled. */
export const UNFINISHED: readonly WorkStatus[] = ['da_dang_ky', 'dang_thuc_hien', 'khong_hoan_thanh'];

export function canCarryOver(status: WorkStatus): boolean {
  return UNFINISHED.includes(status);
}

// Registration review. The seed's complaint was registrations "chưa sát với yêu cầu, mang tính hình
// thức": these flags point at the ones a reviewer should look at first.

export interface FlagInput {
  target: string;
  dueDate: string | null;
  field: string;
  hasRepeat: boolean;
}

export interface PlanFacts extends Period {
  /** Folded names of the plan's fields; empty when the plan names none (then nothing is flagged). */
  fieldKeys: Set<string>;
}

export function planFacts(campaign: Period & { fields: readonly string[] }): PlanFacts {
  return { startDate: campaign.startDate, endDate: campaign.endDate, fieldKeys: new Set(campaign.fields.map(fold)) };
}

/** `fieldInPlan` may be given when the caller already knows it (folding is the costly part). */
export function workFlags(w: FlagInput, plan: PlanFacts, fieldInPlan?: boolean): WorkFlag[] {
  const flags: WorkFlag[] = [];
  if (w.target.trim() === '') flags.push('no_target');
  if (!w.dueDate) flags.push('no_due_date');
  else if (!isInPeriod(w.dueDate, plan)) flags.push('outside_period');
  if (!(fieldInPlan ?? isFieldInPlan(w.field, plan))) flags.push('field_not_in_plan');
  if (w.hasRepeat) flags.push('duplicate');
  return flags;
}

/** A work with no field at all is outside a plan that names its fields. */
export function isFieldInPlan(field: string, plan: PlanFacts): boolean {
  return plan.fieldKeys.size === 0 || plan.fieldKeys.has(fold(field));
}
