// What a spreadsheet program really does with an export: LibreOffice Calc opens the file and saves the
// cells as shown (csv). Text that looks like a formula must come out as that text, where a real formula
// (the control, written by exceljs) comes out computed; numbers, percents and days must show the
// Vietnamese way whatever the machine's own locale. Needs Calc (Debian: libreoffice-calc-nogui).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutList } from '../../../../core/excel/layout.ts';
import { newWorkbook, workbookBytes } from '../../../../core/excel/sheet.ts';
import { listWorkbookFile } from '../../../../core/excel/workbook-file.ts';
import { columns, HOSTILE, sample } from './sample.ts';

const hasCalc = existsSync('/usr/bin/soffice') && existsSync('/usr/lib/libreoffice/program/libsclo.so');
const dir = mkdtempSync(join(tmpdir(), 'tdkt-xlsx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Calc's csv of the first sheet, cells as shown, UTF-8; a profile of its own (two conversions race on one). */
function asShown(name: string, bytes: Uint8Array): string[][] {
  writeFileSync(join(dir, `${name}.xlsx`), bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, `profile-${name}`)}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', dir, join(dir, `${name}.xlsx`)],
    { stdio: 'ignore', timeout: 120_000, env: { ...process.env, LANG: 'en_US.UTF-8' } },
  );
  return readFileSync(join(dir, `${name}.csv`), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/gu)].filter((m) => m.index === 0 || line[m.index - 1] === ',').map((m) => (m[1] ?? m[2]).replaceAll('""', '"')));
}

describe.skipIf(!hasCalc)('an export opened by LibreOffice Calc', () => {
  it('shows formula-like text as text and Vietnamese numbers, percents and days', async () => {
    const control = newWorkbook();
    control.addWorksheet('A').addRow([{ formula: '1+1' }, '=1+1']);
    const computed = asShown('control', await workbookBytes(control));
    expect(computed[0]).toEqual(['2', '=1+1']);

    const rows = asShown('export', listWorkbookFile([layoutList('Đơn vị', columns, sample)]));
    expect(rows[0]).toEqual(['Tên đơn vị', 'Số tiền', 'Số công trình', 'Tỷ lệ', 'Ngày']);
    expect(rows[1]).toEqual(['Phường Linh Trung', '1.234,5', '12', '46,46%', '12/3/2021']);
    HOSTILE.forEach((text, i) => {
      expect(rows[i + 2][0]).toBe(text.trim());
    });
  }, 120_000);
});
