// The template and calibration schemas: the seeds pass, and every refusal names the template and the box
// in Vietnamese — a box outside the paper, a minimum above the size, a size between half-points, an
// offset beyond ± 20 mm. fieldText joins a prefix and its value, and prints nothing for an empty value.
import { describe, expect, it } from 'vitest';
import { calibrationSchema, fieldText, parseMm, parseTemplate, templateSchema, typedMm } from '../../../../core/certificates/template.ts';
import { fullTemplate, phoiTemplate, RECIPIENTS } from './fixtures.ts';

describe('certificate template schema', () => {
  it('accepts both seeded templates', () => {
    expect(fullTemplate().kind).toBe('full');
    expect(phoiTemplate().fields.name).toMatchObject({ anchor: 'centre', bold: true, upper: true, mandatory: true });
  });

  it('refuses a box outside the paper, naming the template, the box and the paper size', () => {
    const t = phoiTemplate();
    t.fields.name.box.x = 200;
    const r = parseTemplate(t);
    expect(r).toEqual({ ok: false, message: 'Mẫu "Phôi Giấy khen A4 ngang", ô "Họ và tên": hộp vượt ra ngoài khổ giấy 297 × 210 mm', path: 'fields.name.box' });
    const a3 = { ...phoiTemplate(), paper: { widthMm: 420, heightMm: 297 } };
    a3.fields.signerName.box.y = 290;
    expect(parseTemplate(a3)).toMatchObject({ ok: false, message: 'Mẫu "Phôi Giấy khen A4 ngang", ô "Họ tên người ký": hộp vượt ra ngoài khổ giấy 420 × 297 mm' });
    const negative = phoiTemplate();
    negative.fields.registryNumber.box.x = -1;
    expect(parseTemplate(negative)).toMatchObject({ ok: false, message: expect.stringContaining('ô "Số sổ": hộp vượt ra ngoài khổ giấy') });
  });

  it('refuses a minimum above the size and a size between half-points, naming the box', () => {
    const t = fullTemplate();
    t.fields.achievement.minSizePt = 16;
    expect(parseTemplate(t)).toMatchObject({ ok: false, message: 'Mẫu "Giấy khen in trên giấy trắng A4 ngang", ô "Thành tích": cỡ chữ nhỏ nhất (16 pt) lớn hơn cỡ chữ (14 pt)' });
    const u = fullTemplate();
    u.fields.positionUnit.sizePt = 13.3;
    expect(parseTemplate(u)).toMatchObject({ ok: false, message: 'Mẫu "Giấy khen in trên giấy trắng A4 ngang", ô "Chức vụ, đơn vị": Cỡ chữ theo bước 0,5 pt (ví dụ 13 hoặc 13,5)' });
    const missing = fullTemplate() as unknown as { fields: Record<string, unknown> };
    delete missing.fields.placeDate;
    expect(templateSchema.safeParse(missing).success).toBe(false);
  });

  it('keeps calibrations within ± 20 mm and a scale of 0,9–1,1', () => {
    expect(calibrationSchema.parse({ printer: ' Canon LBP 2900 ', offsetXMm: 1.5, offsetYMm: -2 })).toEqual({ printer: 'Canon LBP 2900', tray: '', offsetXMm: 1.5, offsetYMm: -2, scale: 1 });
    const far = calibrationSchema.safeParse({ printer: 'HP', offsetXMm: 25, offsetYMm: 0 });
    expect(far.error?.issues[0].message).toBe('Độ lệch ngang tối đa 20 mm');
    expect(calibrationSchema.safeParse({ printer: 'HP', offsetXMm: 0, offsetYMm: 0, scale: 1.2 }).error?.issues[0].message).toBe('Tỷ lệ tối đa 1,1');
    expect(calibrationSchema.safeParse({ printer: '  ', offsetXMm: 0, offsetYMm: 0 }).error?.issues[0].message).toBe('Nhập tên máy in');
  });

  it('prints a prefix and its value with one space, and nothing for an empty value', () => {
    const t = fullTemplate();
    expect(fieldText('decisionNumber', t.fields.decisionNumber, RECIPIENTS[0])).toBe('Số: 1234/QĐ-UBND');
    expect(fieldText('registryNumber', t.fields.registryNumber, { ...RECIPIENTS[0], registryNumber: ' ' })).toBe('');
    expect(fieldText('verb', t.fields.verb, RECIPIENTS[0])).toBe('TẶNG');
  });
});

describe('millimetres as typed', () => {
  it('reads the Vietnamese comma, a dot and a minus, and refuses the rest', () => {
    expect(['12,5', '12.5', ' 297 ', '-3', '0,25'].map(parseMm)).toEqual([12.5, 12.5, 297, -3, 0.25]);
    expect(['', '12,5 mm', '1.234,5', 'mười', '12,', ',5', '1e3'].map(parseMm)).toEqual([null, null, null, null, null, null, null]);
    // What the editor's inputs show reads back as the same number, 1200 mm included.
    expect([12.5, 1200, 0.25, 104.333].map((mm) => typedMm(mm))).toEqual(['12,5', '1200', '0,25', '104,33']);
    expect(typedMm(0.995, 3)).toBe('0,995');
    for (const mm of [12.5, 297, 0.5, 1200, -2.25]) expect(parseMm(typedMm(mm))).toBe(mm);
  });
});
