// Tổng quan to Excel: each table holds the dashboard's own figures at the same date and rounding; a
// rate is a percent cell whose value shows as the dashboard's "46,46%".
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignStats } from '../../../../../core/api/types.ts';
import type { TdktApp } from '../../../../../core/app.ts';
import { formatDateShort } from '../../../../../core/text/dates.ts';
import { demoApp } from '../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

let app: TdktApp;
beforeAll(async () => {
  app = await demoApp();
}, 60_000);
afterAll(() => app.close());

/** A percent cell's value as the dashboard writes it: "46,46%". */
function shown(value: unknown): string {
  const hundredths = Math.round((value as number) * 10_000);
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
}

async function dashboard(args: { asOf?: string; truncate?: boolean }): Promise<{ book: ExcelJS.Workbook; stats: CampaignStats }> {
  const file = await app.invoke('excel.export', { list: 'dashboard', ...args });
  return { book: await readWorkbook(Buffer.from(file.contentBase64, 'base64')), stats: await app.invoke('stats.campaign', args) };
}

describe('dashboard export', () => {
  for (const args of [{}, { asOf: '2021-04-12', truncate: true }, { asOf: '2021-05-19', truncate: false }]) {
    it(`holds the figures of stats.campaign ${JSON.stringify(args)}`, async () => {
      const { book, stats: s } = await dashboard(args);
      const groups = sheetOf(book, 'Theo khối, cụm');
      // The title, the campaign, the date and, when some units are in no khối or cụm, a note saying so.
      const headerRow = s.ungroupedUnits ? 5 : 4;
      expect(rowValues(groups, 2)).toEqual([`Đợt thi đua: ${s.campaign.name}`]);
      expect(rowValues(groups, 3)).toEqual([`Tính đến ngày ${formatDateShort(s.asOf)}`]);
      expect(rowValues(groups, headerRow)[0]).toBe('Khối, cụm');
      s.byGroup.forEach((g, i) => {
        const [, name, units, reported, reportedRate, works, completed, completedRate] = rowValues(groups, headerRow + 1 + i);
        expect([name, units, reported, works, completed]).toEqual([g.name, g.units, g.reported, g.works, g.completed]);
        expect([shown(reportedRate), shown(completedRate)]).toEqual([g.reportedPercent, g.completedPercent]);
      });
      const total = rowValues(groups, headerRow + 1 + s.byGroup.length);
      expect(total.slice(1, 4)).toEqual(['Tổng cộng', s.groupTotal.units, s.groupTotal.reported]);
      expect(shown(total[4])).toBe(s.groupTotal.reportedPercent);
      expect(shown(total[7])).toBe(s.groupTotal.completedPercent);
      expect(groups.getRow(headerRow + 1 + s.byGroup.length).getCell(2).font?.bold).toBe(true);
      // The total row stays out of the filter, so sorting leaves it last.
      expect(groups.autoFilter).toBe(`A${headerRow}:H${headerRow + s.byGroup.length}`);

      const summary = sheetOf(book, 'Tổng hợp');
      const reported = [5, 6, 7].map((r) => rowValues(summary, r)).find((r) => r[0] === 'Đơn vị có báo cáo')!;
      expect(reported.slice(1, 3)).toEqual([s.units.reported, s.units.registered]);
      expect(shown(reported[3])).toBe(s.units.reportedPercent);

      const fields = sheetOf(book, 'Theo lĩnh vực');
      s.byField.forEach((f, i) => {
        const row = rowValues(fields, 5 + i);
        expect(row.slice(1, 3)).toEqual([f.works, f.completed]);
        expect(shown(row[3])).toBe(f.completedPercent);
      });
      expect(sheetOf(book, 'Chưa báo cáo').rowCount).toBe(4 + s.notReported.length);
      expect(sheetOf(book, 'Quá hạn').rowCount).toBe(4 + s.overdueWorks.length);
      const overdue = sheetOf(book, 'Quá hạn');
      s.overdueWorks.slice(0, 20).forEach((w, i) => {
        expect(rowValues(overdue, 5 + i)).toEqual([i + 1, w.unitName, w.title, new Date(`${w.dueDate}T00:00:00Z`), w.daysOverdue]);
      });
    });
  }

  it('exports the units not reported and the overdue works alone, at the date asked', async () => {
    const s = await app.invoke('stats.campaign', { asOf: '2021-04-12' });
    const unreported = await app.invoke('excel.export', { list: 'unreported', asOf: '2021-04-12' });
    const sheet = sheetOf(await readWorkbook(Buffer.from(unreported.contentBase64, 'base64')), 'Chưa báo cáo');
    expect(rowValues(sheet, 4)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Khối, cụm', 'Số công trình đăng ký']);
    s.notReported.forEach((u, i) => {
      expect(rowValues(sheet, 5 + i)).toEqual([i + 1, u.code, u.name, u.group ?? 'Chưa xếp khối, cụm', u.works]);
    });
    expect(unreported.rows).toBe(s.notReported.length);
    const overdue = await app.invoke('excel.export', { list: 'overdue', asOf: '2021-04-12' });
    expect(overdue.rows).toBe(s.overdueWorks.length);
  });
});
