// A batch of certificates as the jobs runner runs it: no database, no Context, everything in the input
// (so it can run in a worker thread), progress as (done, total), cancelled by its AbortSignal. The
// preflight runs first over the whole batch and a blocking problem refuses it before any page is
// drawn: nothing is printed half-way. Batches above 1,000 pages are split into files of at most that
// many (a printer spooler and Word both choke on one huge file).
import { UserError } from '../api/envelope.ts';
import { type DocxWriter, createDocx } from './docx.ts';
import { type FontFiles, sharedFonts } from './fonts.ts';
import { createLayout, type LaidPage } from './layout.ts';
import { createPdf, type PdfWriter } from './pdf.ts';
import { type PreflightIssue, preflightPages } from './preflight.ts';
import type { Calibration, CertificateRecipient, CertificateTemplate } from './template.ts';

export const PAGES_PER_FILE = 1000;
/** How many blocking problems the refusal lists before "và N lỗi khác". */
const LISTED = 10;

export interface BatchInput {
  template: CertificateTemplate;
  calibration: Calibration;
  recipients: readonly CertificateRecipient[];
  format: 'pdf' | 'docx';
  fonts: FontFiles;
  /** File name without extension ("giay-khen-qd-123"); a part number is added when split. */
  baseName: string;
  /** Document date for the .docx properties; now by default. */
  now?: Date;
  pagesPerFile?: number;
}

export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export interface BatchResult {
  files: BatchFile[];
  /** The preflight's warnings (text spilling over a box): printed anyway, said to the user. */
  warnings: PreflightIssue[];
}

/** The refusal for a batch with blocking problems: one line each, the first ten. */
export function blockingMessage(issues: readonly PreflightIssue[]): string {
  const blocking = issues.filter((i) => i.level === 'block');
  const more = blocking.length > LISTED ? `\n… và ${blocking.length - LISTED} lỗi khác.` : '';
  return `Chưa in được: ${blocking.length} lỗi cần sửa trước.\n${blocking.slice(0, LISTED).map((i) => `- ${i.message}`).join('\n')}${more}`;
}

const PROGRESS_EVERY = 25;

export async function renderBatch(input: BatchInput, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<BatchResult> {
  const total = input.recipients.length;
  if (total === 0) throw new UserError('Chưa chọn người hoặc tập thể nào để in giấy khen.');
  signal.throwIfAborted();
  const fonts = sharedFonts(input.fonts);
  const lay = createLayout(input.template, input.calibration, fonts.metrics);
  const pages: LaidPage[] = input.recipients.map(lay);
  const report = preflightPages(input.template, fonts.metrics, pages, input.recipients);
  if (report.blocking) throw new UserError(blockingMessage(report.issues));

  const perFile = input.pagesPerFile ?? PAGES_PER_FILE;
  const parts = Math.ceil(total / perFile);
  const files: BatchFile[] = [];
  const title = `${input.template.title} — ${input.template.name}`;
  let done = 0;
  for (let part = 0; part < parts; part++) {
    const name = `${input.baseName}${parts > 1 ? `-phan-${part + 1}` : ''}.${input.format}`;
    const writer: PdfWriter | DocxWriter = input.format === 'pdf' ? createPdf(fonts, title) : createDocx(title, input.now ?? new Date());
    for (const page of pages.slice(part * perFile, (part + 1) * perFile)) {
      signal.throwIfAborted();
      writer.page(page);
      done += 1;
      if (done % PROGRESS_EVERY === 0 || done === total) {
        progress(done, total);
        // The event loop turns, so a cancel posted to the worker meanwhile reaches the signal.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    files.push({ name, bytes: await writer.end() });
  }
  return { files, warnings: report.issues };
}
