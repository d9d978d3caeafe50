// Issue 2, Speed: statistics for a campaign of 100,000 works across 1,000 units in 30 khối/cụm ≤ 50 ms.
// Timed twice: the core function alone, and the whole router call a host makes (validation, campaign
// lookup, settings, the same function), since the dashboard waits for the latter.
import type { CampaignStats } from '../core/api/types.ts';
import { TdktApp } from '../core/app.ts';
import { computeCampaignStats } from '../core/stats/campaign-stats.ts';
import { openDatabase } from '../db/open.ts';
import { buildFixture, type Fixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir, timeRuns } from './lib.ts';

const SPEC = { units: 1_000, works: 100_000, khoi: 24, cum: 6 };
const TARGET_MS = 50;
const RUNS = 21;
const WARMUPS = 2;
const LABEL = 'stats 100k works / 1,000 units / 30 groups';

/** Figures recomputed from what the generator wrote, independent of the SQL under test. */
function checkStats(s: CampaignStats, f: Fixture): void {
  const d = f.asOf;
  check(s.works.registered === SPEC.works, `total works ${s.works.registered}, expected ${SPEC.works}`);
  const completed = f.works.filter((w) => w.completedOn !== null && w.completedOn <= d).length;
  check(s.works.completed === completed, `completed ${s.works.completed}, expected ${completed}`);
  const overdue = f.works.filter((w) => w.dueDate !== null && w.dueDate < d && (w.completedOn === null || w.completedOn > d)).length;
  check(s.works.overdue === overdue, `overdue ${s.works.overdue}, expected ${overdue}`);
  check(s.units.registered === SPEC.units, `units ${s.units.registered}, expected ${SPEC.units}`);
  const reported = f.units.filter((u) => u.reportedOn !== null && u.reportedOn <= d).length;
  check(s.units.reported === reported, `reported ${s.units.reported}, expected ${reported}`);
  check(s.groups.khoi === SPEC.khoi && s.groups.cum === SPEC.cum, `groups ${s.groups.khoi}+${s.groups.cum}`);
  const groupWorks = s.byGroup.reduce((n, g) => n + g.works, 0);
  check(groupWorks === SPEC.works, `works summed over groups ${groupWorks}`);
  const levelWorks = s.works.byLevel.reduce((n, l) => n + l.registered, 0);
  check(levelWorks === SPEC.works, `works summed over levels ${levelWorks}`);
  check(s.notReported.length === SPEC.units - reported, `not reported ${s.notReported.length}`);
}

export async function benchStats(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const tmp = tempDir('stats');
  try {
    const f = buildFixture(tmp.path, 'stats', { ...SPEC, seed: 100_000 });
    options.log(`stats: built ${SPEC.works} works / ${SPEC.units} units in ${round(f.buildMs, 0)} ms`);

    const conn = openDatabase(f.dbPath);
    let core: number[];
    try {
      checkStats(computeCampaignStats(conn.raw, f.campaignId, f.asOf, 'round')!, f);
      core = await timeRuns(RUNS, WARMUPS, () => computeCampaignStats(conn.raw, f.campaignId, f.asOf, 'round'));
    } finally {
      conn.close();
    }

    const app = new TdktApp({ dbPath: f.dbPath, dataDir: tmp.path });
    let routed: number[];
    try {
      const call = async () => {
        const env = await app.call('stats.campaign', { campaignId: f.campaignId, asOf: f.asOf });
        if (!env.ok) throw new Error(`stats.campaign failed: ${env.error.message}`);
        return env.result as CampaignStats;
      };
      checkStats(await call(), f);
      routed = await timeRuns(RUNS, WARMUPS, call);
    } finally {
      app.close();
    }

    const spread = (t: number[]) => `${RUNS} runs, min ${round(Math.min(...t))} max ${round(Math.max(...t))} ms`;
    return [
      { name: `${LABEL} (core)`, median: round(median(core)), unit: 'ms', target: TARGET_MS, note: spread(core) },
      { name: `${LABEL} (router stats.campaign)`, median: round(median(routed)), unit: 'ms', target: TARGET_MS, note: spread(routed) },
    ];
  } finally {
    tmp.remove();
  }
}

if (import.meta.main) await runStandalone(benchStats);
