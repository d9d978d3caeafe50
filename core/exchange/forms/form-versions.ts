// What a workbook we hand out states of each row, kept as that row's version. The form and the units
// workbook carry each row's updated_at in a hidden column; when a unit sends one back after we changed
// the row here, the pipeline merges field by field against this version (a field only they changed is
// taken, one only we changed is kept) instead of calling every difference a conflict.
import type BetterSqlite3 from 'better-sqlite3';
import type { RegistrationFormsInput } from '../../jobs/tasks/registration-forms.ts';
import { groupFields, unitFields, workFields } from '../pipeline/fields.ts';
import { readState } from '../pipeline/state.ts';
import { rememberVersions } from '../pipeline/versions.ts';

export function rememberFormVersions(raw: BetterSqlite3.Database, input: RegistrationFormsInput): void {
  const campaignUuid = input.forms[0]?.campaign.uuid;
  if (!campaignUuid) return;
  const works = readState(raw, campaignUuid).works.byUuid;
  const rows = input.forms.flatMap((form) =>
    form.works.flatMap((w) => {
      const row = works.get(w.uuid);
      return row ? [{ uuid: row.uuid, updatedAt: row.updated_at, fields: workFields(row) }] : [];
    }),
  );
  rememberVersions(raw, 'works', rows);
}

export function rememberUnitsVersions(raw: BetterSqlite3.Database): void {
  const { units, groups } = readState(raw, null);
  const parentCode = (id: number | null) => (id === null ? null : (units.byId.get(id)?.code ?? null));
  rememberVersions(
    raw,
    'units',
    [...units.byId.values()].map((u) => ({ uuid: u.uuid, updatedAt: u.updated_at, fields: unitFields(u, parentCode(u.parent_id)) })),
  );
  rememberVersions(raw, 'groups', [...groups.byId.values()].map((g) => ({ uuid: g.uuid, updatedAt: g.updated_at, fields: groupFields(g) })));
}
