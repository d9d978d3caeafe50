// A work's status history when an entry is corrected or deleted: it must still read forward (begin with
// the registration, each change one the rules allow, none before the registration day), and the work's
// status is the one its latest entry leaves it in. Pure, so the drawer offers only what core accepts.
import type { WorkStatus } from '../../db/schema.ts';
import { workStatusLabel } from '../api/labels.ts';
import { formatDateShort } from '../text/dates.ts';
import { canChange, statusDates } from './rules.ts';

export interface HistoryEntry {
  id: number;
  date: string;
  status: WorkStatus;
}

/** As it happened: by date, and entries of one day in the order they were recorded. */
export function inOrder<T extends HistoryEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
}

/** The first entry: the registration, which every history starts from and which cannot be deleted. */
export function registrationEntry<T extends HistoryEntry>(entries: readonly T[]): T | undefined {
  return inOrder(entries)[0];
}

/** Why the history cannot read this way (in Vietnamese), or null. */
export function historyProblem(registeredOn: string, entries: readonly HistoryEntry[]): string | null {
  const list = inOrder(entries);
  const early = list.find((e) => e.date < registeredOn);
  if (early) return `Ngày ${formatDateShort(early.date)} trước ngày đăng ký ${formatDateShort(registeredOn)}.`;
  if (list.length === 0 || list[0].status !== 'da_dang_ky') {
    return `Lịch sử phải bắt đầu bằng "${workStatusLabel.da_dang_ky}".`;
  }
  for (let i = 1; i < list.length; i++) {
    const from = list[i - 1].status;
    const to = list[i].status;
    if (from !== to && !canChange(from, to)) {
      return `Lịch sử không hợp lệ: ngày ${formatDateShort(list[i].date)} chuyển từ "${workStatusLabel[from]}" sang "${workStatusLabel[to]}".`;
    }
  }
  return null;
}

/** The status the history leaves the work in, dated from the first entry of its last run. */
export function statusFrom(entries: readonly HistoryEntry[]): { status: WorkStatus; completed_on: string | null; cancelled_on: string | null } {
  const list = inOrder(entries);
  const status = list[list.length - 1].status;
  let since = list.length - 1;
  while (since > 0 && list[since - 1].status === status) since--;
  return { status, ...statusDates(status, list[since].date) };
}
