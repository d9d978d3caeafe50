// The kế hoạch builder from plain data: the opening bases as body paragraphs closed by ";" (or "." when
// nothing follows), the upper plan's "Thực hiện …" written once, the standing office named in full where
// registrations are first sent and by its short name after, and the two refusals in Vietnamese.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../../core/api/envelope.ts';
import { buildKeHoach, keHoachSections } from '../../../../../core/documents/builders/ke-hoach.ts';
import { sampleData, sampleFrame, samplePlanLibrary } from '../../../../fixtures/documents-sample.ts';
import { bodyTexts, findPara, openDocx } from '../../../documents-xml.ts';

const data = sampleData();
const input = { frame: sampleFrame(), campaign: data.campaign, groups: data.groups, unitCount: 254, ...samplePlanLibrary() };
const section = (key: string, over: Partial<typeof input> = {}) => keHoachSections({ ...input, ...over }).find((d) => d.key === key)!.text;

async function body(over: Partial<typeof input> = {}, texts: Record<string, string> = {}) {
  const { document } = openDocx(await buildKeHoach({ ...input, ...over, texts }));
  return { document, body: bodyTexts(document) };
}

describe('the opening of a kế hoạch', () => {
  it('prints each basis upright as a body paragraph, ";" after each, before the sentence that issues it', async () => {
    const { document, body: texts } = await body();
    const start = texts.indexOf('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;');
    expect(start).toBeGreaterThan(0);
    expect(texts[start + 1]).toMatch(/^Ủy ban nhân dân thành phố Thủ Đức ban hành Kế hoạch tổ chức .* như sau:$/u);
    const para = findPara(document, /^Căn cứ Nghị định số 91/u);
    expect(para.runs.every((r) => !r.italic)).toBe(true);
  });

  it('ends the last basis with "." when the user emptied the issuing sentence', async () => {
    const { body: texts } = await body({}, { moDau: '', canCu: 'Căn cứ A;\nThực hiện B.' });
    expect(texts).toEqual(expect.arrayContaining(['Căn cứ A;', 'Thực hiện B.']));
  });

  it('writes "Thực hiện" before the upper plan once, whether or not the user typed it', () => {
    const plan = 'Kế hoạch số 245/KH-UBND ngày 10/7/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh';
    expect(section('canCu', { campaign: { ...data.campaign, upperPlan: `${plan};` } }).split('\n').at(-1)).toBe(`Thực hiện ${plan}`);
    expect(section('canCu', { campaign: { ...data.campaign, upperPlan: `thực hiện ${plan}` } }).split('\n').at(-1)).toBe(`Thực hiện ${plan}`);
    expect(section('canCu').split('\n')).toEqual(input.bases);
  });
});

describe('who a kế hoạch addresses', () => {
  it('sends registrations to the standing office by its full name first, its short name after', () => {
    expect(section('congTrinh')).toContain('Bản đăng ký gửi về Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng) trước ngày 20/3/2021.');
    expect(section('toChuc')).toContain('(theo mẫu tại Phụ lục I) về Phòng Nội vụ trước ngày 20/3/2021;');
    expect(section('khenThuong')).toContain('Hồ sơ đề nghị khen thưởng gửi về Phòng Nội vụ để tổng hợp');
  });

  it('refuses a plan with no participating unit, or no office to assign duties to', () => {
    const noUnits = () => keHoachSections({ ...input, unitCount: 0 });
    expect(noUnits).toThrow(UserError);
    expect(noUnits).toThrow(/chưa có đơn vị tham gia.*"Đơn vị tham gia"/u);
    const noOffices = () => keHoachSections({ ...input, offices: [] });
    expect(noOffices).toThrow(/Vào Căn cứ pháp lý, ở bảng "Cơ quan, đơn vị thực hiện"/u);
  });
});
