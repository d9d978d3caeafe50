// ImportInput values for the pipeline's tests, built the way a reader would hand them over: a campaign
// packet from the secretariat, a report packet from one unit, form rows without uuids.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportInput, UnitInput, WorkInput } from '../../../../../core/exchange/inputs.ts';
import { freshApp } from '../../../helpers.ts';

export const CAMPAIGN_UUID = '7d1c4a8e-2f4b-4c59-9a57-1f2e3d4c5b6a';
export const FILE = 'data.json';

export function input(over: Omit<Partial<ImportInput>, 'source'> & { source?: Partial<ImportInput['source']> } = {}): ImportInput {
  const { source, ...rest } = over;
  const base: ImportInput = {
    source: { kind: 'packet', file: FILE, sha256: '', what: 'campaign', ...source },
    campaignUuid: CAMPAIGN_UUID,
    groups: [],
    units: [],
    registrations: [],
    works: [],
    reports: [],
    errors: [],
    notes: [],
    ...rest,
  };
  // Two inputs with different content never share a hash, as two real files would not.
  if (!source?.sha256) base.source.sha256 = createHash('sha256').update(JSON.stringify({ ...base, source: { ...base.source, sha256: '' } })).digest('hex');
  return base;
}

export function unit(code: string, over: Partial<UnitInput> = {}): UnitInput {
  return { code, name: `Phường ${code}`, shortName: '', kind: 'phuong_xa', parentCode: null, active: true, memberships: [], place: { file: FILE }, ...over };
}

export function work(unitCode: string, title: string, over: Partial<WorkInput> = {}): WorkInput {
  return {
    unitCode, title, field: 'Trồng cây xanh', level: 'co_so', target: '100 cây', dueDate: '2021-05-01', owner: 'Nguyễn Văn A',
    status: 'da_dang_ky', completedOn: null, note: '', registeredOn: '2021-03-15', place: { file: FILE }, ...over,
  };
}

/** The campaign a whole-campaign packet carries. */
export const CAMPAIGN = {
  uuid: CAMPAIGN_UUID,
  name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
  form: 'chuyen_de' as const,
  theme: '',
  startDate: '2021-03-12',
  endDate: '2021-05-19',
  planNumber: '19/KH-UBND',
  planDate: '2021-03-12',
  planIssuer: 'UBND',
  upperPlan: '',
  status: 'dang_dien_ra',
  fields: ['Trồng cây xanh', 'Cải cách hành chính'],
  phases: [{ name: 'Giai đoạn 1', startDate: '2021-03-12', endDate: '2021-04-10' }],
  milestones: [{ kind: 'so_ket' as const, date: '2021-04-16', label: 'Sơ kết' }],
  place: { file: FILE },
};

/** A fresh app holding the campaign and units P01, P02 (imported once, as a second PC would get them). */
export async function appWithCampaign() {
  const app = freshApp();
  const setup = input({ campaign: CAMPAIGN, units: [unit('P01'), unit('P02')], source: { file: 'setup.json' } });
  const { applyImport } = await import('../../../../../core/exchange/pipeline/apply.ts');
  applyImport(app.connection.raw, setup, { now: new Date('2021-03-20T02:00:00Z') });
  return app;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** Tables the log and the audit keep for the story: everything else is "the data". */
export const LOG_TABLES = new Set(['packets', 'import_batches', 'audit_log']);

/** Every data table, rows in rowid order: what "exactly as before" compares. */
export function dataDump(raw: BetterSqlite3.Database): Record<string, unknown[]> {
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.filter((t) => !LOG_TABLES.has(t)).map((t) => [t, raw.prepare(`SELECT * FROM ${quote(t)} ORDER BY rowid`).all()]));
}
