// Printing a PDF the app drew (certificates on plain paper or on phôi) at 100 %, from the desktop shell
// (issue 9: "print the PDF directly, with the dialog's scaling off"). The PDF is the exact size of the
// paper with the printer's calibration already in it, so anything that scales, centres or adds margins
// moves every name off its line. Chosen way: load the file in a hidden window of its own (an in-memory
// session with no preload and Chromium's PDF viewer on) and call webContents.print with the paper's
// size in microns, no margins and a scale factor of 100, the system dialog still shown so the user
// picks the printer and tray (the calibration's printer preselected when it is installed). Electron
// printed such a window blank until #43309 (fixed in 30–32, so in 45); pdf.js or an external
// SumatraPDF would each add a dependency for what Chromium already does. Only files of the app's own
// data folder are printed.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type WebContentsPrintOptions } from 'electron';

/** PDF points (1/72 inch) → mm. */
const MM_PER_POINT = 25.4 / 72;

export interface PaperSize {
  widthMm: number;
  heightMm: number;
}

/**
 * The first page's size, from its /MediaBox (pdfkit writes the page dictionaries uncompressed; every
 * page of a batch has the same paper). Null when the file holds none: not one of the app's PDFs.
 */
export function pdfPaperSize(pdf: Buffer): PaperSize | null {
  const m = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/u.exec(pdf.toString('latin1'));
  if (!m) return null;
  const [x0, y0, x1, y1] = m.slice(1).map(Number);
  const widthMm = Math.abs(x1 - x0) * MM_PER_POINT;
  const heightMm = Math.abs(y1 - y0) * MM_PER_POINT;
  return widthMm > 0 && heightMm > 0 ? { widthMm, heightMm } : null;
}

/**
 * What webContents.print gets: the paper in microns as the PDF is (a landscape blank is wider than
 * high: Chromium takes the size as given and `landscape` says which way it feeds), no margins, scale
 * 100 and no headers; the printer named when it is one of those installed.
 */
export function printOptions(paper: PaperSize, printer: string | undefined, installed: readonly string[]): WebContentsPrintOptions {
  const landscape = paper.widthMm > paper.heightMm;
  // To the tenth of a millimetre: the size went mm → points → mm on its way through the PDF.
  const microns = (mm: number) => Math.round(mm * 10) * 100;
  return {
    silent: false,
    printBackground: true,
    color: true,
    landscape,
    scaleFactor: 100,
    margins: { marginType: 'none' },
    pageSize: landscape
      ? { width: microns(paper.heightMm), height: microns(paper.widthMm) }
      : { width: microns(paper.widthMm), height: microns(paper.heightMm) },
    copies: 1,
    header: '',
    footer: '',
    ...(printer && installed.includes(printer) ? { deviceName: printer } : {}),
  };
}

export class PrintRefusal extends Error {}

/** The file to print: a .pdf inside the data folder, there; anything else is refused by name. */
export function printablePath(path: string, dataDir: string): string {
  const full = resolve(path);
  const inside = relative(resolve(dataDir), full);
  if (!isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside) || !/\.pdf$/iu.test(full)) {
    throw new PrintRefusal('Chỉ in được tệp PDF do phần mềm tạo trong thư mục dữ liệu.');
  }
  try {
    if (!statSync(full).isFile()) throw new Error('not a file');
  } catch {
    throw new PrintRefusal(`Không tìm thấy tệp ${full}. Hãy tạo lại tệp rồi in.`);
  }
  return full;
}

export interface PrintResult {
  /** False when the user closed the print dialog. */
  printed: boolean;
}

/** Prints `path` (checked with printablePath) in a hidden window; resolves when the job is handed over or cancelled. */
export async function printPdf(path: string, o: { dataDir: string; printer?: string }): Promise<PrintResult> {
  const file = printablePath(path, o.dataDir);
  const paper = pdfPaperSize(readFileSync(file));
  if (!paper) throw new PrintRefusal(`Tệp ${file} không phải tệp PDF do phần mềm tạo: không in.`);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { partition: 'tdkt-print', plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await win.loadURL(pathToFileURL(file).href);
    const installed = (await win.webContents.getPrintersAsync()).map((p) => p.name);
    const options = printOptions(paper, o.printer, installed);
    return await new Promise<PrintResult>((done, fail) => {
      win.webContents.print(options, (success, failureReason) => {
        // Closing the dialog is the user's choice, not a failure.
        if (success || failureReason === 'cancelled') done({ printed: success });
        else fail(new PrintRefusal('Máy in không nhận lệnh in. Kiểm tra máy in (bật, có giấy, đúng khay) rồi thử lại.'));
      });
    });
  } finally {
    win.destroy();
  }
}
