// excel.export over the demo campaign (254 wards and offices, 703 works): every list comes back as a
// workbook exceljs reads, its frame right, its rows those of the screen's own method, named in ASCII.
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Args } from '../../../../core/api/contract.ts';
import type { TdktApp } from '../../../../core/app.ts';
import { demoApp, refusal } from '../../helpers.ts';
import { expectListFrame, expectTextCells, readWorkbook } from './read-back.ts';

let app: TdktApp;
let campaignId: number;
beforeAll(async () => {
  app = await demoApp();
  campaignId = (await app.invoke('stats.campaign', {})).campaign.id;
}, 60_000);
afterAll(() => app.close());

async function exported(args: Args<'excel.export'>) {
  const file = await app.invoke('excel.export', args);
  return { file, workbook: await readWorkbook(Buffer.from(file.contentBase64, 'base64')) };
}

/** The caption lines above the header: the bold lines before the row that starts with the first header. */
function captionLines(sheet: ExcelJS.Worksheet, firstHeader: string): number {
  for (let r = 1; r <= 10; r++) if (sheet.getRow(r).getCell(1).value === firstHeader) return r - 1;
  throw new Error(`no header "${firstHeader}" in ${sheet.name}`);
}

function headersOf(sheet: ExcelJS.Worksheet, row: number): string[] {
  return (sheet.getRow(row).values as unknown[]).slice(1) as string[];
}

describe('excel.export', () => {
  it('exports each list with as many rows as its screen lists', async () => {
    const stats = await app.invoke('stats.campaign', {});
    const expected: [Args<'excel.export'>, string, number][] = [
      [{ list: 'units', includeInactive: true }, 'Danh-sach-don-vi.xlsx', (await app.invoke('org.listUnits', { includeInactive: true })).length],
      [{ list: 'groups' }, 'Danh-sach-khoi-cum.xlsx', (await app.invoke('org.listGroups', {})).length],
      [{ list: 'campaigns' }, 'Danh-sach-dot-phong-trao-thi-dua.xlsx', (await app.invoke('campaigns.list', {})).length],
      [{ list: 'works', campaignId }, 'Danh-sach-cong-trinh-phan-viec.xlsx', (await app.invoke('works.list', { campaignId })).length],
      [{ list: 'unreported' }, 'Don-vi-chua-bao-cao.xlsx', stats.notReported.length],
      [{ list: 'overdue' }, 'Cong-trinh-phan-viec-qua-han.xlsx', stats.overdueWorks.length],
      [{ list: 'documents' }, 'So-van-ban.xlsx', (await app.invoke('documents.list', {})).length],
      [{ list: 'awards' }, 'So-khen-thuong.xlsx', (await app.invoke('awards.list', {})).length],
    ];
    for (const [args, fileName, rows] of expected) {
      const { file, workbook } = await exported(args);
      expect(file.fileName).toBe(fileName);
      expect(file.rows).toBe(rows);
      const sheet = workbook.worksheets[0];
      const captions = captionLines(sheet, 'STT');
      const headerRow = expectListFrame(sheet, headersOf(sheet, captions + 1), rows, captions);
      expectTextCells(sheet, headerRow);
      // STT counts the rows.
      expect(rows === 0 || sheet.getRow(headerRow + rows).getCell(1).value === rows).toBe(true);
    }
  });

  it('names the dashboard after its campaign, in ASCII', async () => {
    const { file, workbook } = await exported({ list: 'dashboard' });
    expect(file.fileName).toBe('Tong-quan-Dot-hoat-dong-cao-diem-thi-dua-chao-mung-100-ngay-thanh-lap-thanh-pho-Thu-Duc.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo khối, cụm', 'Theo lĩnh vực', 'Chưa báo cáo', 'Quá hạn', 'Mốc thời gian']);
  });

  it('refuses in Vietnamese a list it does not know and a campaign that does not exist', async () => {
    expect((await refusal(app, 'excel.export', { list: 'people' })).message).toMatch(/Chọn danh sách cần xuất ra Excel/u);
    expect((await refusal(app, 'excel.export', { list: 'works' })).message).toMatch(/[À-ỹ]/u);
    expect((await refusal(app, 'excel.export', { list: 'units', limit: 3 })).message).toMatch(/limit/u);
    expect((await refusal(app, 'excel.export', { list: 'works', campaignId: 9999 })).message).toMatch(/đợt thi đua có mã số 9999/u);
    expect((await refusal(app, 'excel.export', { list: 'dashboard', campaignId: 9999 })).message).toMatch(/đợt thi đua có mã số 9999/u);
  });
});
