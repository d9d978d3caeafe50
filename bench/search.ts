// Issue 2, Speed: search in the unit and work lists (10,000 works) as the user types ≤ 30 ms per query.
// Each keystroke is one router call, the way the renderer asks (works.search for the works list,
// org.listUnits for the units); the figure that matters is the
// slowest keystroke, so the worst query is reported beside the median.
import { TdktApp } from '../core/app.ts';
import { matchesFolded } from '../core/text/fold.ts';
import { buildFixture, type Fixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir, timeRuns } from './lib.ts';

const SPEC = { units: 1_000, works: 10_000, khoi: 24, cum: 6 };
const TARGET_MS = 30;
const RUNS = 7;
const WARMUPS = 1;

/** Every prefix, one code point more each time, as the box sends them while the user types. */
function typed(text: string): string[] {
  const chars = [...text];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

// "linh trung" must find "Phường Linh Trung"; "dang" must find "Đặng"; tones typed or not.
const QUERIES = [...typed('linh trung'), ...typed('đặng'), ...typed('dang'), ...typed('cây xanh'), 'cay xanh', 'DV0042', 'không có gì như vậy'];

interface QueryTiming {
  list: string;
  query: string;
  median: number;
  rows: number;
}

function expectedCount(haystacks: readonly string[], query: string): number {
  return haystacks.filter((h) => matchesFolded(h, query)).length;
}

async function timeQueries(
  label: string,
  call: (query: string) => Promise<unknown[]>,
  haystacks: readonly string[],
): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const query of QUERIES) {
    const rows = (await call(query)).length;
    const expected = expectedCount(haystacks, query);
    check(rows === expected, `${label} "${query}" returned ${rows} rows, expected ${expected}`);
    const times = await timeRuns(RUNS, WARMUPS, () => call(query));
    out.push({ list: label, query, median: median(times), rows });
  }
  return out;
}

function summarise(name: string, timings: QueryTiming[]): BenchResult[] {
  const medians = timings.map((t) => t.median);
  const worst = timings.reduce((a, b) => (b.median > a.median ? b : a));
  return [
    { name: `${name}, median query`, median: round(median(medians)), unit: 'ms', target: TARGET_MS, note: `${timings.length} queries × ${RUNS} runs` },
    {
      name: `${name}, slowest query`,
      median: round(worst.median),
      unit: 'ms',
      target: TARGET_MS,
      note: `"${worst.query}" → ${worst.rows} rows`,
    },
  ];
}

export async function benchSearch(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const tmp = tempDir('search');
  try {
    const f: Fixture = buildFixture(tmp.path, 'search', { ...SPEC, seed: 10_000 });
    options.log(`search: built ${SPEC.works} works / ${SPEC.units} units in ${round(f.buildMs, 0)} ms`);
    const app = new TdktApp({ dbPath: f.dbPath, dataDir: tmp.path });
    try {
      const list = async (method: string, args: Record<string, unknown>) => {
        const env = await app.call(method, args);
        if (!env.ok) throw new Error(`${method} failed: ${env.error.message}`);
        return env.result as unknown[];
      };
      // The works list filters on the work's own text and on its unit's, so the expected rows do too.
      const unitSearch = new Map(f.units.map((u) => [u.id, u.search]));
      const workHaystacks = f.works.map((w) => `${w.search} ${unitSearch.get(w.unitId)}`);
      // As the user types, the works screen asks for the matching ids and filters the rows it holds.
      const works = await timeQueries('works.search', (query) => list('works.search', { campaignId: f.campaignId, query }), workHaystacks);
      const units = await timeQueries('org.listUnits', (query) => list('org.listUnits', { query }), f.units.map((u) => u.search));

      for (const t of [...works, ...units]) {
        options.log(`  ${t.list} ${JSON.stringify(t.query).padEnd(24)} ${String(t.rows).padStart(6)} rows  ${round(t.median).toFixed(1)} ms`);
      }
      return [
        ...summarise(`search works.search ${SPEC.works / 1000}k works (router)`, works),
        ...summarise(`search org.listUnits ${SPEC.units.toLocaleString('en-US')} units (router)`, units),
      ];
    } finally {
      app.close();
    }
  } finally {
    tmp.remove();
  }
}

if (import.meta.main) await runStandalone(benchSearch);
