// Issue 10, Speed: export 10,000 works to Excel ≤ 1 s — excel.export { list: 'works' } through the
// router, as the Công trình page's "Xuất Excel" asks it: works.list, the layout, the .xlsx file and its
// base64. The floor, measured in the same run: the same cells (the same laid-out rows) written by
// exceljs with no styling at all (no formats, widths, frozen header or filter). The file is read back
// once with exceljs and checked against works.list: a fast wrong file must not pass.
import ExcelJS from 'exceljs';
import type { WorkRow } from '../core/api/types.ts';
import { TdktApp } from '../core/app.ts';
import { layoutList } from '../core/excel/layout.ts';
import { workColumns } from '../core/excel/exports/works.ts';
import { sharedFixture } from './fixture.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, timeRuns, timeRunsWithCpu } from './lib.ts';

const TARGET_MS = 1000;
const SPEC = { units: 300, works: 10_000, khoi: 24, cum: 6, seed: 10 };
const RUNS = 5;
const WARMUPS = 1;

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  check(sheet, 'the export has no sheet');
  return sheet;
}

export async function benchExcelExport(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const f = sharedFixture(SPEC);
  options.log(`excel export: ${SPEC.works.toLocaleString('en-US')} works / ${SPEC.units} units (built in ${round(f.buildMs, 0)} ms)`);
  const app = new TdktApp({ dbPath: f.dbPath, dataDir: `${f.dbPath}-data` });
  try {
    const call = async <T>(method: string, args: Record<string, unknown>): Promise<T> => {
      const env = await app.call(method, args);
      if (!env.ok) throw new Error(`${method} failed: ${env.error.message}`);
      return env.result as T;
    };
    const exportWorks = () => call<{ fileName: string; contentBase64: string; rows: number }>('excel.export', { list: 'works', campaignId: f.campaignId });

    const works = await call<WorkRow[]>('works.list', { campaignId: f.campaignId });
    const file = await exportWorks();
    check(file.rows === SPEC.works, `excel.export wrote ${file.rows} rows, expected ${SPEC.works}`);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const sheet = await readBack(bytes);
    const headerRow = 3; // title, campaign, header
    check(sheet.rowCount === headerRow + SPEC.works, `the sheet has ${sheet.rowCount} rows, expected ${headerRow + SPEC.works}`);
    for (const i of [0, 1, 4_999, SPEC.works - 1]) {
      const row = sheet.getRow(headerRow + 1 + i);
      check(row.getCell(1).value === i + 1 && row.getCell(4).value === works[i].title, `row ${i + 1} is not works.list's row ${i + 1}`);
      const due = row.getCell(8).value;
      check(works[i].dueDate === null ? due === null : due instanceof Date && due.toISOString().slice(0, 10) === works[i].dueDate, `row ${i + 1}: due date`);
    }

    const { wall, cpu } = await timeRunsWithCpu(RUNS, WARMUPS, exportWorks);
    const list = await timeRuns(RUNS, WARMUPS, () => call('works.list', { campaignId: f.campaignId }));
    // The floor: exceljs, the same cells, nothing else.
    const cells = layoutList('Công trình', workColumns, works).rows;
    const floor = await timeRunsWithCpu(RUNS, WARMUPS, async () => {
      const workbook = new ExcelJS.Workbook();
      const plain = workbook.addWorksheet('Công trình');
      for (const row of cells) plain.addRow(row);
      return workbook.xlsx.writeBuffer();
    });
    const m = median(wall);
    options.log(`excel export: median ${round(m)} ms (CPU ${round(median(cpu))} ms), floor ${round(median(floor.wall))} ms, ${round(bytes.length / 1024, 0)} KiB`);
    return [
      {
        name: `excel.export works, ${SPEC.works.toLocaleString('en-US')} works × ${workColumns.length} columns (router, base64 included)`,
        median: round(m),
        unit: 'ms',
        target: TARGET_MS,
        note:
          `${RUNS} runs, CPU ${round(median(cpu))} ms, min ${round(Math.min(...wall))} max ${round(Math.max(...wall))} ms; ` +
          `floor (same cells by exceljs, unstyled) ${round(median(floor.wall))} ms, CPU ${round(median(floor.cpu))} ms; ` +
          `of which works.list ${round(median(list))} ms; ${round(bytes.length / 1024, 0)} KiB`,
      },
    ];
  } finally {
    app.close();
  }
}

if (import.meta.main) await runStandalone(benchExcelExport);
