// Printing the certificates of an issued decision (issue 9): the lines of the sổ khen thưởng become
// recipients on the main thread (the worker cannot open the database), the pages are drawn in the jobs
// worker by renderBatch, and the finish step names the files and logs each line's print — a reprint
// when printed before — in one transaction, so a print the register knows of always has its file.
import { join } from 'node:path';
import type { ParsedArgs } from '../api/contract.ts';
import { UserError } from '../api/envelope.ts';
import type { CertificateRecipient } from './template.ts';
import type { Context } from '../context.ts';
import { readAgency } from '../agency/profile.ts';
import { type DecisionData, type DecisionLine, decisionData } from '../awards/decision-data.ts';
import { recordPrints } from '../awards/register-app.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { stageJobFiles } from '../jobs/files.ts';
import { startJob } from '../jobs/runner.ts';
import type { Handler } from '../router.ts';
import { formatPlaceDate } from '../text/dates.ts';
import { upperVi } from '../text/upper.ts';
import { CERTIFICATE_FOLDER, loadCalibration, loadTemplate } from './app.ts';
import { findSerifFonts } from './fonts.ts';

type PrintArgs = ParsedArgs<'certificates.print'>;

/** What one line of the register prints: the decision's wording, signer and number, the line's own số sổ. */
export function recipientOf(d: DecisionData, line: DecisionLine, place: string): CertificateRecipient {
  const signer = d.signer;
  return {
    // The one who awards, as the blank's first line reads: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC".
    issuer: upperVi(`Chủ tịch ${d.issuer.name}`),
    recipientClass: line.salutation,
    name: line.title,
    positionUnit: line.detail,
    achievement: d.achievement,
    placeDate: formatPlaceDate(place, d.date),
    signerTitle: signer ? [...signer.authority, signer.title].map(upperVi).join('\n') : '',
    signerName: signer?.name ?? '',
    decisionNumber: d.numberText,
    registryNumber: line.bookNumber === null ? '' : String(line.bookNumber),
  };
}

/** The lines to print: every live line of the decision, or the ones chosen (a reprint), in danh sách order. */
function chosenLines(d: DecisionData, awardIds: readonly number[] | undefined): DecisionLine[] {
  const lines = d.sections.flatMap((s) => s.lines);
  if (!awardIds) return lines.filter((l) => !l.revoked);
  const byId = new Map(lines.map((l) => [l.awardId, l]));
  return awardIds.map((id, i) => {
    const line = byId.get(id);
    if (!line) throw new UserError(`Dòng sổ khen thưởng mã số ${id} không thuộc Quyết định số ${d.numberText}.`, { fields: { [`awardIds.${i}`]: 'Không thuộc quyết định này' } });
    if (line.revoked) throw new UserError(`${line.title} đã bị thu hồi khen thưởng: không in giấy khen.`, { fields: { [`awardIds.${i}`]: 'Đã thu hồi' } });
    return line;
  });
}

const print: Handler<'certificates.print'> = async (ctx: Context, a: PrintArgs) => {
  const d = decisionData(ctx.conn.raw, a.decisionId);
  if (d.status !== 'da_ban_hanh') {
    throw new UserError('Quyết định này còn là dự thảo: ban hành quyết định trước, số sổ khen thưởng được cấp khi ban hành.', { fields: { decisionId: 'Chưa ban hành' } });
  }
  const lines = chosenLines(d, a.awardIds);
  if (lines.length === 0) throw new UserError(`Quyết định số ${d.numberText} không còn dòng nào để in giấy khen.`, { fields: { decisionId: 'Không còn dòng để in' } });
  const { template } = await loadTemplate(ctx, a.templateId);
  const calibration = await loadCalibration(ctx, a.calibrationId);
  const place = (await readAgency(ctx))?.locality ?? '';
  const recipients = lines.map((l) => recipientOf(d, l, place));
  const awardIds = lines.map((l) => l.awardId!);
  const baseName = `giay-khen_${d.numberText.replace(/\//gu, '-')}${a.awardIds ? '_in-lai' : ''}`;
  const jobId = startJob(ctx, {
    kind: 'giay_khen',
    task: 'certificates',
    input: { template, calibration, recipients, format: a.format, fonts: findSerifFonts(), baseName, now: ctx.now() },
    total: recipients.length,
    wording: { verb: 'tạo', noun: 'giấy khen' },
    finish(c, output) {
      const staged = stageJobFiles(join(dataSubfolder(c.dataDir, 'documents'), CERTIFICATE_FOLDER), output.files);
      try {
        c.conn.raw.transaction(() => {
          recordPrints(c.conn.raw, c.now(), awardIds, {
            template: template.name,
            printer: calibration.printer,
            paper: template.kind === 'phoi' ? 'phoi' : 'giay_trang',
          });
          staged.commit();
        })();
      } finally {
        staged.discard();
      }
      return staged.paths;
    },
  });
  return { jobId };
};

export const printHandlers = { 'certificates.print': print };
