// Tables are spliced into the packed body piece by piece now; what Word reads must be what the one
// big string used to give: each table's XML verbatim where its marker paragraph was, nothing else moved.
//
// A document opens whatever the database holds: text stored before the wall cleaned it (or written by
// another program) is put straight into SQLite here, with characters XML forbids, and every part of
// the generated .docx must still be XML 1.0 — checked character by character, then opened by LibreOffice.
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { CHUNK_ROWS, type DataTable, tableXml, tableXmlParts } from '../../../../core/documents/table.ts';
import { DEFAULT_MARGINS } from '../../../../core/api/margins.ts';
import { HAS_RENDER_TOOLS, renderDocx } from '../../../e2e/render.ts';
import { buildDocument } from '../../../../core/documents/frame.ts';
import { demoApp, tempDir } from '../../helpers.ts';
import { openDocx } from '../../documents-xml.ts';
import { pageGeometry } from '../../../../core/documents/page.ts';
import { sampleFrame } from '../../../fixtures/documents-sample.ts';

const columns = [
  { title: 'STT', weight: 5, align: 'center' as const },
  { title: 'Tên công trình, phần việc', weight: 45 },
  { title: 'Cơ quan, đơn vị', weight: 25, group: 'Thực hiện' },
  { title: 'Ngày hoàn thành', weight: 10, align: 'center' as const, group: 'Thực hiện' },
];

function longTable(n: number): DataTable {
  const rows: DataTable['rows'][number][] = [{ heading: 'I. CẤP THÀNH PHỐ' }];
  for (let i = 1; i <= n; i++) rows.push([String(i), `Trồng ${i} cây xanh <khu phố> & "hẻm"`, 'Phường Linh Trung', '12/4/2021']);
  return { columns, rows, total: ['', 'Tổng cộng', '', String(n)] };
}

describe('tables in the packed document', () => {
  it('writes a long table as touching tables of CHUNK_ROWS rows, the header and top border on the first only', () => {
    const table = longTable(2 * CHUNK_ROWS + 5);
    const parts = [...tableXmlParts(table, 14000)];
    // Heading row + rows + total: 2·CHUNK_ROWS + 7 rows make three physical tables, with nothing
    // between them (Word joins them into one; no second header, no double line at a seam).
    expect(parts).toHaveLength(3);
    for (const p of parts) {
      expect(p.startsWith('<w:tbl>')).toBe(true);
      expect(p.endsWith('</w:tbl>')).toBe(true);
    }
    expect(parts[0].match(/<w:tblHeader\/>/gu)).toHaveLength(2);
    expect(parts[0]).toMatch(/<w:tblBorders><w:top w:val="single"/u);
    for (const p of parts.slice(1)) {
      expect(p).not.toContain('<w:tblHeader/>');
      expect(p).toMatch(/<w:tblBorders><w:top w:val="nil"\/>/u);
    }
    expect(parts.join('')).toBe(tableXml(table, 14000));
    const empty = [...tableXmlParts({ columns, rows: [], empty: 'Không có công trình' }, 14000)];
    expect(empty).toHaveLength(1);
    expect(empty[0]).toContain('Không có công trình');
  });

  it('puts every table verbatim where its marker was, in the body and in a landscape appendix', async () => {
    const inline: DataTable = { columns, rows: [['1', 'Số hóa hồ sơ', 'Phường An Khánh', '']] };
    const appendix = longTable(700);
    const docx = await buildDocument(sampleFrame(), {
      kindName: 'Báo cáo',
      summary: 'Sơ kết phong trào thi đua',
      body: [{ kind: 'p', text: 'Trước bảng.' }, { kind: 'table', table: inline }, { kind: 'p', text: 'Sau bảng.' }],
      appendices: [{ numbered: true, title: 'Danh sách công trình', orientation: 'landscape', blocks: [{ kind: 'table', table: appendix }] }],
      refKindName: 'Báo cáo',
    });
    const xml = openDocx(docx).document;
    expect(xml).not.toContain('@@TDKT-TABLE');
    const first = tableXml(inline, pageGeometry(DEFAULT_MARGINS, 'portrait').textWidth);
    const second = tableXml(appendix, pageGeometry(DEFAULT_MARGINS, 'landscape').textWidth);
    const at1 = xml.indexOf(first);
    const at2 = xml.indexOf(second);
    expect(at1).toBeGreaterThan(xml.indexOf('Trước bảng.'));
    expect(at1 + first.length).toBeLessThan(xml.indexOf('Sau bảng.'));
    expect(at2).toBeGreaterThan(xml.indexOf('DANH SÁCH CÔNG TRÌNH'));
    // The marker paragraph went with its table: directly before each table a paragraph closes.
    expect(xml.slice(at1 - 6, at1)).toBe('</w:p>');
    expect(xml.slice(at2 - 6, at2)).toBe('</w:p>');
    expect(xml.slice(at2 + second.length, at2 + second.length + 4)).toBe('<w:p');
  });
});

/** Anything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** U+FFFE, BEL, vertical tab, an invalid UTF-8 sequence (a lone surrogate as SQLite would hold it). */
const DIRTY = "char(65534) || char(7) || char(11) || CAST(X'EDA080' AS TEXT)";

async function dirtyDemo() {
  const app = await demoApp();
  const raw = app.connection.raw;
  raw.exec(`UPDATE agency SET name = name || ${DIRTY}`);
  raw.exec(`UPDATE signers SET name = ${DIRTY} || name`);
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

describe('language and normal form', () => {
  it('marks the text Vietnamese for Word and writes it in NFC, tables included', async () => {
    const decomposed = 'Phường Linh Trung'.normalize('NFD');
    const docx = await buildDocument(sampleFrame(), {
      kindName: 'Báo cáo',
      summary: 'Sơ kết phong trào thi đua',
      body: [{ kind: 'p', text: `Đơn vị ${decomposed}.` }, { kind: 'table', table: { columns, rows: [['1', decomposed, decomposed, '']] } }],
      refKindName: 'Báo cáo',
    });
    const { files, document } = openDocx(docx);
    expect(files['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="vi-VN"\/>.*<\/w:docDefaults>/su);
    expect(document).not.toContain(decomposed);
    expect(document.match(/Phường Linh Trung/gu)).toHaveLength(3);
  });
});

describe('documents from text XML forbids', () => {
  it('writes every part of every kind as XML 1.0, the data still in it', async () => {
    const app = await dirtyDemo();
    for (const kind of ['bao_cao', 'ke_hoach', 'cong_van_don_doc', 'giay_moi'] as const) {
      const meeting = kind === 'giay_moi' ? { place: 'Hội trường' } : undefined;
      const stage = kind === 'bao_cao' ? ('so_ket' as const) : undefined;
      const doc = await app.invoke('documents.generate', { kind, stage, asOf: '2021-04-12', date: '2021-04-14', meeting });
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
    const doc = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
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
