// Editable sections: the app writes each from the data, the user may rewrite any of them, and the
// rewritten text is kept with the campaign. A section the user never touched follows the data, so a
// renamed unit shows its new name in every document generated afterwards.
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
