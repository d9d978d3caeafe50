// Issue 7, Speed: the works page's first screen at 100k works ≤ 300 ms — every call WorksPage makes on
// opening, through the router, one after the other as the single-threaded core answers them: the
// campaign (campaigns.get), the full list (works.list) and the unit filter's choices (org.listUnits).
// Beside it, a hand-written floor: the same columns read straight from the table, nothing built.
import type { WorkRow } from '../core/api/types.ts';
import { TdktApp } from '../core/app.ts';
import { compareVi } from '../core/text/collate.ts';
import { openDatabase } from '../db/open.ts';
import { sharedFixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, timeRuns } from './lib.ts';
import { sizeLabel, STATS_SIZES } from './stats.ts';

const TARGET_MS = 300;
const RUNS = 7;
const WARMUPS = 1;

export async function benchWorksPage(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const { spec } = STATS_SIZES[0];
  const f = sharedFixture(spec);
  options.log(`works page: ${sizeLabel(spec)} (built in ${round(f.buildMs, 0)} ms)`);

  const conn = openDatabase(f.dbPath);
  let floor: number[];
  try {
    const st = conn.raw
      .prepare(
        `SELECT id, unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on, completed_on, carried_from
           FROM works INDEXED BY works_campaign WHERE campaign_id = ? ORDER BY id`,
      )
      .raw();
    floor = await timeRuns(RUNS, WARMUPS, () => st.all(f.campaignId));
  } finally {
    conn.close();
  }

  const app = new TdktApp({ dbPath: f.dbPath, dataDir: `${f.dbPath}-data` });
  try {
    const call = async <T>(method: string, args: Record<string, unknown>): Promise<T> => {
      const env = await app.call(method, args);
      if (!env.ok) throw new Error(`${method} failed: ${env.error.message}`);
      return env.result as T;
    };
    const open = async () => {
      await call('campaigns.get', { id: f.campaignId });
      const works = await call<WorkRow[]>('works.list', { campaignId: f.campaignId });
      await call('org.listUnits', {});
      return works;
    };
    const works = await open();
    check(works.length === spec.works, `works.list returned ${works.length} rows, expected ${spec.works}`);
    check(
      works.every((w, i) => i === 0 || compareVi(works[i - 1].unitName, w.unitName) < 0 || (works[i - 1].unitName === w.unitName && works[i - 1].id < w.id)),
      'works.list is not ordered by unit name, then id',
    );
    const times = await timeRuns(RUNS, WARMUPS, open);
    const list = await timeRuns(RUNS, WARMUPS, () => call('works.list', { campaignId: f.campaignId }));
    // What the browser host adds on top (the IPC host structured-clones instead): not counted.
    const t0 = performance.now();
    const json = JSON.stringify(works);
    const jsonMs = performance.now() - t0;
    return [
      {
        name: `works page first screen, ${sizeLabel(spec)} (router: campaigns.get + works.list + org.listUnits)`,
        median: round(median(times)),
        unit: 'ms',
        target: TARGET_MS,
        note: `${RUNS} runs, min ${round(Math.min(...times))} max ${round(Math.max(...times))} ms; works.list alone ${round(median(list))} ms; floor (rows read, nothing built) ${round(median(floor))} ms; JSON for HTTP ${round(json.length / 1048576)} MiB in ${round(jsonMs, 0)} ms, not counted`,
      },
    ];
  } finally {
    app.close();
  }
}

if (import.meta.main) await runStandalone(benchWorksPage);
