// Which registration workbooks a request makes, read from the database on the main thread: the
// all-units form, one unit's, or one per unit (zipped). The per-unit forms come from one read of the
// campaign split by unit, not one read of the whole campaign per unit: at 300 units × 10,000 works the
// per-unit reads alone scanned 3 million rows. The writing is core/jobs/tasks/registration-forms.ts.
import type BetterSqlite3 from 'better-sqlite3';
import type { RegistrationFormsInput } from '../../jobs/tasks/registration-forms.ts';
import { type RegistrationFormData, registrationFormData } from './registration-data.ts';

export const PER_UNIT_ARCHIVE = 'Bieu-mau-dang-ky-tung-don-vi.zip';

export interface FormRequest {
  campaignId: number;
  unitId?: number;
  perUnit?: boolean;
}

/** The all-units data cut into each unit's form: the same units, fields and works as a read per unit. */
export function splitByUnit(data: RegistrationFormData): RegistrationFormData[] {
  const works = new Map<string, RegistrationFormData['works']>(data.units.map((u) => [u.code, []]));
  for (const w of data.works) works.get(w.unitCode)?.push(w);
  return data.units.map((unit) => ({ campaign: data.campaign, units: [unit], scope: unit.code, works: works.get(unit.code) ?? [] }));
}

export function registrationFormsInput(raw: BetterSqlite3.Database, a: FormRequest, createdAt: Date): RegistrationFormsInput {
  const data = registrationFormData(raw, a.campaignId, a.unitId);
  if (!a.perUnit) return { forms: [data], createdAt };
  return { forms: splitByUnit(data), createdAt, archiveName: PER_UNIT_ARCHIVE };
}
