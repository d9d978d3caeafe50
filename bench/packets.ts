// Issue 10, packets: export and open a campaign packet of 10,000 works from 300 units. Export is timed
// through the router (what the Trao đổi dữ liệu page and the CLI call, base64 included); opening is the
// reader alone, every check of core/exchange/packets/open.ts. Beside them the floor, measured in the same
// run on the same bytes: unzip + JSON.parse + the zod validation of every record (DESIGN.md §6 measured
// 26 + 11 + 52 ms). Each run's result is checked against the database, so a fast wrong answer fails.
import { unzipSync } from 'fflate';
import { TdktApp } from '../core/app.ts';
import { openPacket } from '../core/exchange/packets/open.ts';
import { dataShellSchema, RECORD_LISTS, recordSchemas } from '../core/exchange/packets/format.ts';
import { sharedFixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, timeRunsWithCpu } from './lib.ts';

const SPEC = { units: 300, works: 10_000, khoi: 10, cum: 4, seed: 10_000 };
const RUNS = 7;
const WARMUPS = 2;
/** Exporting longer than this would freeze the window: it would have to run as a job (core/jobs). */
const EXPORT_TARGET_MS = 300;
/** Opening does the floor's work plus checksums, the key walk (NFC, __proto__), duplicates and references. */
const OPEN_RATIO = 2;

function floor(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  const data = JSON.parse(new TextDecoder().decode(files['data.json']));
  JSON.parse(new TextDecoder().decode(files['manifest.json']));
  const shell = dataShellSchema.parse(data);
  let n = 0;
  for (const list of RECORD_LISTS) {
    const schema = recordSchemas[list];
    for (const record of shell[list] ?? []) {
      schema.parse(record);
      n++;
    }
  }
  return n;
}

export async function benchPackets(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const f = sharedFixture(SPEC);
  options.log(`packets: fixture of ${SPEC.works} works / ${SPEC.units} units built in ${Math.round(f.buildMs)} ms`);
  const app = new TdktApp({ dbPath: f.dbPath, autoBackup: false });
  try {
    let last = { fileName: '', contentBase64: '' };
    const exported = await timeRunsWithCpu(RUNS, WARMUPS, async () => {
      last = await app.invoke('exchange.exportPacket', { campaignId: f.campaignId });
    });
    const bytes = Buffer.from(last.contentBase64, 'base64');
    let works = 0;
    const opened = await timeRunsWithCpu(RUNS, WARMUPS, () => {
      works = openPacket(last.fileName, bytes).input.works.length;
    });
    check(works === f.works.length, `opened ${works} works, the database has ${f.works.length}`);
    let records = 0;
    const floored = await timeRunsWithCpu(RUNS, WARMUPS, () => {
      records = floor(bytes);
    });
    check(records >= f.works.length + SPEC.units, `the floor validated ${records} records`);
    const floorMs = median(floored.wall);
    const mb = round(bytes.length / 1024 / 1024, 2);
    options.log(`packets: ${mb} MB packet, ${records} records; floor ${round(floorMs)} ms (cpu ${round(median(floored.cpu))} ms)`);
    return [
      {
        // CPU time: the question is how long the main thread is busy (beyond ~300 ms it would be a job),
        // and on a machine other sessions load, the wall clock mostly measures the wait for a core.
        name: `export packet, ${SPEC.works / 1000}k works / ${SPEC.units} units (router, cpu time)`,
        median: round(median(exported.cpu)),
        unit: 'ms',
        target: EXPORT_TARGET_MS,
        note: `wall ${round(median(exported.wall))} ms; ${mb} MB`,
      },
      {
        name: `open packet, ${SPEC.works / 1000}k works (every check) vs floor ${round(floorMs)} ms × ${OPEN_RATIO}`,
        median: round(median(opened.wall)),
        unit: 'ms',
        target: round(floorMs * OPEN_RATIO),
        note: `cpu ${round(median(opened.cpu))} ms; ${round(median(opened.wall) / floorMs, 2)}× the floor (unzip + JSON.parse + zod rows)`,
      },
    ];
  } finally {
    app.close();
  }
}

if (import.meta.main) await runStandalone(benchPackets);
