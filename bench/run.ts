// `npm run bench [-- --json]`: every benchmark (issues 2, 3 and 7), one after another (they would disturb each
// other's timings on two cores if run together). A benchmark that fails still gets a row, marked
// FAILED, so one broken piece does not hide the others' figures; the exit code stays 0 either way.
import { benchCertificates } from './certificates.ts';
import { benchDecision } from './decision.ts';
import { benchDocuments } from './documents.ts';
import { benchExcelExport } from './excel-export.ts';
import { benchImport } from './import.ts';
import { benchExcelForms } from './excel-forms.ts';
import { type BenchOptions, type BenchResult, defaultOptions, formatLine, printResults } from './lib.ts';
import { benchPackets } from './packets.ts';
import { benchSearch } from './search.ts';
import { benchStats } from './stats.ts';
import { benchWebColdStart } from './web-cold-start.ts';
import { benchWorksPage } from './works-page.ts';

interface Bench {
  /** The row printed when the benchmark cannot produce a figure. */
  name: string;
  unit: BenchResult['unit'];
  target: number;
  run: (options: BenchOptions) => Promise<BenchResult[]>;
}

const benches: Bench[] = [
  { name: 'stats 100k and 300k works, default day', unit: 'ms', target: 60, run: benchStats },
  { name: 'search works.search 100k and 300k works / org.listUnits', unit: 'ms', target: 30, run: benchSearch },
  { name: 'works page first screen, 100k works', unit: 'ms', target: 300, run: benchWorksPage },
  { name: 'web cold start to dashboard 118/254', unit: 'ms', target: 1500, run: benchWebColdStart },
  { name: 'documents (báo cáo 10k works, other documents, báo cáo memory at 100k)', unit: 'ms', target: 1500, run: benchDocuments },
  { name: 'certificates (1,000 and 5,000 to .docx vs the floor, 1,000 to PDF, memory)', unit: 'ms', target: 600, run: benchCertificates },
  { name: 'quyết định khen thưởng, danh sách of 2,000 lines', unit: 'ms', target: 1000, run: benchDecision },
  { name: 'excel.export 10,000 works vs exceljs unstyled', unit: 'ms', target: 1000, run: benchExcelExport },
  { name: 'packets: export and open 10k works / 300 units', unit: 'ms', target: 300, run: benchPackets },
  { name: 'import 10k works / 300 units: read + preview + apply', unit: 'ms', target: 750, run: benchImport },
  { name: 'excel registration form (read 5,000 rows, write all units)', unit: 'ms', target: 1000, run: benchExcelForms },
];

const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const results: BenchResult[] = [];
const failures: string[] = [];
for (const bench of benches) {
  if (only.length && !only.some((o) => bench.name.includes(o) || bench.run.name.toLowerCase().includes(o.toLowerCase()))) continue;
  try {
    const rows = await bench.run(defaultOptions);
    results.push(...rows);
    // The table is printed again at the end; this keeps a long run readable as it goes.
    if (!json) for (const r of rows) defaultOptions.log(`  → ${formatLine(r)}`);
  } catch (error) {
    const message = (error as Error).message;
    defaultOptions.log(`${bench.name}: FAILED: ${message}`);
    failures.push(`${bench.name}: FAILED (no figure): ${message}`);
    results.push({ name: bench.name, median: Number.NaN, unit: bench.unit, target: bench.target, note: `FAILED: ${message}` });
  }
}

printResults(results, json);
if (!json && failures.length) process.stdout.write(`${failures.join('\n')}\n`);
