// Tables are spliced into the packed body piece by piece now; what Word reads must be what the one
// big string used to give: each table's XML verbatim where its marker paragraph was, nothing else moved.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARGINS } from '../../../../core/api/margins.ts';
import { buildDocument } from '../../../../core/documents/frame.ts';
import { pageGeometry } from '../../../../core/documents/page.ts';
import { CHUNK_ROWS, type DataTable, tableXml, tableXmlParts } from '../../../../core/documents/table.ts';
import { sampleFrame } from '../../../fixtures/documents-sample.ts';
import { openDocx } from '../../documents-xml.ts';

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
  it('writes a long table as consecutive tables of CHUNK_ROWS rows, the header repeated in each', () => {
    const table = longTable(2 * CHUNK_ROWS + 5);
    const parts = [...tableXmlParts(table, 14000)];
    // Heading row + rows + total: 2·CHUNK_ROWS + 7 rows make three physical tables.
    expect(parts).toHaveLength(3);
    expect(parts[0].startsWith('<w:tbl>')).toBe(true);
    for (const p of parts.slice(1)) expect(p.startsWith('<w:p>') && p.includes('<w:tbl>')).toBe(true);
    for (const p of parts) {
      expect(p.endsWith('</w:tbl>')).toBe(true);
      expect(p.match(/<w:tblHeader\/>/gu)).toHaveLength(2);
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
