// The form's Ghi chú both ways on a real database: written from the latest status entry's note, edited
// in the workbook as a unit would, read back, previewed as a changed field, applied into the work's
// history, and written again. Before, the column was always written empty and a note with no new
// status was dropped on the way in.
import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../core/api/types.ts';
import type { TdktApp } from '../../../../../core/app.ts';
import { columnOf } from '../../../../../core/exchange/forms/registration-layout.ts';
import { freshApp, unitAndCampaign } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

async function sheetOf(contentBase64: string): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  return { workbook, sheet: workbook.getWorksheet('Đăng ký')! };
}

const noteOf = (sheet: ExcelJS.Worksheet, r: number) => sheet.getRow(r).getCell(columnOf('note')).value;

it('carries a work\'s ghi chú out in the form and back: previewed as a changed field, applied into its history', async () => {
  const app = freshApp();
  apps.push(app);
  const raw = app.connection.raw;
  const { unit, campaign } = await unitAndCampaign(app);
  const trees = await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Trồng 500 cây xanh', field: 'Trồng cây xanh', level: 'co_so', target: '500 cây', dueDate: null, owner: '',
  });
  const counter = await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Một cửa liên thông', field: 'Cải cách hành chính', level: 'co_so', target: '', dueDate: null, owner: '',
  });
  await app.invoke('works.setStatus', { id: trees.id, status: 'dang_thuc_hien', date: '2021-04-20', note: 'Đã trồng 200 cây' });

  const form = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
  const { workbook, sheet } = await sheetOf(form.contentBase64);
  // Rows in the order the works were registered: the latest entry's note, the registration's for the second.
  expect([noteOf(sheet, 2), noteOf(sheet, 3)]).toEqual(['Đã trồng 200 cây', 'Đăng ký']);

  sheet.getRow(2).getCell(columnOf('note')).value = 'Đã trồng 350/500 cây';
  sheet.getRow(3).getCell(columnOf('status')).value = 'Đang thực hiện';
  sheet.getRow(3).getCell(columnOf('note')).value = 'Đã chạy thử phần mềm một cửa';
  const row = sheet.getRow(4);
  row.getCell(columnOf('title')).value = 'Sửa chữa nhà văn hóa khu phố 3';
  row.getCell(columnOf('field')).value = 'Trồng cây xanh';
  row.getCell(columnOf('level')).value = 'Cấp cơ sở';
  row.getCell(columnOf('note')).value = 'Kinh phí xã hội hóa';
  const edited = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

  const preview = await app.invoke('exchange.preview', { fileName: 'P01.xlsx', contentBase64: edited });
  const byRow = (place: string) => preview.rows.find((r) => r.place.endsWith(place))!;
  expect(byRow('dòng 2')).toMatchObject({ action: 'changed', diff: [{ field: 'note', label: 'Ghi chú', ours: 'Đã trồng 200 cây', theirs: 'Đã trồng 350/500 cây', changedBy: 'theirs' }] });
  expect(byRow('dòng 3').diff.map((d) => [d.label, d.ours, d.theirs])).toEqual([
    ['Tình trạng', 'Đã đăng ký', 'Đang thực hiện'],
    ['Ghi chú', 'Đăng ký', 'Đã chạy thử phần mềm một cửa'],
  ]);
  expect(byRow('dòng 4').action).toBe('new');

  await app.invoke('exchange.apply', { stagingId: preview.stagingId });
  const history = (id: number) => raw.prepare('SELECT date, status, note, source FROM work_updates WHERE work_id = ? ORDER BY date, id').all(id);
  // The app's "today" is 2021-04-20 (the day the works were registered too): a note alone is progress
  // reported that day, under the same status.
  expect(history(trees.id)).toEqual([
    { date: '2021-04-20', status: 'da_dang_ky', note: 'Đăng ký', source: 'app' },
    { date: '2021-04-20', status: 'dang_thuc_hien', note: 'Đã trồng 200 cây', source: 'app' },
    { date: '2021-04-20', status: 'dang_thuc_hien', note: 'Đã trồng 350/500 cây', source: 'import' },
  ]);
  expect(history(counter.id).at(-1)).toEqual({ date: '2021-04-20', status: 'dang_thuc_hien', note: 'Đã chạy thử phần mềm một cửa', source: 'import' });
  const added = raw.prepare("SELECT id FROM works WHERE title = 'Sửa chữa nhà văn hóa khu phố 3'").pluck().get() as number;
  expect(history(added)).toEqual([{ date: '2021-04-20', status: 'da_dang_ky', note: 'Kinh phí xã hội hóa', source: 'import' }]);

  // Written again, the form shows the new notes; read back untouched, it changes nothing.
  const again = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
  const second = await sheetOf(again.contentBase64);
  expect([2, 3, 4].map((r) => noteOf(second.sheet, r))).toEqual(['Đã trồng 350/500 cây', 'Đã chạy thử phần mềm một cửa', 'Kinh phí xã hội hóa']);
  const unchanged = (await app.invoke('exchange.preview', { fileName: 'P01-lan-2.xlsx', contentBase64: again.contentBase64 })) as ImportPreview;
  expect(unchanged.toWrite).toBe(0);
  expect(unchanged.rows.filter((r) => r.kind === 'works').map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);

  // A Ghi chú emptied says nothing new: it neither shows as a change nor removes the note.
  const cleared = await sheetOf(again.contentBase64);
  cleared.sheet.getRow(2).getCell(columnOf('note')).value = null;
  const clearedBase64 = Buffer.from(await cleared.workbook.xlsx.writeBuffer()).toString('base64');
  const blank = await app.invoke('exchange.preview', { fileName: 'P01-lan-3.xlsx', contentBase64: clearedBase64 });
  expect(blank.toWrite).toBe(0);
});
