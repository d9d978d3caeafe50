// The catalogue as the law stood on a given day: the forms in force and the base salary money is
// counted from. A decision of 2021 is counted with the rows of 2021, whatever was added since.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AwardFormsTable, AwardRecipient } from '../../db/schema.ts';
import type { AwardForm, BaseSalary } from '../api/types.ts';
import { parseLevels } from './authority.ts';
import { inForce, latestFrom } from './dated.ts';

export type AwardFormRow = Omit<Selectable<AwardFormsTable>, 'created_at' | 'updated_at'>;

export const FORM_COLUMNS =
  'id, code, name, category, recipient, awarded_by, multiplier_milli, certificate_title, legal_basis, valid_from, valid_to, sort';
const FORM_ORDER = 'ORDER BY sort, code, valid_from, id';

export function toAwardForm(r: AwardFormRow): AwardForm {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    category: r.category,
    recipient: r.recipient,
    awardedBy: parseLevels(r.awarded_by),
    multiplierMilli: r.multiplier_milli,
    certificateTitle: r.certificate_title,
    legalBasis: r.legal_basis,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    sort: r.sort,
  };
}

/** The rows in force on `date` (valid_from ≤ date ≤ valid_to, an open end in force for ever). */
export function formsOn(raw: BetterSqlite3.Database, date: string, recipient?: AwardRecipient): AwardForm[] {
  return allForms(raw).filter((f) => inForce(f, date) && (!recipient || f.recipient === recipient));
}

export function allForms(raw: BetterSqlite3.Database): AwardForm[] {
  return raw.prepare<[], AwardFormRow>(`SELECT ${FORM_COLUMNS} FROM award_forms ${FORM_ORDER}`).all().map(toAwardForm);
}

export function allBaseSalaries(raw: BetterSqlite3.Database): BaseSalary[] {
  return raw
    .prepare<[], { id: number; valid_from: string; amount: number; legal_basis: string }>(
      'SELECT id, valid_from, amount, legal_basis FROM base_salaries ORDER BY valid_from',
    )
    .all()
    .map((r) => ({ id: r.id, validFrom: r.valid_from, amount: r.amount, legalBasis: r.legal_basis }));
}

/** Mức lương cơ sở on `date`: the latest row in force by then; null before the first row. */
export function baseSalaryOn(raw: BetterSqlite3.Database, date: string): BaseSalary | null {
  return latestFrom(allBaseSalaries(raw), date);
}
