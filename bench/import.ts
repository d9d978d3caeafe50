// Issue 10, Speed: import 10,000 works from 300 units — read (JSON.parse + the strict schema), stage,
// preview, apply (which classifies again inside its transaction, writes works, their history, the
// registrations, the packets log, the undo batch and the row versions) — ≤ 1,5× a floor measured in
// the same run on a copy of the same database: JSON.parse + the same zod schema + the works and their
// history rows inserted through one prepared statement each in one transaction (the least any import
// must write for the works to read as if typed in the app).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { TdktApp } from '../core/app.ts';
import type { ImportInput, WorkInput } from '../core/exchange/inputs.ts';
import { applyImport } from '../core/exchange/pipeline/apply.ts';
import { importInputSchema } from '../core/exchange/pipeline/input-schema.ts';
import { plan } from '../core/exchange/pipeline/plan.ts';
import { readJsonInput } from '../core/exchange/pipeline/staging.ts';
import { searchText } from '../core/search.ts';
import { fold } from '../core/text/fold.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir } from './lib.ts';

const UNITS = 300;
const WORKS = 10_000;
const RUNS = 5;
const RATIO_TARGET = 1.5;
const CAMPAIGN_UUID = '3f0c7c1e-8a4b-4d6e-9f21-5b7a9c0d1e2f';
const NOW = new Date('2021-04-20T03:00:00Z');
const FIELDS = ['Trồng cây xanh', 'Cải cách hành chính', 'An sinh xã hội', 'Xây dựng đô thị văn minh'];
const STATUSES = ['da_dang_ky', 'dang_thuc_hien', 'hoan_thanh'] as const;

function packet(): ImportInput {
  const works: WorkInput[] = [];
  for (let i = 0; i < WORKS; i++) {
    const status = STATUSES[i % 3];
    works.push({
      uuid: crypto.randomUUID(),
      unitCode: `DV${String(i % UNITS).padStart(3, '0')}`,
      title: `Công trình số ${i + 1}: trồng cây xanh tuyến đường ${i % 97}`,
      field: FIELDS[i % FIELDS.length],
      level: i % 5 === 0 ? 'thanh_pho' : 'co_so',
      target: `${100 + (i % 50)} cây`,
      dueDate: '2021-05-10',
      owner: 'Nguyễn Văn An',
      status,
      completedOn: status === 'hoan_thanh' ? '2021-04-10' : null,
      note: '',
      registeredOn: '2021-03-15',
      history: [
        { date: '2021-03-15', status: 'da_dang_ky', note: 'Đăng ký', source: 'app' },
        ...(status === 'da_dang_ky' ? [] : [{ date: '2021-04-10', status, note: '', source: 'app' }]),
      ],
      place: { file: 'data.json' },
    });
  }
  return {
    source: { kind: 'packet', file: 'data.json', sha256: '0'.repeat(64), what: 'campaign' },
    campaignUuid: CAMPAIGN_UUID,
    groups: [], units: [], registrations: [], works, reports: [], errors: [], notes: [],
  };
}

/** The campaign and its 300 units, as a campaign packet would have brought them. */
function template(dir: string): string {
  const path = join(dir, 'template.sqlite');
  const app = new TdktApp({ dbPath: path, now: () => NOW, autoBackup: false });
  applyImport(app.connection.raw, {
    source: { kind: 'packet', file: 'campaign.json', sha256: '1'.repeat(64), what: 'campaign' },
    campaign: {
      uuid: CAMPAIGN_UUID, name: 'Đợt thi đua năm 2021', form: 'thuong_xuyen', theme: '', startDate: '2021-01-01', endDate: '2021-12-31',
      planNumber: '19/KH-UBND', planDate: '2021-01-05', planIssuer: 'UBND', upperPlan: '', status: 'dang_dien_ra', fields: FIELDS, phases: [],
      milestones: [], place: { file: 'campaign.json' },
    },
    groups: [],
    units: Array.from({ length: UNITS }, (_, u) => ({
      code: `DV${String(u).padStart(3, '0')}`, name: `Đơn vị ${u}`, shortName: '', kind: 'co_quan' as const, parentCode: null, active: true,
      memberships: [], place: { file: 'campaign.json' },
    })),
    registrations: [], works: [], reports: [], errors: [], notes: [],
  }, { now: NOW });
  app.close();
  return path;
}

function ours(dbPath: string, text: string): void {
  const raw = new BetterSqlite3(dbPath);
  raw.pragma('foreign_keys = ON');
  const input = readJsonInput(text, 'data.json');
  const preview = plan(raw, input, { now: NOW });
  check(preview.counts.works.new === WORKS, `preview: ${preview.counts.works.new} new works`);
  const result = applyImport(raw, input, { now: NOW }, preview);
  check(result.counts.works.new === WORKS, `apply: ${result.counts.works.new} new works`);
  raw.close();
}

function floor(dbPath: string, text: string): void {
  const raw = new BetterSqlite3(dbPath);
  raw.pragma('foreign_keys = ON');
  const input = importInputSchema.parse(JSON.parse(text));
  const units = new Map(raw.prepare<[], { id: number; code: string }>('SELECT id, code FROM units').all().map((u) => [u.code, u.id]));
  const work = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on, completed_on,
       cancelled_on, evidence, carried_from, search, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', NULL, ?, ?, ?)`,
  );
  const update = raw.prepare('INSERT INTO work_updates (work_id, date, status, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const now = NOW.toISOString();
  raw.transaction(() => {
    for (const w of input.works) {
      const id = work.run(
        w.uuid, units.get(w.unitCode), w.title, fold(w.title), w.field, w.level, w.target, w.dueDate, w.owner, w.status, w.registeredOn,
        w.completedOn, searchText(w.title, w.field, w.owner), now, now,
      ).lastInsertRowid;
      for (const h of w.history ?? []) update.run(id, h.date, h.status, h.note, h.source, now);
    }
  })();
  raw.close();
}

function timed(base: string, dir: string, text: string, fn: (dbPath: string, text: string) => void, k: number): number {
  const copy = join(dir, `run-${fn.name}-${k}.sqlite`);
  copyFileSync(base, copy);
  const t0 = performance.now();
  fn(copy, text);
  return performance.now() - t0;
}

export async function benchImport(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const dir = tempDir('import');
  try {
    const base = template(dir.path);
    const file = join(dir.path, 'data.json');
    writeFileSync(file, JSON.stringify(packet()));
    const text = readFileSync(file, 'utf8');
    options.log(`import: ${WORKS} works from ${UNITS} units, ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON`);
    // Interleaved, so a busy moment of the machine falls on both sides alike; one warm-up each.
    timed(base, dir.path, text, floor, -1);
    timed(base, dir.path, text, ours, -1);
    const f: number[] = [];
    const o: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      f.push(timed(base, dir.path, text, floor, k));
      o.push(timed(base, dir.path, text, ours, k));
    }
    const ratio = median(o) / median(f);
    options.log(`import: ours ${o.map((t) => t.toFixed(0)).join(' / ')} ms; floor ${f.map((t) => t.toFixed(0)).join(' / ')} ms`);
    return [
      { name: 'import 10k works / 300 units: read + preview + apply', median: round(median(o)), unit: 'ms', target: round(median(f) * RATIO_TARGET), note: `floor ${round(median(f))} ms, ratio ${ratio.toFixed(2)}×` },
    ];
  } finally {
    dir.remove();
  }
}

if (import.meta.main) await runStandalone(benchImport);
