// The corpus of malformed workbooks (tests/fixtures/exchange/excel/make.ts) through the real API on a
// real database: each file gets its own Vietnamese message naming the file, sheet, row and column, or
// is accepted with the right note; and the data is the same afterwards, compared as a dump of every
// table, both after reading it for a campaign and after previewing and applying it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import type { ExcelReadSummary, ImportPreview } from '../../../../../core/api/types.ts';
import { makeExcelCorpus } from '../../../../fixtures/exchange/excel/make.ts';
import { databaseDigest, freshApp, unitAndCampaign } from '../../../helpers.ts';

const CAMPAIGN = 'Đợt thi đua chào mừng 100 ngày thành lập thành phố';
const refusedHere = (file: string, what: string) => `Tệp "${file}"${what}`;

/** What reading a file for the campaign says: a refusal, or the row errors and notes of what it brings. */
type Expected =
  | { refused: string; /** The preview without a chosen campaign says otherwise, or (null) accepts the file for what it is. */ preview?: string | null }
  | { errors: string[]; notes?: string[]; /** New works the import writes (the rows without errors). */ written?: number; stored?: [string, string][] };

const EXPECTED: Record<string, Expected> = {
  'van-ban-doi-duoi.xlsx': { refused: refusedHere('van-ban-doi-duoi.xlsx', ' là văn bản Word (.docx) bị đổi đuôi, không phải bảng tính Excel.') },
  'excel-2003.xlsx': {
    refused: refusedHere('excel-2003.xlsx', ' là bảng tính Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (.xlsx)".'),
  },
  'dat-mat-khau.xlsx': {
    refused: refusedHere(
      'dat-mat-khau.xlsx',
      ' được đặt mật khẩu mở tệp nên phần mềm không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu rồi gửi lại.',
    ),
  },
  'ngau-nhien.xlsx': { refused: refusedHere('ngau-nhien.xlsx', ' không phải bảng tính Excel (.xlsx).') },
  'dut-giua-chung.xlsx': {
    refused: refusedHere('dut-giua-chung.xlsx', ' bị hỏng hoặc không trọn vẹn (không giải nén được). Hãy mở lại bằng Excel, lưu rồi gửi lại.'),
  },
  'bom-nen.xlsx': { refused: refusedHere('bom-nen.xlsx', ' khi giải nén nặng trên 200 MB, quá giới hạn của một bảng tính nhập vào.') },
  'nen-anh.xlsx': { refused: refusedHere('nen-anh.xlsx', ' không phải bảng tính Excel (.xlsx): trong tệp không có sổ tính.') },
  'so-tinh-hong.xlsx': {
    refused: refusedHere('so-tinh-hong.xlsx', ' bị hỏng: Excel lưu thiếu hoặc sai một phần nội dung. Hãy mở lại bằng Excel, lưu rồi gửi lại.'),
  },
  'tram-nghin-dong.xlsx': {
    refused: refusedHere(
      'tram-nghin-dong.xlsx',
      ', trang "Đăng ký" có 100.001 dòng, quá giới hạn 20.000 dòng của một bảng tính nhập vào. Hãy chia thành nhiều tệp.',
    ),
  },
  'dot-thi-dua-khac.xlsx': {
    refused: `Biểu mẫu này thuộc phong trào "Phong trào Dân vận khéo", không phải "${CAMPAIGN}". Hãy chọn đúng đợt thi đua hoặc dùng đúng biểu mẫu.`,
    // Without a campaign chosen it is that other campaign's own form, read as such.
    preview: null,
  },
  'phong-trao-may-khac.xlsx': {
    refused: `Biểu mẫu này thuộc phong trào "Phong trào của huyện bạn", không phải "${CAMPAIGN}". Hãy chọn đúng đợt thi đua hoặc dùng đúng biểu mẫu.`,
    preview: 'Biểu mẫu này thuộc phong trào "Phong trào của huyện bạn", không có trong dữ liệu của máy này.',
  },
  'phien-ban-cu.xlsx': {
    refused: refusedHere(
      'phien-ban-cu.xlsx',
      ' là biểu mẫu đăng ký công trình, phần việc phiên bản 0, đã cũ: phần mềm này đọc phiên bản 1. Hãy xuất biểu mẫu mới và điền lại.',
    ),
  },
  'phien-ban-moi.xlsx': {
    refused: refusedHere(
      'phien-ban-moi.xlsx',
      ' là biểu mẫu đăng ký công trình, phần việc phiên bản 2, do phần mềm mới hơn tạo: phần mềm này đọc phiên bản 1. Hãy cập nhật phần mềm.',
    ),
  },
  'mat-trang-thiet-lap.xlsx': {
    refused: refusedHere(
      'mat-trang-thiet-lap.xlsx',
      ' không phải biểu mẫu của phần mềm TĐKT (không có trang thiết lập của biểu mẫu, cũng không phải danh sách đơn vị). Hãy dùng biểu mẫu xuất từ phần mềm.',
    ),
  },
  'sua-loai-bieu-mau.xlsx': { refused: refusedHere('sua-loai-bieu-mau.xlsx', ' là biểu mẫu loại "bieu-mau-tu-lam", phần mềm này không đọc được loại đó.') },
  'danh-sach-don-vi.xlsx': {
    refused: refusedHere(
      'danh-sach-don-vi.xlsx',
      ` là danh sách đơn vị, khối, cụm, không phải biểu mẫu đăng ký của "${CAMPAIGN}". Hãy chọn biểu mẫu đăng ký của đợt thi đua này, hoặc nhập danh sách đơn vị ở trang Trao đổi dữ liệu.`,
    ),
    // Dropped on the exchange page it is what it is: the units list, read as one.
    preview: null,
  },
  'doi-ten-trang.xlsx': {
    refused: refusedHere('doi-ten-trang.xlsx', ' không còn trang "Đăng ký" của biểu mẫu. Không đổi tên, không xóa trang; hãy xuất biểu mẫu mới nếu cần.'),
  },
  'sua-tieu-de.xlsx': {
    refused: refusedHere(
      'sua-tieu-de.xlsx',
      ', trang "Đăng ký": thiếu cột "Lĩnh vực" ở dòng tiêu đề. Không sửa, không xóa cột của biểu mẫu; hãy xuất biểu mẫu mới nếu cần.',
    ),
  },
  'chen-dong-tren-tieu-de.xlsx': {
    refused: refusedHere(
      'chen-dong-tren-tieu-de.xlsx',
      ', trang "Đăng ký": dòng tiêu đề phải là dòng 1 nhưng đang ở dòng 3. Hãy xóa các dòng phía trên dòng tiêu đề rồi gửi lại.',
    ),
  },
  'cot-trung-ten.xlsx': {
    refused: refusedHere('cot-trung-ten.xlsx', ', trang "Đăng ký": cột "Ghi chú" có hai lần ở dòng tiêu đề (cột L và cột O). Hãy xóa cột thừa rồi gửi lại.'),
  },
  'trang-trong.xlsx': {
    refused: refusedHere('trang-trong.xlsx', ', trang "Đăng ký" trống: không có dòng tiêu đề, không có dữ liệu. Hãy dùng biểu mẫu xuất từ phần mềm.'),
  },
  'chua-dien.xlsx': { errors: [], notes: ['Trang "Đăng ký" không có công trình nào: biểu mẫu chưa được điền.'] },
  'linh-vuc-la.xlsx': { errors: ["Dòng 4, cột Lĩnh vực: 'xyz' không có trong danh mục"] },
  'cap-tinh-trang-la.xlsx': {
    errors: ["Dòng 4, cột Cấp: 'Cấp quận' không có trong danh mục", "Dòng 5, cột Tình trạng: 'Sắp xong' không có trong danh mục"],
  },
  'ngay-sai.xlsx': {
    errors: [
      "Dòng 4, cột Thời hạn: '31/02/2021' không phải ngày (tháng 02/2021 chỉ có 28 ngày)",
      "Dòng 5, cột Thời hạn: '15/3/1899' không phải ngày (năm 1899 nằm ngoài khoảng 1900–2100)",
      "Dòng 6, cột Thời hạn: '31/12/1899' không phải ngày (năm 1899 nằm ngoài khoảng 1900–2100)",
      "Dòng 7, cột Thời hạn: 'cuối tháng 5' không phải ngày",
      "Dòng 8, cột Thời hạn: '01/01/2150' không phải ngày (năm 2150 nằm ngoài khoảng 1900–2100)",
    ],
  },
  'ma-don-vi-la.xlsx': { errors: ["Dòng 104, cột Mã đơn vị: 'ZZ99' không có trong danh mục đơn vị"] },
  'don-vi-khac.xlsx': { errors: ["Dòng 4, cột Mã đơn vị: 'P02' không phải đơn vị của biểu mẫu này (P01)"] },
  'sua-don-vi-thiet-lap.xlsx': {
    errors: [
      "Dòng 2, cột Mã đơn vị: 'P01' không phải đơn vị của biểu mẫu này (P02)",
      "Dòng 3, cột Mã đơn vị: 'P01' không phải đơn vị của biểu mẫu này (P02)",
    ],
  },
  'dong-trung.xlsx': { errors: ['Dòng 5, cột Tên công trình: trùng với công trình ở dòng 4 của cùng đơn vị'], written: 1, stored: [['title', 'Thu gom rác thải nhựa']] },
  'qua-dai.xlsx': { errors: ['Dòng 4, cột Tên công trình: dài 1.199 ký tự, tối đa 1.000 ký tự'] },
  'cong-thuc.xlsx': {
    errors: [
      'Dòng 5, cột Tên công trình: ô chứa công thức chưa được Excel tính ra giá trị (hãy mở tệp bằng Excel, lưu lại rồi gửi lại)',
      "Dòng 6, cột Tên công trình: '#REF!' là lỗi của công thức trong ô",
    ],
    // =HYPERLINK is read as the text Excel showed, never as a formula to run.
    written: 1,
    stored: [['title', 'Số hóa hồ sơ']],
  },
  'o-gop.xlsx': { errors: ['Dòng 4, cột Lĩnh vực: ô E4 bị gộp với ô D4 của cột khác; hãy bỏ gộp ô rồi gửi lại'] },
  'tcvn3.xlsx': { errors: [], notes: ['Dòng 4: chuyển từ mã TCVN3 sang Unicode'], written: 1, stored: [['title', 'Trồng cây xanh ở trường học']] },
  'vni.xlsx': {
    errors: [],
    notes: ['Dòng 4: chuyển từ mã VNI sang Unicode'],
    written: 1,
    stored: [['title', 'Chuyển đổi số thủ tục hành chính'], ['field', 'Cải cách hành chính']],
  },
  'nfd.xlsx': { errors: [], written: 1, stored: [['title', 'Xây dựng đường giao thông nông thôn'], ['owner', 'Nguyễn Thị Ánh']] },
  'so-va-ngay-kieu-chu.xlsx': {
    errors: [],
    written: 2,
    stored: [['target', '1500,5'], ['due_date', '2021-04-30'], ['target', '1.200 đơn vị máu'], ['due_date', '2021-05-01']],
  },
  // A unit's code merged down over its rows means that code on each of them.
  'gop-ma-don-vi-doc.xlsx': { errors: [], written: 2, stored: [['title', 'Dọn vệ sinh kênh rạch'], ['title', 'Thắp sáng đường quê']] },
  'ca-cot-tha-xuong.xlsx': { errors: [] },
};

/** Words of English or of a raw error, outside the quoted parts (which are what the user typed). */
const ENGLISH =
  /\b(the|and|of|is|not|file|sheet|row|column|cell|error|invalid|cannot|can't|failed|unexpected|undefined|null|NaN|object|true|false|missing|found|zip|xml|sqlite|ENOENT|TypeError|Error)\b/iu;
const unquoted = (message: string) => message.replace(/"[^"]*"|'[^']*'/gu, '');

type Envelope<T> = { ok: true; result: T } | { ok: false; error: { message: string } };

let app: TdktApp;
let campaignId: number;
let corpus: Record<string, Uint8Array>;
const messages: string[] = [];

beforeAll(async () => {
  app = freshApp();
  const { unit, campaign } = await unitAndCampaign(app);
  campaignId = campaign.id;
  const p02 = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Bình Thọ', kind: 'phuong_xa' });
  app.connection.raw
    .prepare("INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES (?, ?, ?, '2021-03-12', '2021-03-12T00:00:00.000Z')")
    .run(crypto.randomUUID(), campaign.id, p02.id);
  await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Trồng 500 cây xanh trên các tuyến đường', field: 'Trồng cây xanh', level: 'co_so',
    target: '500 cây', dueDate: '2021-05-15', owner: 'Nguyễn Văn An',
  });
  await app.invoke('works.save', {
    campaignId: campaign.id, unitId: unit.id, title: 'Một cửa liên thông điện tử', field: 'Cải cách hành chính', level: 'thanh_pho',
    target: '100% hồ sơ trực tuyến', dueDate: null, owner: '',
  });
  const other = await app.invoke('campaigns.save', { name: 'Phong trào Dân vận khéo', form: 'thuong_xuyen', startDate: '2021-01-01', endDate: '2021-12-31' });
  const bytes = (f: { contentBase64: string }) => new Uint8Array(Buffer.from(f.contentBase64, 'base64'));
  corpus = await makeExcelCorpus({
    unitForm: bytes(await app.invoke('exchange.excelForm', { campaignId: campaign.id, unitId: unit.id })),
    allUnitsForm: bytes(await app.invoke('exchange.excelForm', { campaignId: campaign.id })),
    otherCampaignForm: bytes(await app.invoke('exchange.excelForm', { campaignId: other.id, unitId: unit.id })),
    unitsWorkbook: bytes(await app.invoke('exchange.unitsWorkbook', {})),
  });
}, 120_000);

afterAll(() => app?.close());

describe('the corpus of malformed workbooks', () => {
  it('has at least 30 files, each with its expectation', () => {
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(corpus).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: its own message, and the data unchanged', async (fileName) => {
    const raw = app.connection.raw;
    const expected = EXPECTED[fileName];
    const contentBase64 = Buffer.from(corpus[fileName]).toString('base64');
    const before = databaseDigest(raw);

    // Read for the campaign, as from the campaign's page.
    const read = (await app.call('exchange.readExcel', { fileName, contentBase64, campaignId })) as Envelope<ExcelReadSummary>;
    expect(databaseDigest(raw)).toBe(before);
    if ('refused' in expected) {
      expect(read.ok ? 'accepted' : read.error.message).toBe(expected.refused);
      messages.push(expected.refused);
    } else {
      if (!read.ok) throw new Error(read.error.message);
      expect(read.result.errors.map((e) => e.message)).toEqual(expected.errors);
      expect(read.result.notes.map((n) => n.message)).toEqual(expected.notes ?? []);
      for (const e of read.result.errors) expect(e).toMatchObject({ sheet: 'Đăng ký', column: expect.any(String), row: expect.any(Number) });
      messages.push(...expected.errors, ...(expected.notes ?? []));
    }

    // Dropped on the exchange page: previewed, then applied.
    const preview = (await app.call('exchange.preview', { fileName, contentBase64 })) as Envelope<ImportPreview>;
    if ('refused' in expected && expected.preview !== null) {
      expect(preview.ok ? 'accepted' : preview.error.message).toBe(expected.preview ?? expected.refused);
      if (expected.preview) messages.push(expected.preview);
      expect(databaseDigest(raw)).toBe(before);
      return;
    }
    if (!preview.ok) throw new Error(preview.error.message);
    expect(databaseDigest(raw)).toBe(before);
    if ('refused' in expected) return;
    const errorRows = preview.result.rows.filter((r) => r.action === 'error').map((r) => r.message);
    expect(errorRows).toEqual(expected.errors);
    const works = () => raw.prepare('SELECT count(*) FROM works').pluck().get() as number;
    const count = works();
    const applied = await app.call('exchange.apply', { stagingId: preview.result.stagingId });
    if (!applied.ok) throw new Error(applied.error.message);
    if (!expected.written) {
      expect(databaseDigest(raw)).toBe(before);
      return;
    }
    expect(works() - count).toBe(expected.written);
    const fresh = raw.prepare('SELECT * FROM works ORDER BY id DESC LIMIT ?').all(expected.written).reverse() as Record<string, unknown>[];
    const stored = expected.stored ?? [];
    const perWork = stored.length / expected.written;
    for (const [i, [column, value]] of stored.entries()) expect(fresh[Math.floor(i / perWork)][column]).toBe(value);
    // Undone, so the next file meets the same database.
    const undone = await app.call('exchange.undoLast', {});
    if (!undone.ok) throw new Error(undone.error.message);
    expect(works()).toBe(count);
  });

  it('says every message in Vietnamese: no English word outside what the user typed', () => {
    expect(messages.length).toBeGreaterThanOrEqual(40);
    for (const message of messages) expect(unquoted(message), message).not.toMatch(ENGLISH);
  });
});
