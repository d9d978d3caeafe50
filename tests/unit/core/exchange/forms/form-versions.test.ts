// The versions a handed-out workbook leaves behind, on a real database: we change a row after the
// registration form or the units workbook left, the unit changes another field of it in the workbook,
// and reading it back merges the two field by field. Without the version kept when the workbook was
// written, both fields came back as conflicts (or ours was overwritten).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import { TdktApp } from '../../../../../core/app.ts';
import { columnOf } from '../../../../../core/exchange/forms/registration-layout.ts';
import { UNIT_COLUMNS, UNITS_SHEETS } from '../../../../../core/exchange/forms/units-layout.ts';
import { tempDir, unitAndCampaign } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

/** A TdktApp whose clock the test moves, so a change after the workbook left gives a newer updated_at. */
function appWithClock(): { app: TdktApp; setNow(iso: string): void } {
  let now = '2021-04-20T03:00:00.000Z';
  const app = new TdktApp({ dbPath: join(tempDir(), 'tdkt.sqlite'), now: () => new Date(now) });
  apps.push(app);
  return { app, setNow: (iso) => { now = iso; } };
}

async function edit(contentBase64: string, change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

it('merges a form sent back after we changed the work: their status and our người phụ trách both kept, no conflict', async () => {
  const { app, setNow } = appWithClock();
  const { unit, campaign } = await unitAndCampaign(app);
  const work = await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Trồng 500 cây xanh', field: 'Trồng cây xanh', level: 'co_so', target: '500 cây', dueDate: null, owner: 'Tổ dân phố 1',
  });
  const form = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
  // After the form left, the secretariat names another người phụ trách…
  setNow('2021-04-22T03:00:00.000Z');
  await app.invoke('works.save', {
    id: work.id, campaignId: campaign.id, unitId: unit.id, title: 'Trồng 500 cây xanh', field: 'Trồng cây xanh', level: 'co_so', target: '500 cây', dueDate: null, owner: 'Đoàn thanh niên',
  });
  // …while the unit reports the work under way in the form it was given.
  const edited = await edit(form.contentBase64, (book) => {
    book.getWorksheet('Đăng ký')!.getRow(2).getCell(columnOf('status')).value = 'Đang thực hiện';
  });

  const preview = await app.invoke('exchange.preview', { fileName: 'P01.xlsx', contentBase64: edited });
  const row = preview.rows.find((r) => r.kind === 'works')!;
  expect(row.action).toBe('changed');
  expect(row.diff.map((d) => [d.field, d.changedBy])).toEqual([
    ['owner', 'ours'],
    ['status', 'theirs'],
  ]);
  await app.invoke('exchange.apply', { stagingId: preview.stagingId });
  const after = await app.invoke('works.get', { id: work.id });
  expect([after.owner, after.status]).toEqual(['Đoàn thanh niên', 'dang_thuc_hien']);
});

it('merges a units workbook sent back after we renamed the unit: our name and their tên viết tắt both kept', async () => {
  const { app, setNow } = appWithClock();
  const { unit } = await unitAndCampaign(app);
  const book = await app.invoke('exchange.unitsWorkbook', {});
  setNow('2021-04-22T03:00:00.000Z');
  const renamed = await app.invoke('org.saveUnit', { id: unit.id, code: unit.code, name: `${unit.name} (mới)`, shortName: unit.shortName, kind: unit.kind, parentId: unit.parentId ?? null });
  const shortColumn = UNIT_COLUMNS.findIndex((c) => c.key === 'shortName') + 1;
  const edited = await edit(book.contentBase64, (workbook) => {
    const sheet = workbook.getWorksheet(UNITS_SHEETS.units)!;
    sheet.eachRow((row, r) => {
      if (r > 1 && row.getCell(UNIT_COLUMNS.findIndex((c) => c.key === 'code') + 1).value === unit.code) row.getCell(shortColumn).value = 'P. Một';
    });
  });
  const preview = await app.invoke('exchange.preview', { fileName: 'Don-vi.xlsx', contentBase64: edited });
  const row = preview.rows.find((r) => r.kind === 'units' && r.action !== 'unchanged')!;
  expect(row.diff.map((d) => [d.field, d.changedBy])).toEqual([
    ['name', 'ours'],
    ['shortName', 'theirs'],
  ]);
  await app.invoke('exchange.apply', { stagingId: preview.stagingId });
  const after = await app.invoke('org.getUnit', { id: unit.id });
  expect([after.name, after.shortName]).toEqual([renamed.name, 'P. Một']);
});
