// certificates.layoutPreview behind the API: where the preview's recipients come from. Typed ones when
// given; else the lines of an issued decision (the one asked for, or the latest issued), as the print
// would make them; else the app's samples. The draft itself is never saved here.
import { UserError } from '../api/envelope.ts';
import type { LayoutPreview } from '../api/types.ts';
import { readAgency } from '../agency/profile.ts';
import { decisionData } from '../awards/decision-data.ts';
import type { Context } from '../context.ts';
import type { Handler } from '../router.ts';
import { findSerifFonts, sharedFonts } from './fonts.ts';
import { layoutPreview, previewRecipients } from './preview.ts';
import { recipientOf } from './print.ts';
import { SAMPLE_RECIPIENTS } from './samples.ts';
import type { CertificateRecipient } from './template.ts';

interface Source {
  source: LayoutPreview['source'];
  recipients: readonly CertificateRecipient[];
  chosen: number;
}

function latestIssued(ctx: Context): number | undefined {
  return ctx.conn.raw
    .prepare<[], number>(
      `SELECT d.id FROM decisions d WHERE d.status = 'da_ban_hanh'
         AND EXISTS (SELECT 1 FROM awards a WHERE a.decision_id = d.id AND a.revoked_at IS NULL)
       ORDER BY d.decision_date DESC, d.id DESC LIMIT 1`,
    )
    .pluck()
    .get();
}

async function decisionSource(ctx: Context, decisionId: number, awardId: number | undefined): Promise<Source> {
  const d = decisionData(ctx.conn.raw, decisionId);
  if (d.status !== 'da_ban_hanh') {
    throw new UserError('Quyết định này còn là dự thảo: xem trước với người nhận của một quyết định đã ban hành.', { fields: { decisionId: 'Chưa ban hành' } });
  }
  const lines = d.sections.flatMap((s) => s.lines).filter((l) => !l.revoked);
  if (lines.length === 0) throw new UserError(`Quyết định số ${d.numberText} không còn dòng nào để xem trước.`, { fields: { decisionId: 'Không còn dòng' } });
  const chosen = awardId === undefined ? 0 : lines.findIndex((l) => l.awardId === awardId);
  if (chosen < 0) throw new UserError(`Dòng sổ khen thưởng mã số ${awardId} không thuộc Quyết định số ${d.numberText} hoặc đã bị thu hồi.`, { fields: { awardId: 'Không thuộc quyết định này' } });
  const place = (await readAgency(ctx))?.locality ?? '';
  return {
    source: { kind: 'decision', decisionId: d.decisionId, numberText: d.numberText, lines: lines.length },
    recipients: lines.map((l) => recipientOf(d, l, place)),
    chosen,
  };
}

const preview: Handler<'certificates.layoutPreview'> = async (ctx, a) => {
  let from: Source;
  if (a.recipients) from = { source: { kind: 'typed' }, recipients: a.recipients, chosen: 0 };
  else {
    const decisionId = a.decisionId ?? latestIssued(ctx);
    from = decisionId === undefined ? { source: { kind: 'samples' }, recipients: SAMPLE_RECIPIENTS, chosen: 0 } : await decisionSource(ctx, decisionId, a.awardId);
  }
  const { metrics } = sharedFonts(findSerifFonts());
  return { source: from.source, pages: layoutPreview(a.template, metrics, previewRecipients(a.template, metrics, from.recipients, from.chosen)) };
};

export const previewHandlers = { 'certificates.layoutPreview': preview };
