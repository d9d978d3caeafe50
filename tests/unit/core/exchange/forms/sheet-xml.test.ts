// The hand reader against exceljs on the same bytes: every cell of a workbook holding each kind of value
// a unit's Excel saves (shared and inline strings, rich text in two fonts, numbers, days under a built-in
// and a custom format, booleans, formulas with and without a saved result, a shared formula, an error,
// XML entities, merges) reads as the value and font exceljs gives.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBook } from '../../../../../core/exchange/forms/sheet-xml.ts';

async function sample(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.addRow(['STT', 'Tên công trình', 'Thời hạn', 'Số', 'Có', 'Công thức']);
  sheet.addRow([1, 'Trồng cây <xanh> & "sạch"', new Date(Date.UTC(2021, 3, 30)), 1500.5, true, { formula: 'A2*2', result: 2 }]);
  sheet.addRow([2, { richText: [{ text: 'Tr', font: { name: '.VnTime' } }, { text: 'ång c©y', font: { name: 'Times New Roman' } }] }, 44316, -3, false, { formula: 'B9' }]);
  sheet.addRow([3, 'Ô gộp', null, null, null, { formula: 'Sheet9!A1', result: { error: '#REF!' } }]);
  sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('C3').numFmt = 'd" tháng "m';
  sheet.getCell('B2').font = { name: '.VnTime' };
  sheet.mergeCells('B4:C5');
  workbook.addWorksheet('Thiết lập', { state: 'veryHidden' }).addRow(['form_id', 'tdkt-registration-form']);
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  // What Excel itself writes and exceljs does not: an inline string, a shared formula, an error cell.
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']).replace(
    '</sheetData>',
    '<row r="7"><c r="A7" t="inlineStr"><is><t>Dòng &#x1EA0;ạ</t></is></c><c r="B7"><f t="shared" ref="B7:B8" si="0">A7</f><v>0</v></c><c r="D7" t="e"><v>#N/A</v></c></row>' +
      '<row r="8"><c r="B8"><f t="shared" si="0"/><v>0</v></c></row></sheetData>',
  );
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  return zipSync(files);
}

describe('readBook', () => {
  it('reads every cell as exceljs does: value, font, merge', async () => {
    const bytes = await sample();
    const byExceljs = new ExcelJS.Workbook();
    await byExceljs.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const files = unzipSync(bytes);
    const book = readBook(files, new Map([['xl/worksheets/sheet1.xml', 'Đăng ký'], ['xl/worksheets/sheet2.xml', 'Thiết lập']]));
    const theirs = byExceljs.getWorksheet('Đăng ký')!;
    const ours = book.getWorksheet('Đăng ký')!;
    expect(ours.rowCount).toBe(theirs.rowCount);
    expect(ours.actualRowCount).toBe(theirs.actualRowCount);
    let compared = 0;
    for (let r = 1; r <= theirs.rowCount; r++) {
      for (let c = 1; c <= 6; c++) {
        const a = theirs.getRow(r).getCell(c);
        const b = ours.getRow(r).getCell(c);
        // exceljs names a shared formula's master by address; ours keeps the group's index, and the
        // readers use neither: only that it is a formula and what it gave.
        // exceljs also drops the saved result of every cell of a shared formula (0 here); we keep it.
        const shared = a.value && typeof a.value === 'object' ? a.value : null;
        const value =
          shared && 'sharedFormula' in shared
            ? { sharedFormula: '0', result: 0 }
            : shared && 'shareType' in shared
              ? { formula: (shared as ExcelJS.CellFormulaValue).formula, result: 0 }
              : a.value;
        expect([b.address, b.value], b.address).toEqual([a.address, value]);
        expect(b.font?.name, b.address).toBe(a.font?.name);
        expect([b.isMerged, b.master.address], b.address).toEqual([a.isMerged, a.master.address]);
        compared++;
      }
    }
    expect(compared).toBe(48);
    expect(ours.getRow(7).getCell(1).value).toBe('Dòng Ạạ');
    expect(ours.getRow(3).getCell(3).value).toEqual(new Date(Date.UTC(2021, 3, 30)));
    expect(ours.getRow(5).getCell(3).value).toBe('Ô gộp');
    const stamp: unknown[] = [];
    book.getWorksheet('Thiết lập')!.eachRow((row) => stamp.push(row.getCell(1).value, row.getCell(2).value));
    expect(stamp).toEqual(['form_id', 'tdkt-registration-form']);
  });
});
