// `certificates test-page` as a user runs it, a real process on a real database: the default template
// without --template, a named template through a named printer, and Vietnamese refusals for an unknown
// template, an unknown printer, a printer with several trays and a missing --out.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TdktApp } from '../../../../../../core/app.ts';
import { ROOT, tempDir } from '../../../../helpers.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });

describe('cli certificates test-page', () => {
  const dir = tempDir();
  const db = join(dir, 'tdkt.sqlite');
  beforeAll(async () => {
    const app = new TdktApp({ dbPath: db });
    await app.invoke('certificates.saveCalibration', { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2 });
    await app.invoke('certificates.saveCalibration', { printer: 'Canon LBP 2900', tray: 'Khay 1', offsetXMm: 0, offsetYMm: 0 });
    app.close();
  });

  it('writes the default template’s test page without --template', () => {
    const out = join(dir, 'mac-dinh.pdf');
    const r = cli('certificates', 'test-page', '--db', db, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Đã tạo trang in thử: ${out}\n  In đúng 100 % (không co giãn), đặt lên phôi và soi dưới đèn.\n`);
    expect(pdfText(out)).toContain('mẫu "Giấy khen in trên giấy trắng A4 ngang"');
  });

  it('uses the named template and printer tray', () => {
    const out = join(dir, 'phoi.pdf');
    const r = cli('certificates', 'test-page', '--db', db, '--template', 'phôi giấy khen a4 ngang', '--printer', 'Canon LBP 2900', '--tray', 'Khay tay', '--out', out);
    expect(r.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('mẫu "Phôi Giấy khen A4 ngang"');
    expect(text).toContain('Lệch ngang +1,5 mm, lệch dọc −2 mm');
  });

  it('refuses an unknown template or printer, an ambiguous printer and a missing --out, in Vietnamese', () => {
    const out = join(dir, 'x.pdf');
    expect(cli('certificates', 'test-page', '--db', db, '--template', 'Không có', '--out', out)).toMatchObject({
      code: 1,
      err: 'Lỗi: Không có mẫu giấy khen tên "Không có". Có: "Giấy khen in trên giấy trắng A4 ngang", "Phôi Giấy khen A4 ngang".\n',
    });
    expect(cli('certificates', 'test-page', '--db', db, '--printer', 'HP', '--out', out).err).toBe('Lỗi: Chưa có hiệu chỉnh cho máy in "HP". Có: "Canon LBP 2900".\n');
    expect(cli('certificates', 'test-page', '--db', db, '--printer', 'Canon LBP 2900', '--out', out).err).toBe(
      'Lỗi: Máy in "Canon LBP 2900" có hiệu chỉnh cho nhiều khay: "Khay 1", "Khay tay". Chọn một bằng --tray.\n',
    );
    expect(cli('certificates', 'test-page', '--db', db).err).toBe('Lỗi: Thiếu --out FILE.pdf (tệp trang in thử sẽ tạo).\n');
    expect(cli('certificates').err).toBe(
      'Lỗi: Chọn một việc: in theo quyết định (certificates --db FILE --decision ID --out FILE.docx) hoặc test-page (ví dụ: certificates test-page --db FILE --out in-thu.pdf).\n',
    );
  });
});
