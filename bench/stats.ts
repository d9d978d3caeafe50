// Issue 2 and issue 7, Speed: campaign statistics at 100k works across 1,000 units in 30 khối/cụm, and
// at 300k across 3,000. The dashboard asks with no date, so the router figure includes the default
// "as of" day (core/stats/as-of.ts) over a realistic status history; the core figure is the same
// function given that day. Beside them, a hand-written floor: one query over the covering index
// counting what the works table alone can say, measured in the same run.
import type BetterSqlite3 from 'better-sqlite3';
import type { CampaignStats } from '../core/api/types.ts';
import { TdktApp } from '../core/app.ts';
import { computeCampaignStats } from '../core/stats/campaign-stats.ts';
import { openDatabase } from '../db/open.ts';
import { type Fixture, type FixtureSpec, sharedFixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, timeRuns, timeRunsWithCpu } from './lib.ts';

interface Size {
  spec: FixtureSpec;
  /** Target for the dashboard's call (router, default date). */
  router: number;
  /** Target for the core function alone; none at 300k. */
  core?: number;
  runs: number;
}

export const STATS_SIZES: Size[] = [
  { spec: { units: 1_000, works: 100_000, khoi: 24, cum: 6, seed: 100_000 }, router: 60, core: 50, runs: 21 },
  { spec: { units: 3_000, works: 300_000, khoi: 72, cum: 18, seed: 300_000 }, router: 1000, runs: 11 },
];
const WARMUPS = 2;

export function sizeLabel(spec: FixtureSpec): string {
  return `${spec.works / 1000}k works / ${spec.units.toLocaleString('en-US')} units`;
}

/** Figures recomputed from what the generator wrote, independent of the SQL under test. */
function checkStats(s: CampaignStats, f: Fixture, spec: FixtureSpec): void {
  const d = f.asOf;
  check(s.asOf === d, `as of ${s.asOf}, expected the default day ${d}`);
  const live = f.works.filter((w) => w.registeredOn <= d && (w.cancelledOn === null || w.cancelledOn > d));
  check(s.works.registered === live.length, `total works ${s.works.registered}, expected ${live.length}`);
  const completed = live.filter((w) => w.completedOn !== null && w.completedOn <= d).length;
  check(s.works.completed === completed, `completed ${s.works.completed}, expected ${completed}`);
  const overdue = live.filter((w) => w.dueDate !== null && w.dueDate < d && (w.completedOn === null || w.completedOn > d)).length;
  check(s.works.overdue === overdue, `overdue ${s.works.overdue}, expected ${overdue}`);
  check(s.units.registered === spec.units, `units ${s.units.registered}, expected ${spec.units}`);
  const reported = f.units.filter((u) => u.reportedOn !== null && u.reportedOn <= d).length;
  check(s.units.reported === reported, `reported ${s.units.reported}, expected ${reported}`);
  check(s.groups.khoi === spec.khoi && s.groups.cum === spec.cum, `groups ${s.groups.khoi}+${s.groups.cum}`);
  const groupWorks = s.byGroup.reduce((n, g) => n + g.works, 0);
  check(groupWorks === live.length, `works summed over groups ${groupWorks}`);
  const levelWorks = s.works.byLevel.reduce((n, l) => n + l.registered, 0);
  check(levelWorks === live.length, `works summed over levels ${levelWorks}`);
  check(s.notReported.length === spec.units - reported, `not reported ${s.notReported.length}`);
}

/**
 * The floor: the works' counts per unit and level in one statement, nothing else, on a settled day
 * (core/stats/work-counts.ts), which the default day of the fixture is.
 */
function floorQuery(raw: BetterSqlite3.Database) {
  const st = raw.prepare(
    `SELECT unit_id, level, count(*), count(completed_on)
       FROM works INDEXED BY works_live
      WHERE campaign_id = @c AND cancelled_on IS NULL
      GROUP BY unit_id, level`,
  );
  return (c: number) => st.all({ c });
}

async function benchSize(size: Size, options: BenchOptions): Promise<BenchResult[]> {
  const { spec } = size;
  const f = sharedFixture(spec);
  const label = `stats ${sizeLabel(spec)} / ${spec.khoi + spec.cum} groups`;
  options.log(`stats: ${sizeLabel(spec)}, ${f.updates.toLocaleString('en-US')} status updates, default day ${f.asOf} (built in ${round(f.buildMs, 0)} ms)`);

  const conn = openDatabase(f.dbPath);
  let core: number[];
  let floor: number[];
  try {
    checkStats(computeCampaignStats(conn.raw, f.campaignId, f.asOf, 'round')!, f, spec);
    core = await timeRuns(size.runs, WARMUPS, () => computeCampaignStats(conn.raw, f.campaignId, f.asOf, 'round'));
    const q = floorQuery(conn.raw);
    floor = await timeRuns(size.runs, WARMUPS, () => q(f.campaignId));
  } finally {
    conn.close();
  }

  const app = new TdktApp({ dbPath: f.dbPath, dataDir: `${f.dbPath}-data` });
  let routed: number[];
  let routedCpu: number[];
  try {
    // As the dashboard asks: the campaign and nothing else, so the router works out the day.
    const call = async () => {
      const env = await app.call('stats.campaign', { campaignId: f.campaignId });
      if (!env.ok) throw new Error(`stats.campaign failed: ${env.error.message}`);
      return env.result as CampaignStats;
    };
    checkStats(await call(), f, spec);
    ({ wall: routed, cpu: routedCpu } = await timeRunsWithCpu(size.runs, WARMUPS, call));
  } finally {
    app.close();
  }

  const spread = (t: number[]) => `${size.runs} runs, min ${round(Math.min(...t))} max ${round(Math.max(...t))} ms`;
  const floorNote = `hand-written floor ${round(median(floor))} ms`;
  const rows: BenchResult[] = [];
  if (size.core !== undefined) {
    rows.push({ name: `${label} (core, day given)`, median: round(median(core)), unit: 'ms', target: size.core, note: `${spread(core)}; ${floorNote}` });
  }
  rows.push({
    name: `${label} (dashboard: router stats.campaign, default day)`,
    median: round(median(routed)),
    unit: 'ms',
    target: size.router,
    note: `${spread(routed)}, CPU ${round(median(routedCpu))} ms; core ${round(median(core))} ms; ${floorNote}`,
  });
  return rows;
}

export async function benchStats(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of STATS_SIZES) results.push(...(await benchSize(size, options)));
  return results;
}

if (import.meta.main) await runStandalone(benchStats);
