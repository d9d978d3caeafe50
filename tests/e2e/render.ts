// A downloaded .docx as a reader sees it: LibreOffice headless (its own profile each time — two
// conversions sharing one can silently lose a file) turns it into a PDF; poppler reads back the text
// and draws page 1 as a PNG to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const HAS_RENDER_TOOLS = ['/usr/bin/soffice', '/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'].every(existsSync);

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export interface Rendered {
  pdf: string;
  png: string;
  pages: number;
  /** pdftotext of one page (from 1), or of the whole file. */
  text(page?: number): string;
}

export function renderDocx(docx: string, outDir: string): Rendered {
  const profile = join(tmpdir(), `tdkt-lo-e2e-${process.pid}-${Date.now()}`);
  try {
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const stem = basename(docx).replace(/\.docx$/u, '');
  const pdf = join(outDir, `${stem}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice không tạo được ${pdf}`);
  const pngStem = join(outDir, `${stem}-trang-1`);
  run('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-singlefile', '-png', pdf, pngStem]);
  const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', [pdf]))?.[1]);
  return {
    pdf,
    png: `${pngStem}.png`,
    pages,
    text: (page) => run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-']),
  };
}
