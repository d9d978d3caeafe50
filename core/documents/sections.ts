// Editable sections: the app writes each from the data, the user may rewrite any of them, and the
// rewritten text is kept with the campaign. A section the user never touched follows the data, so a
// renamed unit shows its new name in every document generated afterwards. The figures the app writes
// into a section are placeholders («số đơn vị chưa báo cáo») filled at build time, so a section the
// user rewrote still shows the figures of the "as of" date the document is built for.
import { UserError } from '../api/envelope.ts';
import type { SectionTexts } from './model.ts';
import { type Block, parseSectionText } from './outline.ts';

export interface SectionDef {
  key: string;
  /** Vietnamese label for the editor. */
  label: string;
  /** What the app writes when the user has not. */
  text: string;
}

export function resolveTexts(defs: readonly SectionDef[], edited: SectionTexts = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of defs) {
    const e = edited[d.key];
    out[d.key] = e === undefined ? d.text : e;
  }
  return out;
}

/** Keeps only the keys a document knows, dropping texts equal to the app's own (so they follow the data). */
export function editedOnly(defs: readonly SectionDef[], texts: SectionTexts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of defs) {
    const t = texts[d.key];
    if (t !== undefined && t.trim() !== d.text.trim()) out[d.key] = t;
  }
  return out;
}

/** A titled khoản ("1. Mục đích") followed by its text or blocks; left out entirely when they are empty. */
export function khoan(title: string, content: string | readonly Block[]): Block[] {
  const body = typeof content === 'string' ? parseSectionText(content) : content;
  return body.length ? [{ kind: 'h2', text: title }, ...body] : [];
}

export function lines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Values of the figures a document may carry in its editable texts, by name. */
export type Figures = Readonly<Record<string, string>>;

/** «name»: how a figure stands in an editable text. */
export function figure(name: string): string {
  return `«${name}»`;
}

const FIGURE = /«([^«»\r\n]*)»/gu;

/**
 * The texts with every «name» replaced by this build's value. A name the document does not have is
 * refused, naming the section and the figures it may use, rather than printed as typed.
 */
export function fillFigures(defs: readonly SectionDef[], texts: Readonly<Record<string, string>>, figures: Figures): Record<string, string> {
  const out: Record<string, string> = { ...texts };
  for (const d of defs) {
    const text = texts[d.key];
    if (!text?.includes('«')) continue;
    out[d.key] = text.replace(FIGURE, (_, name: string) => {
      const value = figures[name.trim()];
      if (value === undefined) {
        const known = Object.keys(figures).map(figure).join(', ');
        const message =
          `Mục "${d.label}" có ${figure(name)}, không phải số liệu chương trình tính. ` +
          (known ? `Số liệu dùng được: ${known}; hoặc bỏ dấu « ».` : 'Văn bản này không có số liệu tự tính: bỏ dấu « ».');
        throw new UserError(message, { fields: { [`texts.${d.key}`]: message } });
      }
      return value;
    });
  }
  return out;
}
