// `npm run cli -- excel-form` as a real process on a real demo database: the file it writes is the form
// the API writes, read back clean; bad arguments get a Vietnamese line and exit code 1.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../../../helpers.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('excel-form', () => {
  const dir = tempDir();
  const db = join(dir, 'demo.sqlite');

  it('writes the all-units form, one unit’s form and the per-unit zip', async () => {
    expect(cli('demo', '--db', db).code).toBe(0);
    const all = join(dir, 'all.xlsx');
    expect(cli('excel-form', '--db', db, '--campaign', '1', '--out', all)).toMatchObject({ code: 0 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(all) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Đăng ký')!.rowCount).toBeGreaterThan(500);
    const firstCode = String(workbook.getWorksheet('Danh mục')!.getRow(2).getCell(1).value);
    const one = join(dir, 'one.xlsx');
    expect(cli('excel-form', '--db', db, '--campaign', '1', '--unit', firstCode, '--out', one).code).toBe(0);
    const zip = join(dir, 'units.zip');
    expect(cli('excel-form', '--db', db, '--campaign', '1', '--per-unit', '--out', zip).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(zip))).length).toBeGreaterThan(100);
  }, 240_000);

  it('refuses bad arguments in Vietnamese', () => {
    expect(cli('excel-form', '--db', db, '--out', join(dir, 'x.xlsx'))).toMatchObject({ code: 1, err: 'Lỗi: Thiếu --campaign ID (mã số đợt thi đua).\n' });
    expect(cli('excel-form', '--db', db, '--campaign', '1', '--out', join(dir, 'x.docx'))).toMatchObject({ code: 1, err: 'Lỗi: Tệp --out phải có đuôi .xlsx.\n' });
    expect(cli('excel-form', '--db', db, '--campaign', '1', '--unit', 'KHONG-CO', '--out', join(dir, 'x.xlsx'))).toMatchObject({
      code: 1,
      err: 'Lỗi: Không có đơn vị mã "KHONG-CO".\n',
    });
    expect(cli('excel-form', '--db', db, '--campaign', '99', '--out', join(dir, 'x.xlsx'))).toMatchObject({ code: 1, err: 'Lỗi: Không tìm thấy đợt thi đua có mã số 99.\n' });
  });
});
