// Registration review. The seed's complaint was registrations "chưa sát với yêu cầu, mang tính hình
// thức": these flags point at the ones a reviewer should look at first.
import type { WorkFlag } from '../api/labels.ts';
import { fold } from '../text/fold.ts';

export interface FlagInput {
  target: string;
  dueDate: string | null;
  field: string;
  hasRepeat: boolean;
}

export interface PlanFacts {
  startDate: string;
  endDate: string;
  /** Folded names of the plan's fields; empty when the plan names none (then nothing is flagged). */
  fieldKeys: Set<string>;
}

/** `fieldInPlan` may be given when the caller already knows it (folding is the costly part). */
export function workFlags(w: FlagInput, plan: PlanFacts, fieldInPlan?: boolean): WorkFlag[] {
  const flags: WorkFlag[] = [];
  if (w.target.trim() === '') flags.push('no_target');
  if (!w.dueDate) flags.push('no_due_date');
  else if (w.dueDate < plan.startDate || w.dueDate > plan.endDate) flags.push('outside_period');
  if (!(fieldInPlan ?? isFieldInPlan(w.field, plan))) flags.push('field_not_in_plan');
  if (w.hasRepeat) flags.push('duplicate');
  return flags;
}

export function isFieldInPlan(field: string, plan: PlanFacts): boolean {
  return plan.fieldKeys.size === 0 || plan.fieldKeys.has(fold(field));
}
