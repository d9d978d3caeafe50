// Before anything is printed (issue 9): per recipient, a required field left empty, a character the
// font has no glyph for (it would print as an empty box), and a text that does not fit its box even at
// the field's minimum size. The first two block the print; an overflow is a warning, because the text
// is still printed whole at the minimum size and the user may accept it spilling over the box.
import { formatNumber } from '../text/numbers.ts';
import { type FontMetrics, variantOf } from './fit.ts';
import type { LaidPage } from './layout.ts';
import { type CertificateRecipient, type CertificateTemplate, FIELD_KEYS, FIELD_LABELS, type FieldKey, fieldText } from './template.ts';

export interface PreflightIssue {
  /** Index of the recipient in the batch. */
  index: number;
  field: FieldKey;
  level: 'block' | 'warn';
  message: string;
}

export interface PreflightReport {
  issues: PreflightIssue[];
  blocking: boolean;
}

function who(index: number, r: CertificateRecipient): string {
  return `Giấy khen thứ ${index + 1} (${r.name.trim() ? r.name.trim() : 'chưa có tên'})`;
}

function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The checker of one template: `check(page, recipient, index)` with the page laid out by createLayout. */
export function createPreflight(t: CertificateTemplate, metrics: FontMetrics) {
  const glyphs = new Map<string, boolean>();
  const hasGlyph = (cp: number, bold: boolean, italic: boolean) => {
    const variant = variantOf(bold, italic);
    const key = `${variant}${cp}`;
    let ok = glyphs.get(key);
    if (ok === undefined) {
      ok = metrics.hasGlyph(cp, variant);
      glyphs.set(key, ok);
    }
    return ok;
  };
  return (page: LaidPage, r: CertificateRecipient, index: number): PreflightIssue[] => {
    const issues: PreflightIssue[] = [];
    const where = (key: FieldKey) => `${who(index, r)}, ô "${FIELD_LABELS[key]}"`;
    for (const key of FIELD_KEYS) {
      const spec = t.fields[key];
      if (!spec.shown) continue;
      const text = fieldText(key, spec, r);
      if (!text) {
        if (spec.required) issues.push({ index, field: key, level: 'block', message: `${where(key)}: chưa có nội dung.` });
        continue;
      }
      const missing = new Set<number>();
      for (const ch of text) {
        const cp = ch.codePointAt(0) as number;
        if (cp !== 0x20 && cp !== 0x0a && !hasGlyph(cp, spec.bold, spec.italic)) missing.add(cp);
      }
      if (missing.size) {
        const list = [...missing].map((cp) => `"${String.fromCodePoint(cp)}" (${codePointName(cp)})`).join(', ');
        issues.push({ index, field: key, level: 'block', message: `${where(key)}: phông chữ không có ký tự ${list}; hãy sửa lại chữ này.` });
      }
    }
    for (const laid of page.texts) {
      if (laid.key === null || laid.fit.fits) continue;
      const why = laid.fit.overflow === 'width' ? 'có từ dài hơn chiều rộng hộp' : 'dài hơn hộp';
      issues.push({
        index,
        field: laid.key,
        level: 'warn',
        message: `${where(laid.key)}: ${why} kể cả ở cỡ chữ nhỏ nhất ${formatNumber(laid.fit.sizePt, 1)} pt; hãy nới hộp, giảm cỡ chữ nhỏ nhất hoặc rút gọn nội dung.`,
      });
    }
    return issues;
  };
}

/** All issues of a batch; `pages[i]` is recipient i's page. */
export function preflightPages(t: CertificateTemplate, metrics: FontMetrics, pages: readonly LaidPage[], recipients: readonly CertificateRecipient[]): PreflightReport {
  const check = createPreflight(t, metrics);
  const issues = pages.flatMap((p, i) => check(p, recipients[i], i));
  return { issues, blocking: issues.some((i) => i.level === 'block') };
}
