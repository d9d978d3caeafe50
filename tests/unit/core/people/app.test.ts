// The people capability on a real database file: the rules of the name on save, the official order,
// the search that ignores diacritics and đ/Đ, edits that keep a tên set by hand, and a removal refused
// while any table, found from the schema's foreign keys, still names the person.
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { databaseDigest, freshApp, refusal } from '../../helpers.ts';

let app: TdktApp;
afterEach(() => app?.close());

async function withPeople() {
  app = freshApp();
  const unit = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const other = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Linh Chiểu', kind: 'phuong_xa' });
  for (const fullName of ['Nguyễn Văn Bình', 'Đặng Văn Đức', 'Lê Minh Bình', 'Trần Văn An', 'Nguyễn Thị Bình', 'Phạm Văn Dũng']) {
    await app.invoke('people.create', { fullName, unitId: fullName.startsWith('Nguyễn') ? other.id : unit.id });
  }
  return { unit, other };
}

const names = (rows: { fullName: string }[]) => rows.map((r) => r.fullName);

describe('people.list', () => {
  it('lists by tên, then tên đệm, then họ, Đ after D', async () => {
    await withPeople();
    expect(names(await app.invoke('people.list', {}))).toEqual([
      'Trần Văn An',
      'Lê Minh Bình',
      'Nguyễn Thị Bình',
      'Nguyễn Văn Bình',
      'Phạm Văn Dũng',
      'Đặng Văn Đức',
    ]);
  });

  it('finds names typed without diacritics, and filters by unit', async () => {
    const { other } = await withPeople();
    await app.invoke('people.create', { fullName: 'Nguyễn Trần Thanh Tâm', givenName: 'Thanh Tâm' });
    expect(names(await app.invoke('people.list', { query: 'tam' }))).toEqual(['Nguyễn Trần Thanh Tâm']);
    expect(names(await app.invoke('people.list', { query: 'dang' }))).toEqual(['Đặng Văn Đức']);
    expect(names(await app.invoke('people.list', { query: 'DUC' }))).toEqual(['Đặng Văn Đức']);
    expect(names(await app.invoke('people.list', { query: 'binh nguyen' }))).toEqual(['Nguyễn Thị Bình', 'Nguyễn Văn Bình']);
    expect(names(await app.invoke('people.list', { unitId: other.id }))).toEqual(['Nguyễn Thị Bình', 'Nguyễn Văn Bình']);
  });
});

describe('people.create and people.update', () => {
  it('stores the cleaned name, its parts, the unit and the labels’ codes', async () => {
    const { unit } = await withPeople();
    const p = await app.invoke('people.create', {
      fullName: ' Nguyễn   Trần Thanh Tâm '.normalize('NFD'),
      givenName: 'thanh tâm',
      gender: 'nu',
      birthYear: 1988,
      position: 'Chuyên viên',
      unitId: unit.id,
      staffClass: 'cong_chuc',
    });
    expect(p).toMatchObject({
      fullName: 'Nguyễn Trần Thanh Tâm',
      familyName: 'Nguyễn',
      middleName: 'Trần',
      givenName: 'Thanh Tâm',
      givenManual: true,
      gender: 'nu',
      birthYear: 1988,
      unitName: 'Phường Linh Trung',
      staffClass: 'cong_chuc',
    });
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = ?").pluck().all(p.id);
    expect(audit).toEqual(['create']);
  });

  it('splits again when the full name is edited, unless the tên was set by hand', async () => {
    await withPeople();
    const auto = await app.invoke('people.create', { fullName: 'Lê Văn Sơn' });
    const renamed = await app.invoke('people.update', { id: auto.id, fullName: 'Lê Văn Hải Sơn' });
    expect([renamed.middleName, renamed.givenName, renamed.givenManual]).toEqual(['Văn Hải', 'Sơn', false]);

    const manual = await app.invoke('people.create', { fullName: 'Nguyễn Thanh Tâm', givenName: 'Thanh Tâm' });
    const longer = await app.invoke('people.update', { id: manual.id, fullName: 'Nguyễn Trần Thanh Tâm', position: 'Kế toán' });
    expect([longer.familyName, longer.middleName, longer.givenName, longer.givenManual]).toEqual(['Nguyễn', 'Trần', 'Thanh Tâm', true]);
    // '' goes back to the computed tên.
    const computed = await app.invoke('people.update', { id: manual.id, fullName: 'Nguyễn Trần Thanh Tâm', givenName: '' });
    expect([computed.middleName, computed.givenName, computed.givenManual]).toEqual(['Trần Thanh', 'Tâm', false]);
    const actions = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = ?").pluck().all(manual.id);
    expect(actions).toEqual(['create', 'update', 'update']);
  });

  it('refuses in Vietnamese, naming the field, and changes nothing', async () => {
    await withPeople();
    const kept = await app.invoke('people.create', { fullName: 'Nguyễn Thanh Tâm', givenName: 'Thanh Tâm' });
    const before = databaseDigest(app.connection.raw);
    const cases: [unknown, string, string][] = [
      [{ fullName: 'Nguyễn Văn 3' }, 'fullName', 'Họ và tên chỉ gồm chữ cái: không được có "3" (chữ số, ký hiệu).'],
      [{ fullName: '  ' }, 'fullName', 'Nhập họ và tên'],
      [{ fullName: 'Nguyễn Văn Tâm', givenName: 'Văn' }, 'givenName', 'Tên "Văn" phải là phần cuối của họ và tên "Nguyễn Văn Tâm"'],
      [{ fullName: 'Nguyễn Văn Tâm', birthYear: 1899 }, 'birthYear', 'Năm sinh phải từ 1900 đến 2021.'],
      [{ fullName: 'Nguyễn Văn Tâm', birthYear: 2022 }, 'birthYear', 'Năm sinh phải từ 1900 đến 2021.'],
      [{ fullName: 'Nguyễn Văn Tâm', unitId: 999 }, 'unitId', 'Không có đơn vị mã số 999'],
      [{ fullName: 'Nguyễn Văn Tâm', gender: 'x' }, 'gender', 'Chọn giới tính Nam hoặc Nữ'],
      [{ fullName: 'Nguyễn Văn Tâm', staffClass: 'giam_doc' }, 'staffClass', 'Chọn đối tượng trong danh sách'],
    ];
    for (const [args, field, message] of cases) {
      const error = await refusal(app, 'people.create', args);
      expect(error.fields?.[field], JSON.stringify(args)).toContain(message);
    }
    // A rename that no longer ends with the tên set by hand says so on the tên field.
    const renamed = await refusal(app, 'people.update', { id: kept.id, fullName: 'Nguyễn Văn Hùng' });
    expect(renamed.fields?.givenName).toContain('Tên "Thanh Tâm" phải là phần cuối của họ và tên "Nguyễn Văn Hùng"');
    expect((await refusal(app, 'people.update', { id: 999, fullName: 'Lê Văn A' })).message).toBe('Không tìm thấy cá nhân có mã số 999.');
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });
});

describe('people.remove', () => {
  it('removes a person no row points at, with an audit line', async () => {
    await withPeople();
    const p = await app.invoke('people.create', { fullName: 'Võ Thị Sáu' });
    expect(await app.invoke('people.remove', { id: p.id })).toEqual({ removed: p.id });
    await expect(app.invoke('people.get', { id: p.id })).rejects.toThrow('Không tìm thấy cá nhân');
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = ?").pluck().all(p.id);
    expect(audit).toEqual(['create', 'delete']);
  });

  it('is refused while a table found by its foreign key names the person, and keeps everything', async () => {
    await withPeople();
    const p = await app.invoke('people.create', { fullName: 'Võ Thị Sáu' });
    const free = await app.invoke('people.create', { fullName: 'Lý Tự Trọng' });
    // A table of the future (the award register), unknown to the people capability.
    app.connection.raw.exec('CREATE TABLE test_register (id INTEGER PRIMARY KEY, nominee_id INTEGER REFERENCES people(id), backup_id INTEGER REFERENCES people(id))');
    app.connection.raw.prepare('INSERT INTO test_register (nominee_id, backup_id) VALUES (?, ?), (?, NULL)').run(p.id, free.id, p.id);
    const before = databaseDigest(app.connection.raw);
    const error = await refusal(app, 'people.remove', { id: p.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Không xóa được "Võ Thị Sáu": còn 2 dòng ở dữ liệu khác ghi tên người này. Những ghi nhận đó phải được giữ nguyên.');
    const viaSecond = await refusal(app, 'people.remove', { id: free.id });
    expect(viaSecond.message).toContain('còn 1 dòng ở dữ liệu khác');
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });
});
