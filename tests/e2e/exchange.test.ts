// Trao đổi dữ liệu end to end in Chromium at 1366×768 against the real host on the demo database: the
// secretariat exports the whole campaign and one unit's packet (the unit picked by typing its name
// without marks), and the per-unit forms as a job whose bar reaches 100 % and offers the zip; every
// downloaded file is read back. A unit's form with an error shows its row-level Vietnamese message and
// gives its errored rows back as Excel. Then a real unit install (a second database, in this process)
// imports the unit packet, changes a work the secretariat changed too, and sends its report packet: the
// preview counts it, the conflict is answered, Áp dụng writes it, the log shows it, and Hoàn tác lần
// nhập cuối puts the secretariat's value back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CampaignDetail, PacketSummary, UnitRow, WorkDetail, WorkRow } from '../../core/api/types.ts';
import { TdktApp } from '../../core/app.ts';
import { columnOf } from '../../core/exchange/forms/registration-layout.ts';
import { fold } from '../../core/text/fold.ts';
import { type Running, SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { createUi } from './ui.ts';

const shots = join(SHOTS, 'exchange');
let app: Running;
let page: Page;
let folder: string;
let unitApp: TdktApp | undefined;
let campaign: CampaignDetail;
let unit: UnitRow;
let unitPacket: string;
const { shot, menu, choose, readability, clippedActions } = createUi(() => page, shots);

openSession(
  {
    shots,
    timeoutMs: 20_000,
    agency: false,
    async prepare(a) {
      folder = mkdtempSync(join(tmpdir(), 'tdkt-e2e-exchange-'));
      const demo = (await a.api('campaigns.list', {})) as { id: number }[];
      campaign = (await a.api('campaigns.get', { id: demo[0].id })) as CampaignDetail;
      const units = (await a.api('org.listUnits', {})) as UnitRow[];
      // A ward of the campaign: its name has marks to type without.
      const found = units.find((u) => campaign.unitIds.includes(u.id) && /phường/iu.test(u.name));
      if (!found) throw new Error('Dữ liệu mẫu không có phường nào tham gia đợt thi đua');
      unit = found;
    },
    cleanup() {
      unitApp?.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  },
  (a) => {
    app = a;
    page = a.page;
  },
);

beforeAll(async () => {
  await menu('Trao đổi dữ liệu');
  await page.getByTestId('exchange-export').waitFor();
});

async function save(download: Download): Promise<string> {
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function downloadFrom(click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), path: await save(download) };
}

/** No horizontal scroll at 1366 px (the page scrolls down only), nothing too small to read, no button cut off. */
async function fitsTheWidth(): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await readability()).toEqual([]);
  expect(await clippedActions()).toEqual([]);
}

const readPacket = (name: string, path: string) =>
  app.api('exchange.readPacket', { fileName: name, contentBase64: readFileSync(path).toString('base64') }) as Promise<PacketSummary>;

/** Drops a file on the import area the way the file picker hands it over. */
async function drop(name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('exchange-page').locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  await page.getByTestId('import-preview').waitFor();
}

describe('Trao đổi dữ liệu: export', () => {
  test('exports the whole campaign and the packet of a unit picked without marks; both open', async () => {
    await expect.poll(() => page.getByTestId('campaign-picker').textContent()).toContain(campaign.name);
    await choose(page.getByRole('combobox', { name: 'Đơn vị' }), fold(unit.name), `${unit.name} (${unit.code})`);
    await shot('01-export-card');
    await fitsTheWidth();

    const whole = await downloadFrom(() => page.getByTestId('export-campaign').click());
    expect(whole.name).toMatch(/^dot-thi-dua-[a-z0-9-]+-toan-bo-\d+\.tdkt$/u);
    const all = await readPacket(whole.name, whole.path);
    expect(all).toMatchObject({ kind: 'campaign', campaign: { name: campaign.name } });
    expect(all.counts.works).toBe(((await app.api('works.list', { campaignId: campaign.id })) as WorkRow[]).length);

    const one = await downloadFrom(() => page.getByTestId('export-unit-packet').click());
    expect(one.name).toMatch(new RegExp(`^dot-thi-dua-[a-z0-9-]+-${fold(unit.code).replace(/[^a-z0-9]+/gu, '-')}-\\d+\\.tdkt$`, 'u'));
    const theirs = await readPacket(one.name, one.path);
    const works = (await app.api('works.list', { campaignId: campaign.id, unitId: unit.id })) as WorkRow[];
    expect(theirs.kind).toBe('campaign');
    expect(theirs.counts.works).toBe(works.length);
    expect(theirs.counts.registrations).toBe(1);
    unitPacket = one.path;
    await page.getByText(`Đã xuất gói dữ liệu ${one.name}.`).waitFor();
  });

  test('makes one form per unit as a job: the bar reaches 100 % and offers the zip, one .xlsx per unit', async () => {
    await page.getByTestId('form-scope').getByText('Một tệp cho mỗi đơn vị').click();
    await page.getByTestId('export-form').click();
    const job = page.getByTestId('job-progress');
    const n = campaign.unitIds.length;
    // 254 workbooks take seconds: the bar is caught on its way.
    await page.getByTestId('job-label').filter({ hasText: new RegExp(`^Đang tạo [1-9]\\d*/${n} biểu mẫu$`, 'u') }).waitFor();
    await shot('02-forms-job-running');
    await page.locator('[data-testid="job-progress"][data-state="xong"]').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('job-label').textContent()).toBe(`Đã tạo xong ${n} biểu mẫu`);
    expect(await job.locator('.ant-progress').getAttribute('aria-valuenow')).toBe('100');
    await shot('03-forms-job-done');
    await fitsTheWidth();
    const zip = await downloadFrom(() => job.getByRole('button', { name: /Tải về/u }).click());
    expect(zip.name).toBe('Bieu-mau-dang-ky-tung-don-vi.zip');
    const entries = Object.keys(unzipSync(readFileSync(zip.path)));
    expect(entries).toHaveLength(n);
    expect(entries.every((e) => e.endsWith('.xlsx'))).toBe(true);
    expect(entries).toContain(`Bieu-mau-dang-ky-${unit.code}.xlsx`);
    await page.getByTestId('job-dismiss').click();
    await expect.poll(() => job.count()).toBe(0);
  });

  test("on a unit's install offers only that unit's report and proposal packets", async () => {
    await app.api('settings.save', { installUnitCode: unit.code });
    try {
      await page.reload();
      await page.getByTestId('exchange-export').waitFor();
      const report = page.getByTestId('export-report');
      await expect.poll(() => report.textContent()).toBe(`Gói báo cáo của đơn vị ${unit.code}`);
      expect(await page.getByTestId('export-campaign').count()).toBe(0);
      expect(await page.getByTestId('export-unit-packet').count()).toBe(0);
      await shot('03b-unit-install');
      const file = await downloadFrom(() => report.click());
      expect(file.name).toMatch(/^bao-cao-[a-z0-9-]+-\d+\.tdkt$/u);
      const summary = await readPacket(file.name, file.path);
      expect(summary).toMatchObject({ kind: 'report', sender: { code: unit.code } });
      // The unit's own đề nghị khen thưởng of the campaign travel in their own packet.
      await app.api('proposals.create', { unitId: unit.id, campaignId: campaign.id, year: 2021, submissionNumber: '99/TTr-UBND', submissionDate: '2021-04-10' });
      const proposals = await downloadFrom(() => page.getByTestId('export-proposal').click());
      expect(proposals.name).toMatch(/^de-nghi-khen-thuong-[a-z0-9-]+-\d+\.tdkt$/u);
      expect(await readPacket(proposals.name, proposals.path)).toMatchObject({ kind: 'proposal', sender: { code: unit.code } });
    } finally {
      await app.api('settings.save', { installUnitCode: null });
    }
    await page.reload();
    await page.getByTestId('export-campaign').waitFor();
  });

  test('downloads the units workbook', async () => {
    const book = await downloadFrom(() => page.getByTestId('export-units').click());
    expect(book.name).toBe('Danh-sach-don-vi-khoi-cum.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(book.path) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });
});

describe('Trao đổi dữ liệu: import', () => {
  test('a unit form with an error shows the row and column in Vietnamese and gives the errored rows back', async () => {
    const form = (await app.api('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id })) as { fileName: string; contentBase64: string };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(form.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Đăng ký')!;
    const works = (await app.api('works.list', { campaignId: campaign.id, unitId: unit.id })) as WorkRow[];
    // The first empty row under the unit's works.
    const row = sheet.getRow(works.length + 2);
    row.getCell(columnOf('title')).value = 'Ngày hội đọc sách cho thiếu nhi';
    row.getCell(columnOf('field')).value = 'Lĩnh vực không có';
    row.getCell(columnOf('level')).value = 'Cấp cơ sở';
    await drop(form.fileName, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByRole('tab', { name: /^Lỗi \(1\)/u }).click();
    const errors = page.getByTestId('import-rows-error');
    await errors.getByText(new RegExp(`Dòng ${works.length + 2}.*Lĩnh vực.*'Lĩnh vực không có'`, 'u')).waitFor();
    await shot('04-form-error');
    await fitsTheWidth();
    const back = await downloadFrom(() => page.getByTestId('import-errored-rows').click());
    expect(back.name).toMatch(/\.xlsx$/u);
    const fix = new ExcelJS.Workbook();
    await fix.xlsx.load(readFileSync(back.path) as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    fix.worksheets[0].eachRow((r) => r.eachCell((c) => void cells.push(String(c.value))));
    expect(cells).toContain('Ngày hội đọc sách cho thiếu nhi');
    expect(cells.some((c) => c.includes('Lĩnh vực không có'))).toBe(true);
    await page.getByTestId('import-preview').locator('..').locator('..').getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => page.getByTestId('import-preview').count()).toBe(0);
  });

  test("a unit's report packet: preview counts, a conflict answered, Áp dụng, the log, Hoàn tác lần nhập cuối", async () => {
    // The unit's own install: the packet the secretariat sent it, then its change to one of its works.
    const dir = mkdtempSync(join(folder, 'don-vi-'));
    unitApp = new TdktApp({ dbPath: join(dir, 'don-vi.sqlite'), autoBackup: false });
    const staged = await unitApp.invoke('exchange.preview', { contentBase64: readFileSync(unitPacket).toString('base64'), fileName: 'goi.tdkt' });
    await unitApp.invoke('exchange.apply', { stagingId: staged.stagingId, resolutions: [], skip: [] });
    await unitApp.invoke('settings.save', { installUnitCode: unit.code });
    const ourWork = ((await app.api('works.list', { campaignId: campaign.id, unitId: unit.id })) as WorkRow[])[0];
    const original = (await app.api('works.get', { id: ourWork.id })) as WorkDetail;
    const edit = (w: WorkDetail, title: string) => ({
      id: w.id, campaignId: w.campaignId, unitId: w.unitId, title, field: w.field, level: w.level, target: w.target, dueDate: w.dueDate, owner: w.owner,
    });
    const theirId = unitApp.connection.raw.prepare('SELECT id FROM works WHERE title = ?').pluck().get(original.title) as number;
    const theirTitle = `${original.title} — đơn vị cập nhật`;
    await unitApp.invoke('works.save', edit(await unitApp.invoke('works.get', { id: theirId }), theirTitle));
    const theirCampaign = (await unitApp.invoke('campaigns.list', {}))[0].id;
    const report = await unitApp.invoke('exchange.exportPacket', { campaignId: theirCampaign });
    expect(report.fileName).toMatch(/^bao-cao-/u);
    // Meanwhile the secretariat changed the same title.
    const ourTitle = `${original.title} — thường trực sửa`;
    await app.api('works.save', edit(original, ourTitle));

    await drop(report.fileName, Buffer.from(report.contentBase64, 'base64'));
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('Công trình');
    await page.getByText(/Còn 1 trường mâu thuẫn/u).waitFor();
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await shot('05-report-conflict');
    await fitsTheWidth();
    await page.getByRole('radiogroup', { name: /Tên công trình: giữ của mình hay lấy của họ/u }).getByText('Lấy của họ').click();
    await expect.poll(() => page.getByTestId('import-apply').isDisabled()).toBe(false);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-preview').count()).toBe(0);
    const log = page.getByTestId('packet-log');
    // The unit-install test sent a report packet of the same name from here: the row received is the one.
    await log.locator('.ant-table-row', { hasText: 'Nhận' }).getByText(report.fileName).waitFor();
    await shot('06-applied-log');
    expect(((await app.api('works.get', { id: original.id })) as WorkDetail).title).toBe(theirTitle);

    await log.getByTestId('undo-last-import').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Hoàn tác' }).click();
    await log.getByText(/^Đã hoàn tác/u).waitFor();
    await shot('07-undone');
    await fitsTheWidth();
    expect(((await app.api('works.get', { id: original.id })) as WorkDetail).title).toBe(ourTitle);
  });
});
