// The editor's live preview (issue 9): an unsaved draft laid out by the very code the PDF draws with
// (createLayout, the fit rule measuring with the OS serif font), for three recipients that show what a
// template must survive: the chosen one, the batch's widest name and its widest achievement. The
// renderer draws the lines at the millimetres returned here and never measures or wraps text itself.
import type { PreviewPage, PreviewText } from '../api/types.ts';
import { type FontMetrics, variantOf } from './fit.ts';
import { createLayout, printedText } from './layout.ts';
import { createPreflight } from './preflight.ts';
import { type CertificateRecipient, type CertificateTemplate, type FieldKey, NO_CALIBRATION } from './template.ts';

export type PreviewRole = PreviewPage['role'];

const ROLE_LABELS: Record<PreviewRole, string> = {
  chosen: 'Người được chọn',
  longestName: 'Tên dài nhất',
  longestAchievement: 'Thành tích dài nhất',
};

/** Measured, not counted: the widest text of `key` as the field prints it (upper-cased, its style). */
function widest(t: CertificateTemplate, metrics: FontMetrics, key: FieldKey, recipients: readonly CertificateRecipient[]): CertificateRecipient {
  const spec = t.fields[key];
  const variant = variantOf(spec.bold, spec.italic);
  let best = recipients[0];
  let bestEm = -1;
  for (const r of recipients) {
    const em = metrics.widthEm(printedText(t, key, r), variant);
    if (em > bestEm) {
      best = r;
      bestEm = em;
    }
  }
  return best;
}

/** The three recipients of the preview, `chosen` first; the same recipient twice is shown once. */
export function previewRecipients(t: CertificateTemplate, metrics: FontMetrics, recipients: readonly CertificateRecipient[], chosen = 0): { role: PreviewRole; recipient: CertificateRecipient }[] {
  const picks: { role: PreviewRole; recipient: CertificateRecipient }[] = [
    { role: 'chosen', recipient: recipients[Math.min(Math.max(chosen, 0), recipients.length - 1)] },
    { role: 'longestName', recipient: widest(t, metrics, 'name', recipients) },
    { role: 'longestAchievement', recipient: widest(t, metrics, 'achievement', recipients) },
  ];
  return picks.filter((p, i) => picks.findIndex((q) => q.recipient === p.recipient) === i);
}

/** Each pick laid out on the template's own millimetres (no printer offset: the editor shows the template). */
export function layoutPreview(t: CertificateTemplate, metrics: FontMetrics, picks: readonly { role: PreviewRole; recipient: CertificateRecipient }[]): PreviewPage[] {
  const layout = createLayout(t, NO_CALIBRATION, metrics);
  const check = createPreflight(t, metrics);
  return picks.map(({ role, recipient }, index) => {
    const page = layout(recipient);
    const texts: PreviewText[] = page.texts.map((laid) => ({
      key: laid.key,
      box: laid.box,
      anchor: laid.anchor,
      bold: laid.variant === 'bold' || laid.variant === 'boldItalic',
      italic: laid.variant === 'italic' || laid.variant === 'boldItalic',
      sizePt: laid.sizePt,
      colour: laid.colour,
      lines: laid.lines,
      fits: laid.fit.fits,
      overflow: laid.fit.overflow,
    }));
    const issues = check(page, recipient, index).map(({ field, level, message }) => ({ field, level, message }));
    return { role, label: ROLE_LABELS[role], recipient, widthMm: page.widthMm, heightMm: page.heightMm, texts, rules: page.rules, rects: page.rects, issues };
  });
}
