// Stand-ins for the catalogue rules the people engineer builds in core/awards/{catalogue,money,authority}.ts
// (issue 9): same names and arguments, so at merge the imports of this file move to theirs and this file
// goes. Until then the register needs them to issue a decision.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AwardFormsTable, AwardRecipient } from '../../db/schema.ts';

export type AwardForm = Selectable<AwardFormsTable>;

/** The catalogue rows in force on `date` ("YYYY-MM-DD"), for one recipient type when given. */
export function formsOn(raw: BetterSqlite3.Database, date: string, recipient?: AwardRecipient): AwardForm[] {
  return raw
    .prepare<[string, string, string | null, string | null], AwardForm>(
      `SELECT * FROM award_forms WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) AND (? IS NULL OR recipient = ?)
        ORDER BY sort, id`,
    )
    .all(date, date, recipient ?? null, recipient ?? null);
}

/** Mức lương cơ sở in force on `date`, in đồng; null before the first row. */
export function baseSalaryOn(raw: BetterSqlite3.Database, date: string): number | null {
  const row = raw
    .prepare<[string], { amount: number }>('SELECT amount FROM base_salaries WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1')
    .get(date);
  return row?.amount ?? null;
}

/** multiplier (thousandths) × base salary, rounded half-up to a whole 1.000 đồng (DOMAIN.md §2.6). */
export function rewardAmount(multiplierMilli: number, baseSalary: number): number {
  // milli × base is the amount in thousandths of a đồng; 1.000 đ is 1.000.000 of those.
  return Math.floor((multiplierMilli * baseSalary + 500_000) / 1_000_000) * 1000;
}

/** Whether an authority level (agency.authority_level) is among those that may award the form. */
export function mayAward(form: Pick<AwardForm, 'awarded_by'>, level: string): boolean {
  return form.awarded_by.split(',').map((s) => s.trim()).includes(level);
}
