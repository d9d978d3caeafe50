// Before anything is printed (issue 9): per recipient, a required field left empty, a character the
// font has no glyph for (it would print as an empty box; checked on the text as printed, upper-cased
// if the field is), and a text that does not fit its box even at the field's minimum size. The first two block the print; an overflow is a warning, because the text
// is still printed whole at the minimum size and the user may accept it spilling over the box.
import { formatNumber } from '../text/numbers.ts';
import type { FontMetrics, FontVariant } from './fit.ts';
import type { LaidPage, LaidText } from './layout.ts';
import { type CertificateRecipient, type CertificateTemplate, FIELD_KEYS, FIELD_LABELS, type FieldKey } from './template.ts';

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
  const required = FIELD_KEYS.filter((k) => t.fields[k].shown && t.fields[k].mandatory);
  const glyphs = new Map<number, boolean>();
  const has = (cp: number, variant: FontVariant) => {
    // One number per (face, code point).
    const key = cp * 4 + VARIANT_SLOT[variant];
    let ok = glyphs.get(key);
    if (ok === undefined) {
      ok = metrics.hasGlyph(cp, variant);
      glyphs.set(key, ok);
    }
    return ok;
  };
  // The layout hands back the same LaidText for a text it has seen: each is scanned once a batch.
  const scanned = new WeakMap<LaidText, number[]>();
  const missingIn = (laid: LaidText): number[] => {
    let missing = scanned.get(laid);
    if (missing === undefined) {
      const found = new Set<number>();
      for (const line of laid.lines) {
        for (let i = 0; i < line.text.length; i++) {
          const cp = line.text.codePointAt(i) as number;
          if (cp > 0xffff) i++;
          if (cp !== 0x20 && !has(cp, laid.variant)) found.add(cp);
        }
      }
      missing = [...found];
      scanned.set(laid, missing);
    }
    return missing;
  };
  return (page: LaidPage, r: CertificateRecipient, index: number): PreflightIssue[] => {
    const issues: PreflightIssue[] = [];
    const where = (key: FieldKey) => `${who(index, r)}, ô "${FIELD_LABELS[key]}"`;
    const printed = new Set<FieldKey>();
    for (const laid of page.texts) {
      if (laid.key === null) continue;
      printed.add(laid.key);
      const missing = missingIn(laid);
      if (missing.length) {
        const list = missing.map((cp) => `"${String.fromCodePoint(cp)}" (${codePointName(cp)})`).join(', ');
        issues.push({ index, field: laid.key, level: 'block', message: `${where(laid.key)}: phông chữ không có ký tự ${list}; hãy sửa lại chữ này.` });
      }
      if (!laid.fit.fits) {
        const why = laid.fit.overflow === 'width' ? 'có từ dài hơn chiều rộng hộp' : 'dài hơn hộp';
        issues.push({
          index,
          field: laid.key,
          level: 'warn',
          message: `${where(laid.key)}: ${why} kể cả ở cỡ chữ nhỏ nhất ${formatNumber(laid.fit.sizePt, 1)} pt; hãy nới hộp, giảm cỡ chữ nhỏ nhất hoặc rút gọn nội dung.`,
        });
      }
    }
    // The layout leaves out a shown field with nothing to print: a required one is missing.
    for (const key of required) if (!printed.has(key)) issues.push({ index, field: key, level: 'block', message: `${where(key)}: chưa có nội dung.` });
    return issues;
  };
}

const VARIANT_SLOT: Record<FontVariant, number> = { regular: 0, bold: 1, italic: 2, boldItalic: 3 };

/** All issues of a batch; `pages[i]` is recipient i's page. */
export function preflightPages(t: CertificateTemplate, metrics: FontMetrics, pages: readonly LaidPage[], recipients: readonly CertificateRecipient[]): PreflightReport {
  const check = createPreflight(t, metrics);
  const issues = pages.flatMap((p, i) => check(p, recipients[i], i));
  return { issues, blocking: issues.some((i) => i.level === 'block') };
}
