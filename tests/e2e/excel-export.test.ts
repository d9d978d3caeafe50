// "Xuất Excel" on the Đơn vị page in a real browser against the real host, on the demo database: the
// file the browser downloads is the list on screen (the search narrows both), named in ASCII, its header
// bold and frozen, and a unit named like a formula is text in it, never a formula.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type Running, SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { createUi } from './ui.ts';

const shots = join(SHOTS, 'excel-export');
const HOSTILE = '=HYPERLINK("http://evil.example/?x","Bấm vào đây")';
let app: Running;
let page: Page;
let folder: string;
const { shot, menu, text } = createUi(() => page, shots);

openSession(
  {
    shots,
    async prepare(a) {
      folder = mkdtempSync(join(tmpdir(), 'tdkt-e2e-xlsx-'));
      await a.api('org.saveUnit', { code: 'ZZ-1', name: HOSTILE, kind: 'khac' });
    },
    cleanup: () => {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  },
  (a) => {
    app = a;
    page = a.page;
  },
);

/** Clicks the "Xuất Excel" button `testId` and reads the downloaded workbook's first sheet. */
async function exportUnits(testId = 'export-excel'): Promise<{ name: string; sheet: ExcelJS.Worksheet }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const saved = join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  return { name: download.suggestedFilename(), sheet: workbook.worksheets[0] };
}

/** "255 đơn vị" on the page, as a number. */
async function unitCount(): Promise<number> {
  return Number((await text('unit-count'))?.replace(/\D/gu, ''));
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('Xuất Excel', () => {
  test('downloads the units on screen, the formula-like name as text', async () => {
    await menu('Đơn vị');
    await page.getByTestId('units-table').waitFor();
    // "Đang tải…" until the list is in.
    await expect.poll(unitCount).toBeGreaterThan(250);
    const count = await unitCount();
    const { name, sheet } = await exportUnits();
    expect(name).toBe('Danh-sach-don-vi.xlsx');
    await page.getByText(/Đã xuất .* dòng ra tệp Danh-sach-don-vi\.xlsx/u).waitFor();
    await shot('01-units-exported');
    expect(values(sheet, 1)).toEqual(['Danh sách đơn vị']);
    expect(values(sheet, 2)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Đơn vị cấp trên', 'Khối, cụm', 'Trạng thái']);
    expect(sheet.getRow(2).getCell(3).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe(`A2:H${2 + count}`);
    expect(sheet.rowCount).toBe(2 + count);
    const hostile = Array.from({ length: count }, (_, i) => sheet.getRow(3 + i).getCell(3)).find((c) => c.value === HOSTILE);
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.formula).toBeUndefined();
  });

  test('downloads only what the search finds', async () => {
    const all = await unitCount();
    await page.getByTestId('unit-search').fill('linh trung');
    await expect.poll(unitCount).toBeLessThan(all);
    const found = (await app.api('org.listUnits', { query: 'linh trung' })) as { code: string }[];
    expect(await unitCount()).toBe(found.length);
    const { sheet } = await exportUnits();
    expect(values(sheet, 2)).toEqual(['Tìm: linh trung']);
    expect(sheet.rowCount).toBe(3 + found.length);
    const codes = Array.from({ length: found.length }, (_, i) => sheet.getRow(4 + i).getCell(2).value);
    expect(codes).toEqual(found.map((u) => u.code));
  });

  test('downloads the dashboard tab on screen at 1366×768', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await menu('Tổng quan');
    await page.getByTestId('dashboard').waitFor();
    const tab = page.getByRole('tab', { name: /^Chưa báo cáo/u });
    await tab.waitFor();
    // Every tab stays in the bar, none pushed into an overflow menu. antd measures the bar after the
    // tabs render, so the hidden "more" button appears a frame later: poll for it.
    await expect.poll(() => page.locator('.ant-tabs-nav-operations-hidden').count()).toBe(1);
    await tab.click();
    const shown = Number((await tab.textContent())?.replace(/\D/gu, ''));
    await page.getByTestId('export-unreported').waitFor();
    await shot('02-dashboard-not-reported');
    const { name, sheet } = await exportUnits('export-unreported');
    expect(name).toBe('Don-vi-chua-bao-cao.xlsx');
    expect(values(sheet, 4)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Khối, cụm', 'Số công trình đăng ký']);
    expect(sheet.rowCount).toBe(4 + shown);

    await page.getByRole('tab', { name: /^Theo khối, cụm/u }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-dashboard').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^Tong-quan-.*\.xlsx$/u);
  });

  test('downloads the works of the filter on screen, the toolbar on one line at 1366×768', async () => {
    await menu('Công trình');
    await page.getByTestId('works-table').locator('.ant-table-row').first().waitFor();
    await page.getByTestId('work-search').fill('cay xanh');
    await expect.poll(() => text('work-count')).not.toMatch(/^703 /u);
    const shown = Number((await text('work-count'))?.replace(/\D/gu, ''));
    expect(shown).toBeGreaterThan(0);
    // The search box, the filters, the count and "Chuyển tiếp" share one line: the button is in the title bar.
    const toolbar = await page.locator('.toolbar').first().boundingBox();
    expect(toolbar?.height).toBeLessThan(48);
    await shot('03-works-filtered');
    const { name, sheet } = await exportUnits();
    expect(name).toBe('Danh-sach-cong-trinh-phan-viec.xlsx');
    expect(values(sheet, 3)).toEqual(['Tìm: cay xanh']);
    expect(sheet.rowCount).toBe(4 + shown);
  });
});
