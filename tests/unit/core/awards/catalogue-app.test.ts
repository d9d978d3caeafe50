// The catalogue's handlers on a real database: the list of a day or of every period, edits that may not
// leave one form with two rows in force on a day, refusals in Vietnamese naming the field, removals
// refused while a row points at the form, and the dated base salary.
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { databaseDigest, freshApp, refusal } from '../../helpers.ts';

let app: TdktApp;
afterEach(() => app?.close());

const NEW_FORM = {
  name: 'Giấy khen',
  category: 'hinh_thuc' as const,
  recipient: 'ca_nhan' as 'ca_nhan' | 'tap_the',
  awardedBy: ['chu_tich_xa' as const],
  multiplierMilli: 400,
  certificateTitle: 'GIẤY KHEN',
  legalBasis: 'Nghị định số 200/2027/NĐ-CP',
  validFrom: '2027-01-01',
  validTo: null,
  sort: 20,
};

describe('awardForms.list', () => {
  it('lists the forms in force on a day (today by default), or every period', async () => {
    app = freshApp('2021-04-20T03:00:00.000Z');
    const today = await app.invoke('awardForms.list', {});
    expect(today.every((f) => f.legalBasis === 'Nghị định số 91/2017/NĐ-CP')).toBe(true);
    const on2025 = await app.invoke('awardForms.list', { on: '2025-08-01', recipient: 'tap_the' });
    expect(on2025.map((f) => f.code)).toEqual([
      'giay_khen_tap_the',
      'bang_khen_tap_the',
      'tap_the_lao_dong_tien_tien',
      'tap_the_lao_dong_xuat_sac',
      'thon_to_dan_pho_van_hoa',
    ]);
    const all = await app.invoke('awardForms.list', { includeAll: true });
    expect(all.filter((f) => f.code === 'giay_khen_ca_nhan').map((f) => f.validFrom)).toEqual(['2017-10-01', '2024-01-01', '2025-07-01']);
  });
});

describe('awardForms.save', () => {
  it('adds a period after closing the open one, with the code of the form and an audit line', async () => {
    app = freshApp();
    const open = (await app.invoke('awardForms.list', { on: '2026-01-01', recipient: 'ca_nhan' })).find((f) => f.code === 'giay_khen_ca_nhan')!;
    await app.invoke('awardForms.save', { ...open, validTo: '2026-12-31' });
    const added = await app.invoke('awardForms.save', { ...NEW_FORM, code: 'giay_khen_ca_nhan' });
    expect(added).toMatchObject({ code: 'giay_khen_ca_nhan', multiplierMilli: 400, awardedBy: ['chu_tich_xa'], validTo: null });
    const on = await app.invoke('awardForms.list', { on: '2027-03-01', recipient: 'ca_nhan' });
    expect(on.filter((f) => f.code === 'giay_khen_ca_nhan').map((f) => f.id)).toEqual([added.id]);
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'award_form' ORDER BY id").pluck().all();
    expect(audit).toEqual(['update', 'create']);
  });

  it('makes a code from the name and recipient for a new form, and an edit keeps its code', async () => {
    app = freshApp();
    const made = await app.invoke('awardForms.save', { ...NEW_FORM, name: 'Đơn vị tiêu biểu', recipient: 'tap_the' });
    expect(made.code).toBe('don_vi_tieu_bieu_tap_the');
    const edited = await app.invoke('awardForms.save', { ...NEW_FORM, id: made.id, name: 'Đơn vị xuất sắc', recipient: 'tap_the' });
    expect(edited.code).toBe('don_vi_tieu_bieu_tap_the');
  });

  it('refuses a second row of one form in force on a day, naming both periods, and changes nothing', async () => {
    app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const overlap = await refusal(app, 'awardForms.save', { ...NEW_FORM, code: 'giay_khen_ca_nhan', validFrom: '2025-01-01', validTo: '2025-12-31' });
    expect(overlap.fields?.validFrom).toBe(
      '"Giấy khen" (cá nhân) đã có dòng hiệu lực từ 01/01/2024 đến 30/6/2025, trùng với thời gian từ 01/01/2025 đến 31/12/2025: mỗi ngày chỉ một dòng được áp dụng. Sửa ngày hết hiệu lực của dòng cũ hoặc ngày có hiệu lực của dòng này.',
    );
    const open = await refusal(app, 'awardForms.save', { ...NEW_FORM, code: 'giay_khen_ca_nhan' });
    expect(open.fields?.validFrom).toContain('từ 01/7/2025 trở đi, trùng với thời gian từ 01/01/2027 trở đi');
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });

  it('refuses a period of a form for another recipient than its other periods', async () => {
    app = freshApp();
    const before = databaseDigest(app.connection.raw);
    // A period before the seeded ones: no overlap, only the recipient is wrong.
    const earlier = { ...NEW_FORM, code: 'giay_khen_ca_nhan', recipient: 'tap_the' as const, validFrom: '2012-01-01', validTo: '2017-09-30' };
    const error = await refusal(app, 'awardForms.save', earlier);
    expect(error.fields?.recipient).toBe(
      '"Giấy khen" đã có các thời kỳ tặng cho cá nhân: một thời kỳ mới phải tặng cho cùng đối tượng. Muốn tặng cho tập thể, hãy thêm danh hiệu, hình thức mới.',
    );
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });

  it('refuses an end before the start, an unknown level, a bad hệ số or category, naming the field', async () => {
    app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ validFrom: '2027-02-01', validTo: '2027-01-31' }, 'validTo', 'Ngày hết hiệu lực không được trước ngày có hiệu lực.'],
      [{ awardedBy: ['chu_tich_xa', 'vua'] }, 'awardedBy.1', 'Chọn thẩm quyền khen thưởng trong danh sách'],
      [{ multiplierMilli: 0.5 }, 'multiplierMilli', 'Hệ số tiền thưởng có tối đa 3 chữ số thập phân'],
      [{ multiplierMilli: -300 }, 'multiplierMilli', 'Hệ số tiền thưởng không được âm'],
      [{ category: 'huan_chuong' }, 'category', 'Chọn danh hiệu thi đua hoặc hình thức khen thưởng'],
      [{ name: ' ' }, 'name', 'Nhập tên danh hiệu, hình thức khen thưởng'],
      [{ code: 'Giấy Khen' }, 'code', 'Mã hình thức chỉ gồm chữ thường không dấu, số và dấu _'],
    ];
    for (const [change, field, message] of cases) {
      const error = await refusal(app, 'awardForms.save', { ...NEW_FORM, ...change });
      expect(error.fields?.[field], JSON.stringify(change)).toBe(message);
    }
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });
});

describe('awardForms.remove', () => {
  it('removes a row nothing points at, and refuses one a row points at', async () => {
    app = freshApp();
    const form = { ...NEW_FORM, name: 'Giấy khen đột xuất' };
    const made = await app.invoke('awardForms.save', form);
    expect(await app.invoke('awardForms.remove', { id: made.id })).toEqual({ removed: made.id });
    const used = await app.invoke('awardForms.save', form);
    app.connection.raw.exec('CREATE TABLE test_awards (id INTEGER PRIMARY KEY, form_id INTEGER NOT NULL REFERENCES award_forms(id))');
    app.connection.raw.prepare('INSERT INTO test_awards (form_id) VALUES (?)').run(used.id);
    const before = databaseDigest(app.connection.raw);
    const error = await refusal(app, 'awardForms.remove', { id: used.id });
    expect(error.message).toBe(
      'Không xóa được "Giấy khen đột xuất" (từ 01/01/2027 trở đi): còn 1 dòng ở dữ liệu khác dùng dòng này. Hãy đặt ngày hết hiệu lực thay vì xóa.',
    );
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });
});

describe('baseSalaries', () => {
  it('lists by date, adds, refuses a second row of one day, and removes', async () => {
    app = freshApp();
    expect((await app.invoke('baseSalaries.list', {})).map((s) => s.amount)).toEqual([1_490_000, 1_800_000, 2_340_000]);
    const added = await app.invoke('baseSalaries.save', { validFrom: '2026-07-01', amount: 2_530_000, legalBasis: 'Nghị định mới' });
    expect(added).toMatchObject({ validFrom: '2026-07-01', amount: 2_530_000 });
    const before = databaseDigest(app.connection.raw);
    const clash = await refusal(app, 'baseSalaries.save', { validFrom: '2024-07-01', amount: 2_000_000 });
    expect(clash.fields?.validFrom).toBe('Đã có mức lương cơ sở áp dụng từ ngày 01/7/2024; sửa dòng đó hoặc chọn ngày khác.');
    const fraction = await refusal(app, 'baseSalaries.save', { validFrom: '2026-08-01', amount: 2_530_000.5 });
    expect(fraction.fields?.amount).toBe('Mức lương cơ sở tính bằng đồng, không có phần lẻ');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    await app.invoke('baseSalaries.remove', { id: added.id });
    expect((await app.invoke('baseSalaries.list', {})).map((s) => s.validFrom)).toEqual(['2019-07-01', '2023-07-01', '2024-07-01']);
  });
});
