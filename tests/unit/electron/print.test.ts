// Printing a PDF from the desktop shell against a stand-in for `electron` (the binary cannot run here):
// the paper size read from a real PDF drawn by pdfkit, the print options built from it (microns, no
// margins, scale 100, the calibration's printer only when installed), the file refused unless it is a
// PDF of the data folder, and the hidden window loading it, printing it and going away — a closed
// dialog is no error, a failed print a Vietnamese message — over the one shell channel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers.ts';

const fake = vi.hoisted(() => ({
  windows: [] as { options: unknown; url: string; printed: unknown; destroyed: boolean }[],
  answer: { success: true, reason: '' },
  printers: ['Canon LBP 2900', 'HP LaserJet Pro M404dn'],
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    record: (typeof fake.windows)[number];
    webContents: unknown;
    constructor(options: unknown) {
      this.record = { options, url: '', printed: null, destroyed: false };
      fake.windows.push(this.record);
      this.webContents = {
        getPrintersAsync: async () => fake.printers.map((name) => ({ name })),
        print: (options: unknown, done: (success: boolean, reason: string) => void) => {
          this.record.printed = options;
          setTimeout(() => done(fake.answer.success, fake.answer.reason), 0);
        },
      };
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const { pdfPaperSize, printOptions, printablePath, printPdf } = await import('../../../electron/print.ts');
const { createShellHandler, NO_PRINTING, BAD_SHELL_ARGS } = await import('../../../electron/dialogs.ts');

/** A real PDF of one page, the size of an A4 blank fed landscape (297 × 210 mm). */
function pdfOfA4Landscape(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [841.89, 595.28], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.text('Nguyễn Lê Hoàng Phương Uyên', 100, 200);
  doc.end();
  return new Promise((done) => doc.on('end', () => done(Buffer.concat(chunks))));
}

async function dataFolderWithPdf(): Promise<{ dataDir: string; pdf: string }> {
  const dataDir = tempDir('tdkt-print-');
  mkdirSync(join(dataDir, 'giay-khen'));
  const pdf = join(dataDir, 'giay-khen', 'giay-khen_01-QĐ-UBND.pdf');
  writeFileSync(pdf, await pdfOfA4Landscape());
  return { dataDir, pdf };
}

beforeEach(() => {
  fake.windows.length = 0;
  fake.answer = { success: true, reason: '' };
});

describe('the print options of a PDF', () => {
  it('reads the paper from the PDF and prints it as it is: microns, no margins, scale 100', async () => {
    const paper = pdfPaperSize(await pdfOfA4Landscape())!;
    expect(paper.widthMm).toBeCloseTo(297, 1);
    expect(paper.heightMm).toBeCloseTo(210, 1);
    expect(printOptions(paper, 'HP LaserJet Pro M404dn', fake.printers)).toEqual({
      silent: false,
      printBackground: true,
      color: true,
      landscape: true,
      scaleFactor: 100,
      margins: { marginType: 'none' },
      pageSize: { width: 210_000, height: 297_000 },
      copies: 1,
      header: '',
      footer: '',
      deviceName: 'HP LaserJet Pro M404dn',
    });
    // A portrait A5 blank; a printer that is not installed is not named (the dialog picks one).
    const a5 = printOptions({ widthMm: 148, heightMm: 210 }, 'Máy in đã tháo', fake.printers);
    expect(a5).toMatchObject({ landscape: false, pageSize: { width: 148_000, height: 210_000 } });
    expect(a5).not.toHaveProperty('deviceName');
    expect(pdfPaperSize(Buffer.from('not a pdf'))).toBeNull();
  });

  it('prints only a PDF of the data folder, that is there', async () => {
    const { dataDir, pdf } = await dataFolderWithPdf();
    expect(printablePath(pdf, dataDir)).toBe(pdf);
    for (const bad of [join(dataDir, '..', 'khac.pdf'), '/etc/passwd', 'giay-khen/giay-khen_01-QĐ-UBND.pdf', join(dataDir, 'tdkt.sqlite')]) {
      expect(() => printablePath(bad, dataDir), bad).toThrow('Chỉ in được tệp PDF do phần mềm tạo trong thư mục dữ liệu.');
    }
    expect(() => printablePath(join(dataDir, 'giay-khen', 'khong-co.pdf'), dataDir)).toThrow(/^Không tìm thấy tệp/u);
  });
});

describe('printing from the desktop shell', () => {
  it('loads the file in a hidden window of its own, prints it at 100 % and closes the window', async () => {
    const { dataDir, pdf } = await dataFolderWithPdf();
    expect(await printPdf(pdf, { dataDir, printer: 'Canon LBP 2900' })).toEqual({ printed: true });
    expect(fake.windows).toHaveLength(1);
    const [w] = fake.windows;
    expect(w.options).toMatchObject({ show: false, webPreferences: { partition: 'tdkt-print', plugins: true, sandbox: true, contextIsolation: true } });
    expect(w.url).toBe(pathToFileURL(pdf).href);
    expect(w.printed).toMatchObject({ scaleFactor: 100, margins: { marginType: 'none' }, deviceName: 'Canon LBP 2900', pageSize: { width: 210_000, height: 297_000 } });
    expect(w.destroyed).toBe(true);
  });

  it('takes a closed dialog as no print, and a failed one as a Vietnamese message over the shell channel', async () => {
    const { dataDir, pdf } = await dataFolderWithPdf();
    const shell = createShellHandler(
      () => null,
      (a) => printPdf(a.path, { dataDir, printer: a.printer }),
    );
    fake.answer = { success: false, reason: 'cancelled' };
    expect(await shell('shell.printPdf', { path: pdf })).toEqual({ ok: true, result: { printed: false } });
    fake.answer = { success: false, reason: 'failed' };
    expect(await shell('shell.printPdf', { path: pdf })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Máy in không nhận lệnh in. Kiểm tra máy in (bật, có giấy, đúng khay) rồi thử lại.' },
    });
    expect(fake.windows.every((w) => w.destroyed)).toBe(true);
    expect(await shell('shell.printPdf', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { message: 'Chỉ in được tệp PDF do phần mềm tạo trong thư mục dữ liệu.' } });
    expect(await shell('shell.printPdf', { file: pdf })).toEqual({ ok: false, error: { code: 'invalid', message: BAD_SHELL_ARGS } });
    // A shell built without a printer (not the desktop app's) says how to print instead.
    expect(await createShellHandler(() => null)('shell.printPdf', { path: pdf })).toEqual({ ok: false, error: { code: 'invalid', message: NO_PRINTING } });
  });
});
