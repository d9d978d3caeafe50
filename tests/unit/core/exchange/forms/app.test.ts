// The Excel forms through the API on a real database: written, edited as a unit would in Excel (through
// exceljs), read back. Each refusal has its own Vietnamese message, and reading never changes the data.
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import type { Context } from '../../../../../core/context.ts';
import { formLookup } from '../../../../../core/exchange/forms/app.ts';
import { readWorkbook } from '../../../../../core/exchange/forms/read-workbook.ts';
import { columnOf } from '../../../../../core/exchange/forms/registration-layout.ts';
import { databaseDigest, demoApp, freshApp, refusal, unitAndCampaign } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

async function small() {
  const app = freshApp();
  apps.push(app);
  const { unit, campaign } = await unitAndCampaign(app);
  const other = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Bình Thọ', kind: 'phuong_xa' });
  await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Trồng 500 cây xanh trên các tuyến đường', field: 'Trồng cây xanh', level: 'co_so',
    target: '500 cây', dueDate: '2021-05-15', owner: 'Nguyễn Văn An',
  });
  await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Một cửa liên thông điện tử', field: 'Cải cách hành chính', level: 'thanh_pho',
    target: '100% hồ sơ trực tuyến', dueDate: null, owner: '',
  });
  return { app, unit, other, campaign };
}

async function edit(contentBase64: string, change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const dataSheet = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Đăng ký')!;
const settings = (workbook: ExcelJS.Workbook, key: string, value: string) => {
  workbook.getWorksheet('Thiết lập')!.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
};
const read = (app: TdktApp, fileName: string, contentBase64: string, campaignId?: number) =>
  app.invoke('exchange.readExcel', { fileName, contentBase64, campaignId });
const inputOf = (app: TdktApp, fileName: string, contentBase64: string, campaignId?: number) =>
  readWorkbook(Buffer.from(contentBase64, 'base64'), fileName, formLookup({ conn: app.connection } as Context, campaignId), '2021-04-20');

describe('the registration form', () => {
  it('round-trips every work of the demo campaign, and reading changes nothing', async () => {
    const app = await demoApp();
    apps.push(app);
    const raw = app.connection.raw;
    const campaignId = raw.prepare('SELECT id FROM campaigns').pluck().get() as number;
    const form = await app.invoke('exchange.excelForm', { campaignId });
    expect(form.fileName).toBe('Bieu-mau-dang-ky-tat-ca-don-vi.xlsx');
    const before = databaseDigest(raw);
    const summary = await read(app, form.fileName, form.contentBase64, campaignId);
    expect(databaseDigest(raw)).toBe(before);
    expect(summary.errors).toEqual([]);
    const { input } = await inputOf(app, form.fileName, form.contentBase64, campaignId);
    const works = raw
      .prepare(
        `SELECT w.uuid, w.updated_at AS baseUpdatedAt, u.code AS unitCode, w.title, w.field, w.level, w.target, w.due_date AS dueDate,
                w.owner, w.status, w.completed_on AS completedOn
           FROM works w JOIN units u ON u.id = w.unit_id WHERE w.campaign_id = ? ORDER BY w.uuid`,
      )
      .all(campaignId);
    expect(works.length).toBeGreaterThan(500);
    expect(summary.counts.works).toBe(works.length);
    const back = input.works.map(({ place: _p, note: _n, ...w }) => w).sort((a, b) => a.uuid!.localeCompare(b.uuid!));
    expect(back).toEqual(works);
    expect(input.campaignUuid).toBe(raw.prepare('SELECT uuid FROM campaigns WHERE id = ?').pluck().get(campaignId));
  });

  it('stamps its settings sheet veryHidden and binds dropdowns and date checks to the rows written', async () => {
    const { app, campaign, unit } = await small();
    const form = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
    expect(form.fileName).toBe('Bieu-mau-dang-ky-P01.xlsx');
    const files = unzipSync(Buffer.from(form.contentBase64, 'base64'));
    const workbookXml = Buffer.from(files['xl/workbook.xml']).toString();
    expect(workbookXml).toMatch(/name="Thiết lập" state="veryHidden"/u);
    expect(workbookXml).toMatch(/name="Danh mục" state="hidden"/u);
    const sheetXml = Buffer.from(files['xl/worksheets/sheet1.xml']).toString();
    // 2 works + 30 empty rows below the header: rows 2–33, never whole columns.
    const ranges = [...sheetXml.matchAll(/<dataValidation [^>]*type="(\w+)"[^>]*sqref="([^"]+)"/gu)].map((m) => `${m[1]} ${m[2]}`);
    expect(ranges.sort()).toEqual(['date H2:H33', 'date K2:K33', 'list B2:B33', 'list E2:E33', 'list F2:F33', 'list J2:J33']);
    expect(sheetXml).toContain('<sheetProtection sheet="1"');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(form.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const stamp = new Map<string, unknown>();
    workbook.getWorksheet('Thiết lập')!.eachRow((row) => stamp.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(Object.fromEntries(stamp)).toMatchObject({
      form_id: 'tdkt-registration-form',
      version: '1',
      campaign_uuid: app.connection.raw.prepare('SELECT uuid FROM campaigns WHERE id = ?').pluck().get(campaign.id),
      campaign_name: campaign.name,
      unit_code: 'P01',
      created_at: '2021-04-20T03:00:00.000Z',
    });
    const sheet = dataSheet(workbook);
    // Locked is Excel's default for a cell, so the header's says nothing or says locked; the rows below say open.
    expect(sheet.getRow(1).getCell(1).protection?.locked ?? true).toBe(true);
    expect(sheet.getRow(5).getCell(columnOf('title')).protection?.locked).toBe(false);
    expect(sheet.getRow(2).getCell(columnOf('dueDate')).value).toEqual(new Date('2021-05-15T00:00:00Z'));
    expect(workbook.getWorksheet('Hướng dẫn')!.getRow(1).getCell(1).value).toContain(campaign.name);
  });

  it('gives row errors naming the row and column, skips blank rows, and converts TCVN3 and VNI text', async () => {
    const { app, campaign, unit } = await small();
    const form = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
    const changed = await edit(form.contentBase64, (workbook) => {
      const sheet = dataSheet(workbook);
      const set = (r: number, key: Parameters<typeof columnOf>[0], value: ExcelJS.CellValue, font?: string) => {
        const cell = sheet.getRow(r).getCell(columnOf(key));
        cell.value = value;
        // A style of its own: exceljs shares one style object between the cells that had the same one.
        if (font) cell.style = { ...cell.style, font: { name: font } };
      };
      // Row 4: a new work typed in TCVN3 with its font; row 5: VNI without a font; row 6 is left blank.
      set(4, 'title', 'Trång c©y xanh ë tr­êng häc', '.VnTime');
      set(4, 'field', 'Trồng cây xanh');
      set(4, 'level', 'Cấp cơ sở');
      set(5, 'title', 'Chuyeån ñoåi soá thuû tuïc haønh chính');
      set(5, 'field', 'cai cach hanh chinh');
      set(5, 'level', 'co so');
      set(5, 'status', 'Đang thực hiện');
      set(7, 'title', 'Tổ chức ngày hội');
      set(7, 'field', 'Cải cách hành chính');
      set(7, 'level', 'Cấp cơ sở');
      set(7, 'dueDate', '31/02/2026');
      set(8, 'unitCode', 'P02');
      set(8, 'title', 'Công trình của đơn vị khác');
      set(8, 'field', 'Trồng cây xanh');
      set(8, 'level', 'Cấp cơ sở');
      set(9, 'owner', 'Trần Thị Bình');
      set(12, 'title', 'Vệ sinh môi trường');
      set(12, 'field', 'xyz');
      set(12, 'level', 'Cấp cơ sở');
      set(13, 'title', 'trồng 500 cây xanh trên các tuyến đường');
      set(13, 'field', 'Trồng cây xanh');
      set(13, 'level', 'Cấp cơ sở');
      set(14, 'title', 'Hoàn thành sớm');
      set(14, 'field', 'Trồng cây xanh');
      set(14, 'level', 'Cấp phường');
      set(14, 'completedOn', new Date('2021-04-01T00:00:00Z'));
    });
    const before = databaseDigest(app.connection.raw);
    const summary = await read(app, 'P01.xlsx', changed, campaign.id);
    expect(databaseDigest(app.connection.raw)).toBe(before);
    expect(summary.errors.map((e) => e.message)).toEqual([
      "Dòng 7, cột Thời hạn: '31/02/2026' không phải ngày (tháng 02/2026 chỉ có 28 ngày)",
      "Dòng 8, cột Mã đơn vị: 'P02' không phải đơn vị của biểu mẫu này (P01)",
      'Dòng 9, cột Tên công trình: chưa nhập',
      'Dòng 9, cột Lĩnh vực: chưa nhập',
      'Dòng 9, cột Cấp: chưa nhập',
      "Dòng 12, cột Lĩnh vực: 'xyz' không có trong danh mục",
      'Dòng 13, cột Tên công trình: trùng với công trình ở dòng 2 của cùng đơn vị',
      "Dòng 14, cột Cấp: 'Cấp phường' không có trong danh mục",
      'Dòng 14, cột Ngày hoàn thành: chỉ ghi khi Tình trạng là "Hoàn thành"',
    ]);
    expect(summary.errors[0]).toMatchObject({ sheet: 'Đăng ký', row: 7, column: 'Thời hạn' });
    expect(summary.notes.map((n) => n.message)).toEqual(['Dòng 4: chuyển từ mã TCVN3 sang Unicode', 'Dòng 5: chuyển từ mã VNI sang Unicode']);
    const { input } = await inputOf(app, 'P01.xlsx', changed, campaign.id);
    expect(input.works.map((w) => [w.place.row, w.title, w.field, w.level, w.status])).toEqual([
      [2, 'Trồng 500 cây xanh trên các tuyến đường', 'Trồng cây xanh', 'co_so', 'da_dang_ky'],
      [3, 'Một cửa liên thông điện tử', 'Cải cách hành chính', 'thanh_pho', 'da_dang_ky'],
      [4, 'Trồng cây xanh ở trường học', 'Trồng cây xanh', 'co_so', 'da_dang_ky'],
      [5, 'Chuyển đổi số thủ tục hành chính', 'Cải cách hành chính', 'co_so', 'dang_thuc_hien'],
    ]);
    expect(input.works[2].uuid).toBeUndefined();

    // The errored rows go back to the unit with a "Lỗi" column; fixed there, they read clean.
    const errored = await app.invoke('exchange.erroredRows', { fileName: 'P01.xlsx', contentBase64: changed, campaignId: campaign.id });
    expect(errored.fileName).toBe('Dong-loi-P01.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(errored.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = dataSheet(back);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.at(-1)).toBe('Lỗi');
    expect(sheet.rowCount).toBe(1 + 6);
    expect(sheet.getRow(2).getCell(columnOf('title')).value).toBe('Tổ chức ngày hội');
    expect(sheet.getRow(2).getCell(headers.length).value).toBe("Dòng 7, cột Thời hạn: '31/02/2026' không phải ngày (tháng 02/2026 chỉ có 28 ngày)");
    const fixed = await edit(errored.contentBase64, (workbook) => {
      const s = dataSheet(workbook);
      s.getRow(2).getCell(columnOf('dueDate')).value = new Date('2021-05-10T00:00:00Z');
      // The unit gives up on the other five: emptied, they are blank rows and skipped.
      for (let r = 3; r <= 7; r++) s.getRow(r).eachCell((cell) => {
        cell.value = null;
      });
    });
    const again = await read(app, 'P01-sua.xlsx', fixed, campaign.id);
    expect(again.errors).toEqual([]);
    expect(again.counts.works).toBe(1);
  });

  it('refuses another campaign, another version and strangers, each with its own message', async () => {
    const { app, campaign, unit } = await small();
    const second = await app.invoke('campaigns.save', { name: 'Phong trào Dân vận khéo', form: 'thuong_xuyen', startDate: '2021-01-01', endDate: '2021-12-31' });
    const form = await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id });
    const before = databaseDigest(app.connection.raw);
    const message = async (fileName: string, contentBase64: string, campaignId?: number) =>
      (await refusal(app, 'exchange.readExcel', { fileName, contentBase64, campaignId })).message;

    expect(await message('a.xlsx', form.contentBase64, second.id)).toBe(
      `Biểu mẫu này thuộc phong trào "${campaign.name}", không phải "Phong trào Dân vận khéo". Hãy chọn đúng đợt thi đua hoặc dùng đúng biểu mẫu.`,
    );
    const old = await edit(form.contentBase64, (w) => settings(w, 'version', '0'));
    expect(await message('cu.xlsx', old)).toBe(
      'Tệp "cu.xlsx" là biểu mẫu đăng ký công trình, phần việc phiên bản 0, đã cũ: phần mềm này đọc phiên bản 1. Hãy xuất biểu mẫu mới và điền lại.',
    );
    const newer = await edit(form.contentBase64, (w) => settings(w, 'version', '2'));
    expect(await message('moi.xlsx', newer)).toBe(
      'Tệp "moi.xlsx" là biểu mẫu đăng ký công trình, phần việc phiên bản 2, do phần mềm mới hơn tạo: phần mềm này đọc phiên bản 1. Hãy cập nhật phần mềm.',
    );
    const elsewhere = await edit(form.contentBase64, (w) => {
      settings(w, 'campaign_uuid', '00000000-0000-4000-8000-000000000000');
      settings(w, 'campaign_name', 'Phong trào của huyện bạn');
    });
    expect(await message('ban.xlsx', elsewhere)).toBe('Biểu mẫu này thuộc phong trào "Phong trào của huyện bạn", không có trong dữ liệu của máy này.');

    const stranger = new ExcelJS.Workbook();
    stranger.addWorksheet('Sheet1').addRow(['Họ tên', 'Ngày sinh']);
    const strangerBase64 = Buffer.from(await stranger.xlsx.writeBuffer()).toString('base64');
    expect(await message('bang-luong.xlsx', strangerBase64)).toBe(
      'Tệp "bang-luong.xlsx" không phải biểu mẫu của phần mềm TĐKT (không có trang thiết lập của biểu mẫu, cũng không phải danh sách đơn vị). Hãy dùng biểu mẫu xuất từ phần mềm.',
    );
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await message('bao-cao.xlsx', Buffer.from(docx).toString('base64'))).toBe('Tệp "bao-cao.xlsx" là văn bản Word (.docx) bị đổi đuôi, không phải bảng tính Excel.');
    const truncated = Buffer.from(form.contentBase64, 'base64').subarray(0, 3000);
    expect(await message('dut.xlsx', truncated.toString('base64'))).toBe(
      'Tệp "dut.xlsx" bị hỏng hoặc không trọn vẹn (không giải nén được). Hãy mở lại bằng Excel, lưu rồi gửi lại.',
    );
    expect(await message('x.xlsx', 'không phải base64!')).toBe('Nội dung tệp "x.xlsx" bị hỏng (không phải base64).');
    const renamedSheet = await edit(form.contentBase64, (w) => {
      dataSheet(w).name = 'Sheet1';
    });
    expect(await message('doi-ten.xlsx', renamedSheet)).toBe(
      'Tệp "doi-ten.xlsx" không còn trang "Đăng ký" của biểu mẫu. Không đổi tên, không xóa trang; hãy xuất biểu mẫu mới nếu cần.',
    );
    const lostColumn = await edit(form.contentBase64, (w) => {
      dataSheet(w).getRow(1).getCell(columnOf('field')).value = 'Nội dung';
    });
    expect(await message('mat-cot.xlsx', lostColumn)).toBe(
      'Tệp "mat-cot.xlsx", trang "Đăng ký": thiếu cột "Lĩnh vực" ở dòng tiêu đề. Không sửa, không xóa cột của biểu mẫu; hãy xuất biểu mẫu mới nếu cần.',
    );
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });

  it('writes one workbook per unit, zipped, each stamped with its unit', async () => {
    const { app, campaign, other } = await small();
    const raw = app.connection.raw;
    raw.prepare("INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES (?, ?, ?, '2021-03-12', '2021-03-12T00:00:00.000Z')").run(crypto.randomUUID(), campaign.id, other.id);
    const zip = await app.invoke('exchange.excelForm', { campaignId: campaign.id, perUnit: true });
    expect(zip.fileName).toBe('Bieu-mau-dang-ky-tung-don-vi.zip');
    const files = unzipSync(Buffer.from(zip.contentBase64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['Bieu-mau-dang-ky-P01.xlsx', 'Bieu-mau-dang-ky-P02.xlsx']);
    const p02 = Buffer.from(files['Bieu-mau-dang-ky-P02.xlsx']).toString('base64');
    const { input } = await inputOf(app, 'P02.xlsx', p02);
    expect(input.works).toEqual([]);
    expect(input.errors).toEqual([]);
  });
});

describe('the units workbook', () => {
  it('round-trips the demo units with their khối/cụm and roles', async () => {
    const app = await demoApp();
    apps.push(app);
    const raw = app.connection.raw;
    const book = await app.invoke('exchange.unitsWorkbook', {});
    const { input } = await inputOf(app, book.fileName, book.contentBase64);
    expect(input.source.what).toBe('units');
    expect(input.errors).toEqual([]);
    const units = raw
      .prepare('SELECT u.uuid, u.code, u.name, u.short_name AS shortName, u.kind, p.code AS parentCode, u.active FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code')
      .all() as { active: number }[];
    expect(input.units.map(({ place: _p, memberships: _m, baseUpdatedAt: _b, ...u }) => u).sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      units.map((u) => ({ ...u, active: u.active === 1 })),
    );
    const members = raw
      .prepare(
        `SELECT u.code AS unitCode, g.code AS groupCode, m.role, m.valid_from AS validFrom, m.valid_to AS validTo
           FROM group_members m JOIN units u ON u.id = m.unit_id JOIN groups g ON g.id = m.group_id ORDER BY 1, 2, 4`,
      )
      .all();
    expect(members.length).toBeGreaterThan(100);
    const back = input.units.flatMap((u) => u.memberships.map((m) => ({ unitCode: u.code, ...m })));
    back.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.groupCode.localeCompare(b.groupCode) || a.validFrom.localeCompare(b.validFrom));
    expect(back).toEqual(members);
    expect(input.groups).toHaveLength(raw.prepare('SELECT count(*) FROM groups').pluck().get() as number);
  });

  it('reads a list typed by hand, with its row errors', async () => {
    const { app } = await small();
    const workbook = new ExcelJS.Workbook();
    const units = workbook.addWorksheet('Đơn vị');
    units.addRow(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Mã đơn vị cấp trên', 'Đang hoạt động']);
    units.addRow([1, 'PX01', 'Phường Linh Xuân', '', 'Phường, xã', '', 'Có']);
    units.addRow([2, 'PX01', 'Phường Linh Đông', '', 'Phường, xã', '', '']);
    units.addRow([3, 'TH01', 'Trường Tiểu học Linh Chiểu', 'TH Linh Chiểu', 'Bệnh viện', 'PX01', '']);
    units.addRow([]);
    units.addRow([5, 'TH02', 'Tr­êng TiÓu häc B×nh Thä', '', 'truong', 'PX01', 'Không']);
    const groups = workbook.addWorksheet('Khối, cụm');
    groups.addRow(['STT', 'Mã khối/cụm', 'Loại', 'Tên khối/cụm']);
    groups.addRow([1, 'CUM1', 'Cụm', 'Cụm thi đua số 1']);
    const members = workbook.addWorksheet('Thành viên');
    members.addRow(['STT', 'Mã khối/cụm', 'Mã đơn vị', 'Tên đơn vị', 'Vai trò', 'Từ ngày', 'Đến ngày']);
    members.addRow([1, 'CUM1', 'PX01', '', 'Trưởng', '01/01/2021', '']);
    members.addRow([2, 'CUM1', 'TH02', '', '', '', '']);
    members.addRow([3, 'CUM1', 'ZZ9', '', 'Phó', '', '']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const { input } = await inputOf(app, 'don-vi.xlsx', contentBase64);
    expect(input.errors.map((e) => `${e.place.sheet} | ${e.message}`)).toEqual([
      "Đơn vị | Dòng 3, cột Mã đơn vị: 'PX01' trùng với mã ở dòng 2",
      "Đơn vị | Dòng 4, cột Loại đơn vị: 'Bệnh viện' không có trong danh mục",
      'Thành viên | Dòng 4, cột Mã đơn vị: \'ZZ9\' không có ở trang "Đơn vị" của tệp',
    ]);
    expect(input.units.map((u) => [u.code, u.name, u.kind, u.parentCode, u.active])).toEqual([
      ['PX01', 'Phường Linh Xuân', 'phuong_xa', null, true],
      ['TH02', 'Trường Tiểu học Bình Thọ', 'truong', 'PX01', false],
    ]);
    expect(input.notes.map((n) => n.message)).toEqual(['Dòng 6: chuyển từ mã TCVN3 sang Unicode']);
    expect(input.units[0].memberships).toEqual([{ groupCode: 'CUM1', role: 'truong', validFrom: '2021-01-01', validTo: null }]);
    expect(input.units[1].memberships).toEqual([{ groupCode: 'CUM1', role: 'thanh_vien', validFrom: '2021-04-20', validTo: null }]);
    expect(input.groups.map((g) => [g.code, g.kind, g.name, g.active])).toEqual([['CUM1', 'cum', 'Cụm thi đua số 1', true]]);
  });
});
