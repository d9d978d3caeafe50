// What a registration form is written from, read from the database: the campaign and its fields, the
// form's units and what each already registered. Read only.
import type BetterSqlite3 from 'better-sqlite3';
import type { WorkLevel, WorkStatus } from '../../../db/schema.ts';
import { notFound } from '../../api/envelope.ts';
import { compareVi } from '../../text/collate.ts';
import { ALL_UNITS } from './stamp.ts';

export interface FormWork {
  uuid: string;
  updatedAt: string;
  unitCode: string;
  unitName: string;
  title: string;
  field: string;
  level: WorkLevel;
  target: string;
  dueDate: string | null;
  owner: string;
  status: WorkStatus;
  completedOn: string | null;
  /** The ghi chú of the work's latest status entry (work_updates): where a form row's Ghi chú is kept. */
  note: string;
}

export interface RegistrationFormData {
  campaign: { id: number; uuid: string; name: string; fields: string[] };
  /** The form's units in Vietnamese name order: one unit, or every unit taking part. */
  units: { id: number; code: string; name: string }[];
  /** The unit's code, or ALL_UNITS. */
  scope: string;
  works: FormWork[];
}

type UnitRow = { id: number; code: string; name: string };

/**
 * The campaign's form for one unit (any unit, registered or not: the form is how it registers) or for
 * every unit taking part; a campaign nobody has joined yet lists every active unit.
 */
export function registrationFormData(raw: BetterSqlite3.Database, campaignId: number, unitId?: number): RegistrationFormData {
  const campaign = raw.prepare<[number], { id: number; uuid: string; name: string }>('SELECT id, uuid, name FROM campaigns WHERE id = ?').get(campaignId);
  if (!campaign) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const fields = raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ? ORDER BY seq, id').pluck().all(campaignId);
  let units: UnitRow[];
  if (unitId !== undefined) {
    const unit = raw.prepare<[number], UnitRow>('SELECT id, code, name FROM units WHERE id = ?').get(unitId);
    if (!unit) throw notFound(`đơn vị có mã số ${unitId}`);
    units = [unit];
  } else {
    units = raw
      .prepare<[number], UnitRow>('SELECT u.id, u.code, u.name FROM registrations r JOIN units u ON u.id = r.unit_id WHERE r.campaign_id = ?')
      .all(campaignId);
    if (units.length === 0) units = raw.prepare<[], UnitRow>('SELECT id, code, name FROM units WHERE active = 1').all();
  }
  units.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.code, b.code));
  const place = new Map(units.map((u, i) => [u.id, i]));
  const rows = raw
    .prepare<[number], FormWork & { unitId: number; id: number }>(
      `SELECT w.id, w.unit_id AS unitId, w.uuid, w.updated_at AS updatedAt, u.code AS unitCode, u.name AS unitName, w.title, w.field,
              w.level, w.target, w.due_date AS dueDate, w.owner, w.status, w.completed_on AS completedOn,
              coalesce((SELECT h.note FROM work_updates h WHERE h.work_id = w.id ORDER BY h.date DESC, h.id DESC LIMIT 1), '') AS note
         FROM works w JOIN units u ON u.id = w.unit_id WHERE w.campaign_id = ? ORDER BY w.id`,
    )
    .all(campaignId)
    .filter((w) => place.has(w.unitId));
  rows.sort((a, b) => place.get(a.unitId)! - place.get(b.unitId)! || a.id - b.id);
  const works = rows.map(({ unitId: _u, id: _i, ...w }) => w);
  return {
    campaign: { ...campaign, fields },
    units,
    scope: unitId === undefined ? ALL_UNITS : units[0].code,
    works,
  };
}
