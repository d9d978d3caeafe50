// Every message of core that sends the user somewhere ("Vào Cơ quan → Người ký, bấm "Thêm người ký"",
// "ở trang Sao lưu") names a screen of the menu and labels the renderer really shows. They used to say
// "Vào Cài đặt → Thông tin cơ quan": there is no "Cài đặt" in the menu.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

function sources(dir: string, ext: RegExp): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(ROOT, path), text: readFileSync(path, 'utf8') };
    });
}

const renderer = sources('renderer/src', /\.tsx?$/u).map((f) => f.text).join('\n');
// Labels core gives the renderer to show (kinds, stages, statuses) are shown too.
const shown = `${renderer}\n${readFileSync(join(ROOT, 'core/api/labels.ts'), 'utf8')}`;
const menu = [...readFileSync(join(ROOT, 'renderer/src/Shell.tsx'), 'utf8').matchAll(/label: '([^']+)'/gu)].map((m) => m[1]);

/**
 * "Vào X …", "hoặc vào X …", "vào trang X", "ở trang X", "(trang X)": X is a screen of the menu, what
 * follows up to the end of the sentence its steps ("→ Người ký") and the labels it quotes.
 */
const SENDS = /(?:(?<!\p{L})Vào (?:trang )?|hoặc vào |(?:vào|ở|\() ?trang (?=\p{Lu}))([^\n]*?)(?=\.(?:['`"\s]|$)|\n|$)/gu;

interface Hint {
  file: string;
  sentence: string;
  screen: string;
  labels: string[];
}

function hints(): Hint[] {
  const out: Hint[] = [];
  for (const f of sources('core', /\.ts$/u)) {
    for (const m of f.text.matchAll(SENDS)) {
      const sentence = m[1];
      const [head, ...steps] = sentence.split(' → ');
      const screen = head.split(/[,)]/u)[0].trim();
      const labels = [
        ...steps.map((s) => s.split(',')[0].trim()),
        ...[...sentence.matchAll(/"([^"]+)"/gu)].map((q) => q[1]).filter((q) => !q.includes('${')),
      ];
      out.push({ file: f.path, sentence, screen, labels });
    }
  }
  return out;
}

describe('messages that send the user somewhere', () => {
  const found = hints();

  it('are found (the scan reads the messages it claims to check)', () => {
    expect(menu).toEqual(
      expect.arrayContaining(['Cơ quan', 'Đợt thi đua', 'Sao lưu', 'Đề nghị khen thưởng', 'Họp Hội đồng', 'Sổ khen thưởng', 'Văn bản', 'Trao đổi dữ liệu']),
    );
    const files = new Set(found.map((h) => h.file));
    for (const f of ['core/documents/numbering.ts', 'core/documents/signature.ts', 'core/documents/issuing.ts', 'core/documents/wording.ts', 'core/errors/system.ts', 'core/exchange/pipeline/staging.ts']) {
      expect(files, f).toContain(f);
    }
  });

  it('name a screen of the menu', () => {
    const wrong = found.filter((h) => !menu.includes(h.screen)).map((h) => `${h.file}: "${h.screen}" in «${h.sentence}»`);
    expect(wrong).toEqual([]);
  });

  it('name steps and fields the renderer shows', () => {
    const wrong = found.flatMap((h) => h.labels.filter((l) => !shown.includes(l)).map((l) => `${h.file}: "${l}" in «${h.sentence}»`));
    expect(wrong).toEqual([]);
  });
});
