// A document opens whatever the database holds: text stored before the wall cleaned it (or written by
// another program) is put straight into SQLite here, with characters XML forbids, and every part of
// the generated .docx must still be XML 1.0 — checked character by character, then opened by LibreOffice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HAS_RENDER_TOOLS, renderDocx } from '../../../e2e/render.ts';
import { demoApp, tempDir } from '../../helpers.ts';

/** Anything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** U+FFFE, BEL, vertical tab, an invalid UTF-8 sequence (a lone surrogate as SQLite would hold it). */
const DIRTY = "char(65534) || char(7) || char(11) || CAST(X'EDA080' AS TEXT)";

async function dirtyDemo() {
  const app = await demoApp();
  const raw = app.connection.raw;
  raw.exec(`UPDATE agency SET name = name || ${DIRTY}, signer_name = ${DIRTY} || signer_name`);
  raw.exec(`UPDATE campaigns SET name = name || ${DIRTY}`);
  raw.exec(`UPDATE units SET name = 'Phường' || char(65535) || ' Linh' || char(1) || ' Trung' WHERE id = (SELECT min(id) FROM units)`);
  raw.exec(`UPDATE works SET title = title || ${DIRTY} || char(65279, 64976)`);
  return app;
}

function badParts(docx: Buffer): string[] {
  const files = unzipSync(docx);
  return Object.keys(files)
    .filter((name) => /\.(xml|rels)$/u.test(name))
    .filter((name) => NOT_XML_CHAR.test(strFromU8(files[name])));
}

describe('documents from text XML forbids', () => {
  it('writes every part of every kind as XML 1.0, the data still in it', async () => {
    const app = await dirtyDemo();
    for (const kind of ['bao_cao', 'ke_hoach', 'cong_van_don_doc', 'giay_moi'] as const) {
      const meeting = kind === 'giay_moi' ? { place: 'Hội trường' } : undefined;
      const doc = await app.invoke('documents.generate', { kind, asOf: '2021-04-12', date: '2021-04-14', meeting });
      const docx = Buffer.from(doc.contentBase64, 'base64');
      expect(badParts(docx), kind).toEqual([]);
      const xml = strFromU8(unzipSync(docx)['word/document.xml']);
      expect(xml, kind).not.toMatch(/[\ufffe\uffff\ufdd0]/u);
      if (kind === 'bao_cao') expect(xml).toContain('Phường Linh Trung');
    }
    app.close();
  });

  it.skipIf(!HAS_RENDER_TOOLS)('gives a báo cáo LibreOffice opens and reads', async () => {
    const app = await dirtyDemo();
    const doc = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    const dir = tempDir('tdkt-dirty-doc-');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, Buffer.from(doc.contentBase64, 'base64'));
    const rendered = renderDocx(file, dir);
    expect(rendered.pages).toBeGreaterThan(5);
    expect(rendered.text()).toContain('Phường Linh Trung');
    app.close();
  }, 120_000);
});
