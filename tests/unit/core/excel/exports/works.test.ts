// Công trình to Excel: with the page's filter the export holds exactly the works works.list gives for
// it, every column typed (days are dates, STT a number), the filter named above the header.
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Args } from '../../../../../core/api/contract.ts';
import { workFlagLabel, workLevelLabel, workStatusLabel } from '../../../../../core/api/labels.ts';
import type { WorkRow } from '../../../../../core/api/types.ts';
import type { TdktApp } from '../../../../../core/app.ts';
import { demoApp } from '../../../helpers.ts';
import { expectListFrame, readWorkbook, rowValues, sheetOf } from '../read-back.ts';

const HEADERS = [
  'STT', 'Mã đơn vị', 'Tên đơn vị', 'Tên công trình, phần việc', 'Lĩnh vực', 'Cấp', 'Chỉ tiêu', 'Thời hạn', 'Người phụ trách',
  'Tình trạng', 'Ngày đăng ký', 'Ngày hoàn thành', 'Cần xem lại',
];

let app: TdktApp;
let campaignId: number;
beforeAll(async () => {
  app = await demoApp();
  campaignId = (await app.invoke('stats.campaign', {})).campaign.id;
}, 60_000);
afterAll(() => app.close());

async function sheetFor(args: Args<'excel.export'>, name: string): Promise<ExcelJS.Worksheet> {
  const file = await app.invoke('excel.export', args);
  return sheetOf(await readWorkbook(Buffer.from(file.contentBase64, 'base64')), name);
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : undefined);

/** A work as its row reads back: typed cells, empty ones undefined. */
function expectedRow(w: WorkRow, i: number): unknown[] {
  const text = (t: string) => t || undefined;
  return [
    i + 1, w.unitCode, w.unitName, w.title, text(w.field), workLevelLabel[w.level], text(w.target), day(w.dueDate), text(w.owner),
    workStatusLabel[w.status], day(w.registeredOn), day(w.completedOn), text(w.flags.map((f) => workFlagLabel[f]).join('; ')),
  ];
}

function dataRows(sheet: ExcelJS.Worksheet, headerRow: number, count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => {
    const values = rowValues(sheet, headerRow + 1 + i);
    return Array.from({ length: HEADERS.length }, (_, c) => values[c]);
  });
}

describe('works export', () => {
  it('holds the works works.list gives for each filter of the page, typed', async () => {
    const all = await app.invoke('works.list', { campaignId });
    const unitId = all[0].unitId;
    const filters: Omit<Args<'works.list'>, 'campaignId'>[] = [{}, { status: 'hoan_thanh' }, { unitId }, { query: 'cay xanh' }, { flag: 'no_target', status: 'dang_thuc_hien' }];
    for (const filter of filters) {
      const works = await app.invoke('works.list', { campaignId, ...filter });
      const sheet = await sheetFor({ list: 'works', campaignId, ...filter }, 'Công trình');
      const captions = Number(filter.status !== undefined) + Number(filter.unitId !== undefined) + Number(filter.query !== undefined) + Number(filter.flag !== undefined);
      const headerRow = expectListFrame(sheet, HEADERS, works.length, 2 + captions);
      const rows = dataRows(sheet, headerRow, works.length);
      expect(rows.map((r) => r[3])).toEqual(works.map((w) => w.title));
      // Days come back as Date cells, counts as numbers, empty cells empty.
      expect(rows).toEqual(works.map(expectedRow));
    }
  });

  it('names the campaign and the filter above the header', async () => {
    const unit = (await app.invoke('works.list', { campaignId }))[0];
    const sheet = await sheetFor({ list: 'works', campaignId, unitId: unit.unitId, status: 'dang_thuc_hien', query: 'cây' }, 'Công trình');
    const campaign = await app.invoke('campaigns.get', { id: campaignId });
    expect([1, 2, 3, 4, 5].map((r) => rowValues(sheet, r)[0])).toEqual([
      'Danh sách công trình, phần việc',
      `Đợt thi đua: ${campaign.name}`,
      `Đơn vị: ${unit.unitName}`,
      'Tình trạng: Đang thực hiện',
      'Tìm: cây',
    ]);
  });

  it('exports the works needing a second look, each with its flags', async () => {
    const flagged = (await app.invoke('works.list', { campaignId })).filter((w) => w.flags.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    const sheet = await sheetFor({ list: 'flagged', campaignId }, 'Cần xem lại');
    const headerRow = expectListFrame(sheet, HEADERS, flagged.length, 2);
    const rows = dataRows(sheet, headerRow, flagged.length);
    expect(rows.map((r) => r[3])).toEqual(flagged.map((w) => w.title));
    expect(rows).toEqual(flagged.map(expectedRow));
  });
});
