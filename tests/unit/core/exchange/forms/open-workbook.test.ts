// Opening a workbook before exceljs parses it: the caps, the files that are not .xlsx, and the clamp of
// whole-column validations (a unit's Excel saving "D2:D1048576" made exceljs build a million entries).
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../../core/api/envelope.ts';
import { clampRanges, lastUsedRow, MAX_FILE_BYTES, openWorkbook } from '../../../../../core/exchange/forms/open-workbook.ts';

/** The smallest .xlsx Excel opens: one sheet named `name` holding `xml`. */
function bareWorkbook(name: string, sheetXml: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    },
    { level: 1 },
  );
}

async function refused(bytes: Uint8Array, fileName: string): Promise<string> {
  const error = await openWorkbook(bytes, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('clampRanges', () => {
  it('bounds every validation and conditional format to the rows used', () => {
    const xml =
      '<dataValidations count="3"><dataValidation type="list" sqref="D2:D1048576 F:F"><formula1>$A$1:$A$3</formula1></dataValidation>' +
      '<dataValidation type="date" sqref="H2:H30 K5"/></dataValidations>' +
      '<conditionalFormatting sqref="A1:L1048576"><cfRule type="expression"/></conditionalFormatting>' +
      '<x14:dataValidation><xm:sqref>E2:E1048576</xm:sqref></x14:dataValidation>';
    expect(clampRanges(xml, 40)).toBe(
      '<dataValidations count="3"><dataValidation type="list" sqref="D2:D40 F1:F40"><formula1>$A$1:$A$3</formula1></dataValidation>' +
        '<dataValidation type="date" sqref="H2:H30 K5"/></dataValidations>' +
        '<conditionalFormatting sqref="A1:L40"><cfRule type="expression"/></conditionalFormatting>' +
        '<x14:dataValidation><xm:sqref>E2:E40</xm:sqref></x14:dataValidation>',
    );
  });

  it('finds the last row holding a value, not the last formatted one', () => {
    expect(lastUsedRow('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="7"><c r="B7" t="s"><v>0</v></c></row><row r="9" s="2"><c r="A9" s="2"/></row></sheetData>')).toBe(7);
    expect(lastUsedRow('<sheetData/>')).toBe(0);
  });
});

describe('openWorkbook', () => {
  it('clamps a sheet whose dropdowns cover whole columns before exceljs reads it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đăng ký');
    for (let r = 1; r <= 40; r++) sheet.addRow([r, `PX${r}`, 'Cấp cơ sở']);
    (sheet as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('C2:C41', {
      type: 'list',
      allowBlank: true,
      formulae: ['"Cấp cơ sở,Cấp thành phố"'],
    });
    const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
    // As Excel saves a validation applied to the whole column, plus a second one over two whole columns.
    files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('sqref="C2:C41"', 'sqref="C2:C1048576 D:E"'));
    const t0 = performance.now();
    const { workbook: opened, clamped } = await openWorkbook(zipSync(files), 'ca-cot.xlsx');
    const seconds = (performance.now() - t0) / 1000;
    expect(clamped).toBe(1);
    const model = (opened.getWorksheet('Đăng ký') as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    // C2:C40 and D1:E40: 119 cells, where the whole columns would have made 3,1 million.
    expect(Object.keys(model)).toHaveLength(39 + 80);
    expect(model.C40).toBeDefined();
    expect(model.C41).toBeUndefined();
    // The timing itself is the bench's (bench/excel-forms.ts); here only that it is far from the 3,7 s of the unclamped file.
    expect(seconds).toBeLessThan(3);
  });

  it('refuses what is not an .xlsx within the caps, naming the file', async () => {
    expect(await refused(new Uint8Array(0), 'rong.xlsx')).toBe('Tệp "rong.xlsx" rỗng (0 byte).');
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect(await refused(big, 'lon.xlsx')).toBe('Tệp "lon.xlsx" nặng 21 MB, quá giới hạn 20 MB của một bảng tính nhập vào.');
    expect(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.xlsx')).toBe(
      'Tệp "cu.xlsx" là bảng tính Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (.xlsx)".',
    );
    expect(await refused(strToU8('STT,Mã đơn vị\n1,PX01\n'), 'danh-sach.xlsx')).toBe('Tệp "danh-sach.xlsx" không phải bảng tính Excel (.xlsx).');
    expect(await refused(zipSync({ 'a.txt': strToU8('x') }), 'nen.xlsx')).toBe('Tệp "nen.xlsx" không phải bảng tính Excel (.xlsx): trong tệp không có sổ tính.');
    const broken = bareWorkbook('Trang 1', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    expect(await refused(broken, 'hong.xlsx')).toBe('Tệp "hong.xlsx" bị hỏng: Excel lưu thiếu hoặc sai một phần nội dung. Hãy mở lại bằng Excel, lưu rồi gửi lại.');
  });

  it('refuses a sheet of 100,000 rows whole, before parsing it', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_001; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Đơn vị ${r}</t></is></c></row>`);
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    expect(await refused(bareWorkbook('Danh sách', xml), 'tram-nghin.xlsx')).toBe(
      'Tệp "tram-nghin.xlsx", trang "Danh sách" có 100.001 dòng, quá giới hạn 20.000 dòng của một bảng tính nhập vào. Hãy chia thành nhiều tệp.',
    );
  });
});
