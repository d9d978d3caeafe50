// The data tables' layout rules, read back from their XML and, for the seam between the pieces of a
// long list, from LibreOffice's rendering: one header per page, at its top, never mid-page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../core/documents/frame.ts';
import { textWidthTwips } from '../../../../core/documents/measure.ts';
import { CHUNK_ROWS, type DataTable, KEEP_TOGETHER_ROWS, tableXml } from '../../../../core/documents/table.ts';
import { HAS_RENDER_TOOLS, renderDocx } from '../../../e2e/render.ts';
import { sampleFrame } from '../../../fixtures/documents-sample.ts';
import { tempDir } from '../../helpers.ts';
import { paragraphs, tableRows } from '../../documents-xml.ts';

const columns = [
  { title: 'STT', weight: 5, align: 'center' as const },
  { title: 'Tên công trình, phần việc', weight: 60 },
  { title: 'Cơ quan, đơn vị', weight: 35 },
];

const table = (n: number, total = false): DataTable => ({
  columns,
  rows: Array.from({ length: n }, (_, i) => [String(i + 1), `Công trình số ${i + 1}`, 'Phường Linh Trung']),
  total: total ? ['', 'Tổng cộng', String(n)] : undefined,
});

const rowXml = (xml: string) => [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gsu)].map((m) => m[0]);
const kept = (row: string) => paragraphs(row).every((p) => p.xml.includes('<w:keepNext/>'));
const widths = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));

describe('data tables', () => {
  it(`keeps a table of up to ${KEEP_TOGETHER_ROWS} rows on one page: every row held to the next but the last`, () => {
    // Header + 10 rows + total = 12.
    const rows = rowXml(tableXml(table(10, true), 9000));
    expect(rows).toHaveLength(KEEP_TOGETHER_ROWS);
    expect(rows.slice(0, -1).every(kept)).toBe(true);
    expect(kept(rows[rows.length - 1])).toBe(false);
  });

  it('lets a longer table break between rows, its header still held to the first row', () => {
    const rows = rowXml(tableXml(table(12, true), 9000));
    expect(rows).toHaveLength(KEEP_TOGETHER_ROWS + 2);
    expect(kept(rows[0])).toBe(true);
    expect(rows.slice(1).some(kept)).toBe(false);
  });

  it('gives the STT column room for its title and its longest number, and never wraps it', () => {
    // Portrait text width: 5 % of 9354 twips is 467, less than "STT" in bold 12 pt with the margins.
    const small = tableXml(table(3), 9354);
    const [stt] = widths(small);
    expect(stt).toBeGreaterThanOrEqual(textWidthTwips('STT', 12, true) + 120);
    expect(widths(small).reduce((a, b) => a + b, 0)).toBe(9354);
    const big = tableXml(table(10_000), 9354);
    expect(widths(big)[0]).toBeGreaterThanOrEqual(textWidthTwips('10000', 12) + 120);
    const bodyRow = rowXml(big)[1];
    expect(/<w:tc><w:tcPr>.*?<\/w:tcPr>/su.exec(bodyRow)?.[0]).toContain('<w:noWrap/>');
    expect(tableRows(big)[10_000][0]).toBe('10000');
  });

  it.skipIf(!HAS_RENDER_TOOLS)('moves a 10-row table whole to the next page rather than split it (LibreOffice)', async () => {
    // 18 or 20 paragraphs leave room for only part of the table on page 1: before, 7 + 3 or 4 + 6 rows.
    const dir = tempDir('tdkt-keep-');
    for (const k of [18, 20]) {
      const body = [
        ...Array.from({ length: k }, (_, i) => ({ kind: 'p' as const, text: `Đoạn văn số ${i + 1} của báo cáo.` })),
        { kind: 'table' as const, table: { columns: columns.slice(0, 2), rows: Array.from({ length: 10 }, (_, i) => [String(i + 1), `Đơn vị thứ ${i + 1}`]) } },
      ];
      const file = join(dir, `keep-${k}.docx`);
      writeFileSync(file, await buildDocument(sampleFrame(), { kindName: 'Báo cáo', summary: 'Sơ kết', body, refKindName: 'Báo cáo' }));
      const rendered = renderDocx(file, dir);
      const rowsOn = (page: number) => rendered.text(page).match(/Đơn vị thứ \d+/gu)?.length ?? 0;
      expect([rowsOn(1), rowsOn(2)], `${k} đoạn`).toEqual([0, 10]);
    }
  }, 120_000);

  it.skipIf(!HAS_RENDER_TOOLS)('shows one header per page at its top across the seams of a long list (LibreOffice)', async () => {
    const n = CHUNK_ROWS + 80;
    const long: DataTable = {
      columns: [...columns.slice(0, 2), { title: 'Cơ quan, đơn vị', weight: 20, group: 'Thực hiện' }, { title: 'Ghi chú', weight: 15, group: 'Thực hiện' }],
      rows: Array.from({ length: n }, (_, i) => [String(i + 1), `Trồng cây xanh tại tuyến đường số ${i + 1}`, 'Phường Linh Trung', '']),
    };
    const docx = await buildDocument(sampleFrame(), {
      kindName: 'Báo cáo',
      summary: 'Sơ kết phong trào thi đua',
      body: [{ kind: 'p', text: 'Danh sách kèm theo.' }],
      appendices: [{ numbered: true, title: 'Danh sách công trình', orientation: 'landscape', blocks: [{ kind: 'table', table: long }] }],
      refKindName: 'Báo cáo',
    });
    const dir = tempDir('tdkt-seam-');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'seam.docx');
    writeFileSync(file, docx);
    const rendered = renderDocx(file, dir);
    let seen = 0;
    for (let page = 2; page <= rendered.pages; page++) {
      // The first line is the page number (top centre).
      const lines = rendered.text(page).split('\n').map((l) => l.trim()).filter(Boolean).slice(1);
      const headers = lines.flatMap((l, i) => (l === 'Tên công trình, phần việc' ? [i] : []));
      // A row's STT starts its line ("100 Trồng cây…" when pdftotext joins the cells).
      const numbers = lines.flatMap((l, i) => (/^\d+(?: |$)/u.test(l) && Number(l.split(' ')[0]) <= n ? [i] : []));
      if (numbers.length === 0) continue;
      seen += numbers.length;
      expect(headers, `trang ${page}`).toHaveLength(1);
      expect(headers[0], `trang ${page}`).toBeLessThan(numbers[0]);
    }
    // Every row was read, the ones on both sides of the seam included.
    expect(seen).toBeGreaterThanOrEqual(n);
  }, 120_000);
});
