// Issue 10, Speed: read a 5,000-row registration form to its ImportInput ≤ 0,5 s; write the all-units
// form (300 units, 5,000 works) ≤ 1 s. Each beside its floor in the same run. Reading: the least any
// reader must do (inflate the parts, decode them, visit every cell's XML), and exceljs loading the same
// bytes and touching every cell (what the hand reader, core/exchange/forms/sheet-xml.ts, replaced).
// Writing: plain exceljs writing the same values with no style, dropdown, protection or stamp.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { TdktApp } from '../core/app.ts';
import type { Context } from '../core/context.ts';
import { formLookup } from '../core/exchange/forms/app.ts';
import { readWorkbook } from '../core/exchange/forms/read-workbook.ts';
import { registrationFormData } from '../core/exchange/forms/registration-data.ts';
import { writeRegistrationForm } from '../core/exchange/forms/registration-write.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir, timeRunsWithCpu } from './lib.ts';

const UNITS = 300;
const WORKS = 5_000;
const READ_TARGET_MS = 500;
const WRITE_TARGET_MS = 1_000;
const RUNS = 5;
const WARMUPS = 1;

async function fixture(app: TdktApp): Promise<number> {
  const unitIds: number[] = [];
  for (let i = 1; i <= UNITS; i++) {
    const u = await app.invoke('org.saveUnit', { code: `DV${String(i).padStart(3, '0')}`, name: `Phường số ${i} thành phố Thủ Đức`, kind: 'phuong_xa' });
    unitIds.push(u.id);
  }
  const campaign = await app.invoke('campaigns.save', {
    name: 'Phong trào thi đua năm 2026',
    form: 'thuong_xuyen',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    fields: ['Trồng cây xanh', 'Cải cách hành chính', 'Chuyển đổi số'],
    unitIds,
  });
  const raw = app.connection.raw;
  const insert = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on,
                        completed_on, cancelled_on, evidence, carried_from, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-15', ?, NULL, '', NULL, '', '2026-01-15T00:00:00.000Z', '2026-03-01T00:00:00.000Z')`,
  );
  raw.transaction(() => {
    for (let i = 0; i < WORKS; i++) {
      const done = i % 4 === 0;
      const title = `Công trình số ${i + 1}: trồng cây xanh và chỉnh trang các tuyến đường trên địa bàn`;
      insert.run(
        crypto.randomUUID(), campaign.id, unitIds[i % UNITS], title, title.toLowerCase(), ['Trồng cây xanh', 'Cải cách hành chính', 'Chuyển đổi số'][i % 3],
        i % 5 === 0 ? 'thanh_pho' : 'co_so', 'Trồng 500 cây xanh', '2026-06-30', 'Nguyễn Văn An', done ? 'hoan_thanh' : 'dang_thuc_hien', done ? '2026-05-20' : null,
      );
    }
  })();
  return campaign.id;
}

export async function benchExcelForms(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const dir = tempDir('excel-forms');
  const app = new TdktApp({ dbPath: `${dir.path}/tdkt.sqlite` });
  try {
    const campaignId = await fixture(app);
    const raw = app.connection.raw;
    const data = registrationFormData(raw, campaignId);
    check(data.works.length === WORKS && data.units.length === UNITS, 'the fixture is not 300 units and 5,000 works');
    const write = () => writeRegistrationForm(registrationFormData(raw, campaignId), new Date());
    const form = await write();
    options.log(`excel forms: all-units form of ${WORKS} works, ${round(form.bytes.length / 1024, 0)} KiB`);

    const values = data.works.map((w, i) => [i + 1, w.unitCode, w.unitName, w.title, w.field, w.level, w.target, new Date(`${w.dueDate}T00:00:00Z`), w.owner, w.status, null, '', w.uuid, w.updatedAt]);
    const floorWrite = async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Đăng ký');
      for (const row of values) sheet.addRow(row);
      for (let i = 0; i < 100; i++) sheet.addRow([]);
      return workbook.xlsx.writeBuffer();
    };
    const lookup = formLookup({ conn: app.connection } as Context, campaignId);
    const read = async () => {
      const { input } = await readWorkbook(form.bytes, form.fileName, lookup, '2026-03-01');
      check(input.works.length === WORKS && input.errors.length === 0, `read ${input.works.length} works and ${input.errors.length} errors`);
    };
    const floorUnzip = () => {
      const files = unzipSync(form.bytes);
      const cells = strFromU8(files['xl/worksheets/sheet1.xml']).split('<c ').length + strFromU8(files['xl/sharedStrings.xml']).split('<si>').length;
      check(cells > WORKS * 10, 'the floor did not visit the cells');
    };
    const exceljsRead = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(form.bytes) as unknown as ExcelJS.Buffer);
      let cells = 0;
      workbook.getWorksheet('Đăng ký')!.eachRow((row) =>
        row.eachCell(() => {
          cells++;
        }),
      );
      check(cells > WORKS * 10, 'the floor did not read the cells');
    };
    const writeRuns = await timeRunsWithCpu(RUNS, WARMUPS, write);
    const writeFloor = await timeRunsWithCpu(RUNS, WARMUPS, floorWrite);
    const readRuns = await timeRunsWithCpu(RUNS, WARMUPS, read);
    const readFloor = await timeRunsWithCpu(RUNS, WARMUPS, floorUnzip);
    const readExceljs = await timeRunsWithCpu(RUNS, WARMUPS, exceljsRead);
    type Runs = { wall: number[]; cpu: number[] };
    const against = (runs: Runs, what: string, floor: Runs) =>
      `${what} ${round(median(floor.wall))} ms, CPU ${round(median(floor.cpu))} ms: ${round(median(runs.cpu) / median(floor.cpu), 2)}× in CPU`;
    const readNote = `${RUNS} runs, CPU ${round(median(readRuns.cpu))} ms; ${against(readRuns, 'floor (unzip, decode, visit the cells)', readFloor)}; ${against(readRuns, 'exceljs load', readExceljs)}`;
    const writeNote = `${RUNS} runs, CPU ${round(median(writeRuns.cpu))} ms; ${against(writeRuns, 'floor (plain exceljs, same cells)', writeFloor)}`;
    return [
      { name: `excel registration form, read ${WORKS} rows to ImportInput`, median: round(median(readRuns.wall)), unit: 'ms', target: READ_TARGET_MS, note: readNote },
      { name: `excel registration form, write all units (${UNITS} units, ${WORKS} works)`, median: round(median(writeRuns.wall)), unit: 'ms', target: WRITE_TARGET_MS, note: writeNote },
    ];
  } finally {
    app.close();
    dir.remove();
  }
}

if (import.meta.main) await runStandalone(benchExcelForms);
