// The registration forms task, run directly and as the page's job through the API on real databases:
// the zip holds one .xlsx per unit, each read back by the app's own reader with its unit's works; the
// bar moves once per workbook; a cancel leaves no file; the job writes only each work's version; and the
// synchronous exchange.excelForm (the CLI's) gives the same workbooks.
import { existsSync, readdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../../../core/api/types.ts';
import type { TdktApp } from '../../../../../core/app.ts';
import type { Context } from '../../../../../core/context.ts';
import { formLookup } from '../../../../../core/exchange/forms/app.ts';
import { readWorkbook } from '../../../../../core/exchange/forms/read-workbook.ts';
import { registrationFormsInput } from '../../../../../core/exchange/forms/registration-forms.ts';
import { dataSubfolder } from '../../../../../core/files/data-folder.ts';
import { JobCancelled } from '../../../../../core/jobs/task.ts';
import { registrationFormsTask } from '../../../../../core/jobs/tasks/registration-forms.ts';
import { databaseDigest, demoApp, freshApp, refusal } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

async function threeUnits() {
  const app = freshApp();
  apps.push(app);
  const unit = (code: string, name: string) => app.invoke('org.saveUnit', { code, name, kind: 'phuong_xa' });
  const units = { P01: (await unit('P01', 'Phường Linh Trung')).id, P02: (await unit('P02', 'Phường Bình Thọ')).id, P03: (await unit('P03', 'Phường Đông Hòa')).id };
  const campaign = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
    form: 'chuyen_de',
    startDate: '2021-03-12',
    endDate: '2021-05-19',
    fields: ['Trồng cây xanh', 'Cải cách hành chính'],
    unitIds: Object.values(units),
  });
  const work = (unitId: number, title: string) =>
    app.invoke('works.save', { campaignId: campaign.id, unitId, title, field: 'Trồng cây xanh', level: 'co_so', target: '', dueDate: null, owner: '' });
  await work(units.P01, 'Trồng 500 cây xanh trên các tuyến đường');
  await work(units.P01, 'Một cửa liên thông điện tử');
  await work(units.P03, 'Đèn chiếu sáng hẻm an toàn');
  return { app, campaignId: campaign.id, units };
}

/** Each workbook of the zip read back by the app's reader: its unit code and the titles of its works. */
async function readBack(app: TdktApp, campaignId: number, zip: Uint8Array) {
  const lookup = formLookup({ conn: app.connection } as Context, campaignId);
  const out: Record<string, string[]> = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    const { input } = await readWorkbook(bytes, name, lookup, '2021-04-20');
    expect(input.errors).toEqual([]);
    out[name] = input.works.map((w) => `${w.unitCode}: ${w.title}`);
  }
  return out;
}

const EXPECTED = {
  'Bieu-mau-dang-ky-P01.xlsx': ['P01: Trồng 500 cây xanh trên các tuyến đường', 'P01: Một cửa liên thông điện tử'],
  'Bieu-mau-dang-ky-P02.xlsx': [],
  'Bieu-mau-dang-ky-P03.xlsx': ['P03: Đèn chiếu sáng hẻm an toàn'],
};

function until(app: TdktApp, id: string, done: (info: JobInfo) => boolean, seen: JobInfo[] = []): Promise<JobInfo> {
  return new Promise((resolve) => {
    const check = (info: JobInfo) => {
      if (info.id !== id) return;
      seen.push(info);
      if (done(info)) {
        stop();
        resolve(info);
      }
    };
    const stop = app.onEvent((event) => check(event.payload));
    void app.invoke('jobs.get', { id }).then(check);
  });
}

describe('the registration forms task', () => {
  it('writes one workbook per unit into the zip, moving the bar once per workbook', async () => {
    const { app, campaignId } = await threeUnits();
    const steps: [number, number][] = [];
    const input = registrationFormsInput(app.connection.raw, { campaignId, perUnit: true }, new Date('2021-04-20T03:00:00.000Z'));
    const { files } = await registrationFormsTask.run(input, (d, t) => steps.push([d, t]), new AbortController().signal);
    expect(steps).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
    expect(files.map((f) => f.name)).toEqual(['Bieu-mau-dang-ky-tung-don-vi.zip']);
    expect(await readBack(app, campaignId, files[0].bytes)).toEqual(EXPECTED);
  });

  it('stops at the next workbook once its signal is aborted', async () => {
    const { app, campaignId } = await threeUnits();
    const controller = new AbortController();
    const input = registrationFormsInput(app.connection.raw, { campaignId, perUnit: true }, new Date());
    const run = registrationFormsTask.run(input, (done) => {
      if (done === 1) controller.abort();
    }, controller.signal);
    await expect(run).rejects.toBeInstanceOf(JobCancelled);
  });
});

describe('exchange.startExcelForm', () => {
  it('runs as a job whose file is the same zip exchange.excelForm gives, and writes only the versions of the works', async () => {
    const { app, campaignId } = await threeUnits();
    const raw = app.connection.raw;
    const before = databaseDigest(raw);
    const { jobId } = await app.invoke('exchange.startExcelForm', { campaignId, perUnit: true });
    const seen: JobInfo[] = [];
    const done = await until(app, jobId, (i) => i.state !== 'dang_chay', seen);
    expect(done).toMatchObject({ state: 'xong', kind: 'bieu_mau_dang_ky', done: 3, total: 3, label: 'Đã tạo xong 3 biểu mẫu' });
    expect(seen.some((i) => i.label === 'Đang tạo 0/3 biểu mẫu' || i.label === 'Đang chờ để tạo 3 biểu mẫu')).toBe(true);
    expect(done.files.map((f) => f.name)).toEqual(['Bieu-mau-dang-ky-tung-don-vi.zip']);
    expect(done.files[0].path.startsWith(dataSubfolder(app.dataDir, 'exchange'))).toBe(true);
    const file = await app.invoke('jobs.file', { id: jobId, index: 0 });
    expect(file.fileName).toBe('Bieu-mau-dang-ky-tung-don-vi.zip');
    expect(await readBack(app, campaignId, Buffer.from(file.contentBase64, 'base64'))).toEqual(EXPECTED);
    const direct = await app.invoke('exchange.excelForm', { campaignId, perUnit: true });
    expect(await readBack(app, campaignId, Buffer.from(direct.contentBase64, 'base64'))).toEqual(EXPECTED);
    // All either wrote is the version of each work it handed out (form-versions.ts), the base a reply merges against.
    const works = raw.prepare<[number], string>('SELECT uuid FROM works WHERE campaign_id = ? ORDER BY uuid').pluck().all(campaignId);
    expect(works.length).toBeGreaterThan(0);
    expect(raw.prepare<[], string>("SELECT uuid FROM row_versions WHERE entity = 'works' ORDER BY uuid").pluck().all()).toEqual(works);
    raw.prepare("DELETE FROM row_versions WHERE entity = 'works'").run();
    expect(databaseDigest(raw)).toBe(before);
  });

  it('makes the one workbook of a unit or of all units', async () => {
    const { app, campaignId, units } = await threeUnits();
    const { jobId } = await app.invoke('exchange.startExcelForm', { campaignId, unitId: units.P03 });
    const done = await until(app, jobId, (i) => i.state !== 'dang_chay');
    expect(done).toMatchObject({ state: 'xong', total: 1, files: [{ name: 'Bieu-mau-dang-ky-P03.xlsx' }] });
    const all = await until(app, (await app.invoke('exchange.startExcelForm', { campaignId })).jobId, (i) => i.state !== 'dang_chay');
    expect(all.files.map((f) => f.name)).toEqual(['Bieu-mau-dang-ky-tat-ca-don-vi.xlsx']);
  });

  it('is cancelled from the API with no file left, and refuses an unknown campaign in Vietnamese before starting', async () => {
    const app = await demoApp();
    apps.push(app);
    const campaignId = app.connection.raw.prepare('SELECT id FROM campaigns').pluck().get() as number;
    const { jobId } = await app.invoke('exchange.startExcelForm', { campaignId, perUnit: true });
    await until(app, jobId, (i) => i.done >= 2);
    expect((await app.invoke('jobs.cancel', { id: jobId })).state).toBe('da_huy');
    const folder = dataSubfolder(app.dataDir, 'exchange');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect(await refusal(app, 'exchange.startExcelForm', { campaignId: 999 })).toMatchObject({ code: 'not_found', message: 'Không tìm thấy đợt thi đua có mã số 999.' });
    expect(await app.invoke('jobs.list', {})).toHaveLength(1);
  });
});
