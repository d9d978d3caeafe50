// The name rule the person form and the server share: one spelling, the parts official lists sort by,
// a compound tên set by hand, and refusals that name the field.
import { describe, expect, it } from 'vitest';
import { birthYearProblem, personName } from '../../../../core/people/rules.ts';
import { comparePersonParts } from '../../../../core/text/collate.ts';

const parts = (full: string, given?: string) => {
  const r = personName(full, given);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('personName', () => {
  it('cleans the name (NFC, single spaces) and splits họ, tên đệm, tên', () => {
    const nfd = '  Nguyễn   Thị\tMinh  Khai '.normalize('NFD');
    const r = parts(nfd);
    expect(r.fullName).toBe('Nguyễn Thị Minh Khai');
    expect(r.fullName).toBe(r.fullName.normalize('NFC'));
    expect(r.parts).toEqual({ ho: 'Nguyễn', tenDem: 'Thị Minh', ten: 'Khai' });
    expect(r.givenManual).toBe(false);
    expect(parts('Lê Lợi').parts).toEqual({ ho: 'Lê', tenDem: '', ten: 'Lợi' });
    expect(parts('Hoa').parts).toEqual({ ho: '', tenDem: '', ten: 'Hoa' });
  });

  it('takes a compound tên set by hand when it is the tail of the name, with the name’s capitals', () => {
    const r = parts('Nguyễn Trần Thanh Tâm', 'thanh tâm');
    expect(r.parts).toEqual({ ho: 'Nguyễn', tenDem: 'Trần', ten: 'Thanh Tâm' });
    expect(r.givenManual).toBe(true);
    // One word equal to the last word is the computed tên: nothing to keep by hand.
    expect(parts('Nguyễn Trần Thanh Tâm', 'Tâm').givenManual).toBe(false);
    expect(parts('Tôn Nữ Thị Ngọc Hân', 'Ngọc Hân').parts).toEqual({ ho: 'Tôn', tenDem: 'Nữ Thị', ten: 'Ngọc Hân' });
  });

  it('refuses a tên that is not the tail, or that swallows the họ, naming the tên field', () => {
    const notTail = personName('Nguyễn Trần Thanh Tâm', 'Trần Thanh');
    expect(notTail).toMatchObject({ ok: false, field: 'givenName' });
    expect(!notTail.ok && notTail.message).toContain('phải là phần cuối của họ và tên "Nguyễn Trần Thanh Tâm"');
    expect(personName('Nguyễn Trần Thanh Tâm', 'Nguyễn Trần Thanh Tâm')).toMatchObject({ ok: false, field: 'givenName' });
    expect(personName('Nguyễn Văn Tâm', 'Tam')).toMatchObject({ ok: false, field: 'givenName' });
    expect(personName('Nguyễn Văn Tâm', 'Tâm2')).toMatchObject({ ok: false, field: 'givenName' });
  });

  it('refuses digits and symbols in the name, quoting the character, and an empty name', () => {
    const digit = personName('Nguyễn Văn A1');
    expect(digit).toEqual({ ok: false, field: 'fullName', message: 'Họ và tên chỉ gồm chữ cái: không được có "1" (chữ số, ký hiệu).' });
    expect(personName('Trần Văn @n')).toMatchObject({ ok: false, field: 'fullName' });
    expect(personName('Lê, Văn Bình')).toMatchObject({ ok: false, field: 'fullName' });
    expect(personName('   ')).toEqual({ ok: false, field: 'fullName', message: 'Nhập họ và tên.' });
    expect(personName("Lê - Bình")).toMatchObject({ ok: false, field: 'fullName' });
  });

  it('accepts the apostrophe and hyphen of Tây Nguyên names', () => {
    expect(parts("H'Hen Niê").parts).toEqual({ ho: "H'Hen", tenDem: '', ten: 'Niê' });
    expect(parts('Y-Moan Ê Ban').parts.ten).toBe('Ban');
  });
});

describe('official order with real names', () => {
  it('sorts by tên, then tên đệm, then họ, with Đ after D', () => {
    const names = ['Nguyễn Văn Bình', 'Đặng Văn Đức', 'Lê Minh Bình', 'Trần Văn An', 'Phạm Văn Dũng', 'Nguyễn Thị Bình'];
    const sorted = names.map((n) => parts(n)).sort((a, b) => comparePersonParts(a.parts, b.parts)).map((r) => r.fullName);
    expect(sorted).toEqual(['Trần Văn An', 'Lê Minh Bình', 'Nguyễn Thị Bình', 'Nguyễn Văn Bình', 'Phạm Văn Dũng', 'Đặng Văn Đức']);
  });

  it('sorts a compound tên set by hand by the whole tên', () => {
    const tay = parts('Phạm Văn Tây');
    const order = (tam: ReturnType<typeof parts>) => [tam, tay].sort((a, b) => comparePersonParts(a.parts, b.parts)).map((r) => r.fullName);
    // Split by words, "Tâm" comes before "Tây"; with the tên "Thanh Tâm" set by hand, after it.
    expect(order(parts('Nguyễn Trần Thanh Tâm'))).toEqual(['Nguyễn Trần Thanh Tâm', 'Phạm Văn Tây']);
    expect(order(parts('Nguyễn Trần Thanh Tâm', 'Thanh Tâm'))).toEqual(['Phạm Văn Tây', 'Nguyễn Trần Thanh Tâm']);
  });
});

describe('birthYearProblem', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it('takes 1900 to this year and no year at all', () => {
    expect(birthYearProblem(null, now)).toBeNull();
    expect(birthYearProblem(1900, now)).toBeNull();
    expect(birthYearProblem(2026, now)).toBeNull();
    expect(birthYearProblem(1899, now)).toBe('Năm sinh phải từ 1900 đến 2026.');
    expect(birthYearProblem(2027, now)).toBe('Năm sinh phải từ 1900 đến 2026.');
  });
});
