// Issue 3, Speed: the báo cáo of a campaign of 10,000 works with the full appendix listing them
// ≤ 1.5 s to a finished .docx; each other document ≤ 300 ms. Timed twice for the báo cáo: the builder
// alone, from plain data (the Thủ Đức-shaped sample scaled up) to the bytes, and the whole
// documents.generate call on a 10,000-work database (queries, statistics, build, register, file).
// Issue 7, Memory: the same call at 100k works ≤ 400 MB above the process's baseline, each run in a
// fresh process (bench/peak-memory.ts) so that no earlier run's high-water mark counts.
import { buildBaoCao } from '../core/documents/builders/bao-cao.ts';
import { buildCongVanDonDoc } from '../core/documents/builders/cong-van-don-doc.ts';
import { buildGiayMoi } from '../core/documents/builders/giay-moi.ts';
import { buildKeHoach } from '../core/documents/builders/ke-hoach.ts';
import { TdktApp } from '../core/app.ts';
import { sampleData, sampleFrame, samplePlanLibrary } from '../tests/fixtures/documents-sample.ts';
import { buildFixture, sharedFixture } from './fixture.ts';
import { measurePeakMemory } from './peak-memory.ts';
import { sizeLabel, STATS_SIZES } from './stats.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir, timeRuns } from './lib.ts';

const BIG = { units: 1_000, works: 10_000 };
const RUNS = 5;
const WARMUPS = 1;

export async function benchDocuments(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const frame = sampleFrame();
  const big = sampleData(BIG);
  const small = sampleData();
  const plan = samplePlanLibrary();
  options.log(`documents: sample of ${big.works.length} works / ${BIG.units} units ready`);

  const cases: { name: string; target: number; build: () => Promise<Buffer> }[] = [
    {
      name: `document báo cáo, ${BIG.works.toLocaleString('en-US')} works with full appendix`,
      target: 1500,
      build: () =>
        buildBaoCao({
          frame: { ...frame, number: { number: 45, symbol: 'BC-UBND' } },
          stage: 'tong_ket',
          campaign: big.campaign,
          stats: big.stats,
          works: big.works,
        }),
    },
    {
      name: 'document kế hoạch with its two forms',
      target: 300,
      build: () => buildKeHoach({ frame, campaign: small.campaign, groups: small.groups, unitCount: 254, ...plan }),
    },
    {
      name: `document công văn đôn đốc, ${small.pending.length} units listed`,
      target: 300,
      build: () =>
        buildCongVanDonDoc({
          frame: { ...frame, number: { number: 7, symbol: 'UBND-NV' } },
          campaign: small.campaign,
          stats: small.stats,
          pending: small.pending,
          deadline: '2021-04-15',
        }),
    },
    {
      name: 'document giấy mời',
      target: 300,
      build: () =>
        buildGiayMoi({
          frame: { ...frame, number: { number: 3, symbol: 'GM-UBND' } },
          stage: 'so_ket',
          campaign: small.campaign,
          meeting: { date: '2021-04-16', time: '08:00', place: 'Hội trường', chair: 'Đồng chí Chủ tịch', participants: ['Các cơ quan, đơn vị'] },
        }),
    },
  ];

  const results: BenchResult[] = [];
  for (const c of cases) {
    const first = await c.build();
    check(first.length > 1000 && first[0] === 0x50 && first[1] === 0x4b, `${c.name}: not a zip`);
    const times = await timeRuns(RUNS, WARMUPS, c.build);
    const m = median(times);
    options.log(`${c.name}: median ${round(m)} ms over ${RUNS} runs, ${round(first.length / 1024, 0)} KiB`);
    results.push({ name: c.name, median: round(m), unit: 'ms', target: c.target, note: `${round(first.length / 1024, 0)} KiB` });
  }
  results.push(await benchGenerate(options));
  results.push(await benchReportMemory(options));
  return results;
}

const MEMORY_RUNS = 5;
const MEMORY_TARGET_MB = 400;

/** documents.generate báo cáo at 100k works: RSS high-water mark above the child's own baseline. */
async function benchReportMemory(options: BenchOptions): Promise<BenchResult> {
  const { spec } = STATS_SIZES[0];
  const f = sharedFixture(spec);
  const name = `documents.generate báo cáo, ${sizeLabel(spec)}, full appendix: peak RSS above baseline`;
  const above: number[] = [];
  const ms: number[] = [];
  let baseline = 0;
  for (let run = 0; run < MEMORY_RUNS; run++) {
    // No date: the báo cáo reads the default "as of" day, as the Văn bản page does.
    const m = measurePeakMemory(f.dbPath, `${f.dbPath}-data`, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: f.campaignId, date: '2022-01-10' });
    above.push(m.peakMb - m.baselineMb);
    ms.push(m.ms);
    baseline = m.baselineMb;
    options.log(`documents memory: run ${run + 1}: +${round(m.peakMb - m.baselineMb, 0)} MB over ${round(m.baselineMb, 0)} MB in ${round(m.ms, 0)} ms`);
  }
  return {
    name,
    median: round(median(above), 0),
    unit: 'MB',
    target: MEMORY_TARGET_MB,
    note: `${MEMORY_RUNS} fresh processes, baseline ≈ ${round(baseline, 0)} MB, min ${round(Math.min(...above), 0)} max ${round(Math.max(...above), 0)} MB; call ${round(median(ms), 0)} ms`,
  };
}

/** documents.generate end to end; each run rewrites the same báo cáo dự thảo in place (no number is taken). */
async function benchGenerate(options: BenchOptions): Promise<BenchResult> {
  const tmp = tempDir('documents');
  const name = `documents.generate báo cáo on a ${BIG.works.toLocaleString('en-US')}-work database`;
  try {
    const f = buildFixture(tmp.path, 'documents', { ...BIG, khoi: 24, cum: 6, seed: 10_000 });
    options.log(`documents: built ${BIG.works} works / ${BIG.units} units in ${round(f.buildMs, 0)} ms`);
    const app = new TdktApp({ dbPath: f.dbPath, dataDir: tmp.path });
    try {
      const run = () => app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: f.campaignId, date: '2022-01-10' });
      const first = await run();
      check(first.status === 'du_thao' && first.number === null, `first báo cáo ${first.status}, numbered ${first.number}`);
      const times = await timeRuns(RUNS, WARMUPS, run);
      const again = await run();
      check(again.id === first.id && again.status === 'du_thao', 'the draft was rewritten in place');
      const m = median(times);
      options.log(`${name}: median ${round(m)} ms over ${RUNS} runs, ${round(first.bytes / 1024, 0)} KiB`);
      return { name, median: round(m), unit: 'ms', target: 1500, note: `${round(first.bytes / 1024, 0)} KiB` };
    } finally {
      app.close();
    }
  } finally {
    tmp.remove();
  }
}

if (import.meta.main) await runStandalone(benchDocuments);
