// The paragraph Word needs after a table that ends a section must take no room: the demo's báo cáo
// sơ kết ends with the list of 136 units not reported, which fills its last landscape page to within a
// few millimetres, and the 6 pt spacer once put there spilled onto a twelfth page holding only "7".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_RENDER_TOOLS, renderDocx } from '../../../e2e/render.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';
import { demoApp, tempDir } from '../../helpers.ts';

describe('the end of a section after a table', () => {
  it('is an empty paragraph exactly 1 pt high', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.preview', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const xml = openDocx(Buffer.from(r.contentBase64, 'base64')).document;
    const last = paragraphs(xml).at(-1)!;
    expect(last.text).toBe('');
    expect(last.xml).toMatch(/<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/u);
    app.close();
  });

  it.skipIf(!HAS_RENDER_TOOLS)('leaves no page holding nothing but its number (LibreOffice)', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.preview', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    app.close();
    const dir = tempDir();
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, Buffer.from(r.contentBase64, 'base64'));
    const rendered = renderDocx(file, dir);
    const bare = Array.from({ length: rendered.pages }, (_, i) => i + 1).filter((p) => /^\s*\d*\s*$/u.test(rendered.text(p)));
    expect(bare).toEqual([]);
    expect(rendered.pages).toBe(11);
  }, 120_000);
});
