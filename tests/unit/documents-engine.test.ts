// The NĐ 30/2020 engine read back from the .docx XML: page setup, every header element's font, size,
// bold and italic, the rules as borders of computed width, page numbers from page 2, the date rule,
// numbering, headings, signature blocks and "./.".
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/api/envelope.ts';
import { buildDocument } from '../../core/documents/frame.ts';
import { issuerLines } from '../../core/documents/header.ts';
import { textWidthTwips } from '../../core/documents/measure.ts';
import type { DocumentFrame } from '../../core/documents/model.ts';
import {
  checkManualNumber,
  docSymbol,
  formatDocNumber,
  nextNumber,
  parseDocNumber,
  registerType,
} from '../../core/documents/numbering.ts';
import { closeBody, letterAt, numberBlocks, parseSectionText, roman, VIETNAMESE_LETTERS } from '../../core/documents/outline.ts';
import { DEFAULT_MARGINS, MARGIN_RANGES } from '../../core/api/margins.ts';
import { checkMargins } from '../../core/documents/page.ts';
import { checkSigner, recipientLines, splitAuthority } from '../../core/documents/signature.ts';
import { basisLines, kinhGuiLines } from '../../core/documents/title.ts';
import { sampleFrame } from '../fixtures/documents-sample.ts';
import { attr, bodyTexts, findPara, openDocx, paragraphs, sections, tableCells, tableRows, tables } from './documents-xml.ts';

const frame = (over: Partial<DocumentFrame> = {}): DocumentFrame => ({ ...sampleFrame(), ...over });

/** NĐ 30 sets sizes, margins and rule lengths as ranges with both ends allowed; run sizes are half-points. */
function expectWithin(value: number | null, min: number, max: number): void {
  expect(value).toBeGreaterThanOrEqual(min);
  expect(value).toBeLessThanOrEqual(max);
}

async function simpleDoc(over: Partial<DocumentFrame> = {}, landscapeAppendix = true) {
  const buf = await buildDocument(frame(over), {
    kindName: 'Kế hoạch',
    summary: 'Tổ chức đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
    bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Căn cứ Nghị định số 98/2023/NĐ-CP'],
    body: [
      { kind: 'h1', text: 'Mục đích, yêu cầu' },
      { kind: 'h2', text: 'Mục đích' },
      { kind: 'p', text: 'Phong trào thi đua được triển khai sâu rộng.' },
      { kind: 'h3', text: 'Một' },
      { kind: 'h3', text: 'Hai' },
      { kind: 'h1', text: 'Tổ chức thực hiện' },
      { kind: 'p', text: 'Các cơ quan, đơn vị thực hiện.' },
    ],
    appendices: landscapeAppendix
      ? [
          {
            numbered: true,
            title: 'Mẫu đăng ký',
            orientation: 'landscape',
            blocks: [{ kind: 'table', table: { columns: [{ title: 'STT', weight: 1 }, { title: 'Tên', weight: 5 }], rows: [['1', 'A & <B>']] } }],
          },
        ]
      : [],
    refKindName: 'Kế hoạch',
  });
  return openDocx(buf);
}

describe('page setup (NĐ 30 Phụ lục I §1.1)', () => {
  it('is A4 portrait with margins inside the ranges, and appendices landscape in their own sections', async () => {
    const { document } = await simpleDoc();
    const [main, appendix] = sections(document);
    expect(attr(main, 'pgSz', 'w')).toBe('11906');
    expect(attr(main, 'pgSz', 'h')).toBe('16838');
    expect(attr(main, 'pgSz', 'orient')).not.toBe('landscape');
    const mar = (k: string) => Number(attr(main, 'pgMar', k));
    expectWithin(mar('top'), 1134, 1417);
    expectWithin(mar('bottom'), 1134, 1417);
    expectWithin(mar('left'), 1701, 1984);
    expectWithin(mar('right'), 850, 1134);
    // The page-number header sits inside the top margin.
    expect(mar('header')).toBeLessThan(mar('top'));
    expect(attr(appendix, 'pgSz', 'orient')).toBe('landscape');
    expect(attr(appendix, 'pgSz', 'w')).toBe('16838');
    expect(attr(appendix, 'pgSz', 'h')).toBe('11906');
  });

  it('refuses margins outside the decree, in Vietnamese, naming the field', () => {
    expect(checkMargins({ top: 25, bottom: 25, left: 35, right: 20 })).toBeTruthy();
    expect(checkMargins(DEFAULT_MARGINS)).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    for (const key of Object.keys(MARGIN_RANGES) as (keyof typeof MARGIN_RANGES)[]) {
      for (const bad of [MARGIN_RANGES[key].min - 1, MARGIN_RANGES[key].max + 1, Number.NaN]) {
        try {
          checkMargins({ ...DEFAULT_MARGINS, [key]: bad });
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect((e as UserError).message).toMatch(/phải từ \d+ đến \d+ mm/u);
          expect(Object.keys((e as UserError).fields ?? {})).toEqual([`margins.${key}`]);
        }
      }
    }
  });

  it('builds with custom margins and refuses a document with bad ones', async () => {
    const { document } = await simpleDoc({ margins: { top: 25, bottom: 20, left: 35, right: 20 } });
    expect(attr(sections(document)[0], 'pgMar', 'left')).toBe('1984');
    await expect(simpleDoc({ margins: { top: 10, bottom: 20, left: 30, right: 15 } })).rejects.toThrow(/Lề trên/u);
  });

  it('numbers pages top-centre from page 2: titlePg, an empty first-page header, PAGE in the default one, restart per appendix', async () => {
    const doc = await simpleDoc();
    const all = sections(doc.document);
    expect(all).toHaveLength(2);
    for (const s of all) {
      expect(s).toContain('<w:titlePg/>');
      expect(attr(s, 'pgNumType', 'start')).toBe('1');
    }
    const rels = doc.files['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`, 'u').exec(all[0])![1];
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1]}`;
    };
    const first = doc.files[target('first')];
    const def = doc.files[target('default')];
    expect(paragraphs(first).every((p) => p.text === '')).toBe(true);
    expect(first).not.toContain('PAGE');
    expect(def).toMatch(/PAGE/u);
    expect(attr(def, 'jc', 'val')).toBe('center');
    expectWithin(Number(/<w:sz w:val="(\d+)"/u.exec(def)![1]), 26, 28);
    // Later sections inherit the same two headers: defined once.
    expect(all[1]).not.toContain('headerReference');
  });

  it('sets Times New Roman and a 13–14 pt body, justified, first-line 1,27 cm, ≥ 6 pt after, line 1–1,5', async () => {
    const doc = await simpleDoc();
    expect(doc.files['word/styles.xml']).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<\/w:docDefaults>/su);
    const p = findPara(doc.document, 'Phong trào thi đua được triển khai sâu rộng.');
    expect(attr(p.xml, 'jc', 'val')).toBe('both');
    expect(attr(p.xml, 'ind', 'firstLine')).toBe('720');
    expect(Number(attr(p.xml, 'spacing', 'after'))).toBeGreaterThanOrEqual(120);
    expectWithin(Number(attr(p.xml, 'spacing', 'line')), 240, 360);
    for (const r of p.runs) {
      expect(r.font).toBe('Times New Roman');
      expectWithin(r.size, 26, 28);
    }
  });
});

describe('header (ô 1–4) and title (ô 5a)', () => {
  const element = async (text: string, over: Partial<DocumentFrame> = {}) => {
    const doc = await simpleDoc(over);
    const p = findPara(doc.document, text);
    expect(p.runs.length).toBeGreaterThan(0);
    return { p, run: p.runs[0], doc };
  };

  it('Quốc hiệu: UPPER, 12–13, bold; Tiêu ngữ: 13–14, bold', async () => {
    const { run } = await element('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(run.bold).toBe(true);
    expect(run.italic).toBe(false);
    expectWithin(run.size, 24, 26);
    const t = (await element('Độc lập - Tự do - Hạnh phúc')).run;
    expect(t.bold).toBe(true);
    expectWithin(t.size, 26, 28);
  });

  it('issuer: the UBND name on two bold lines; a parent body above in plain type', async () => {
    expect(issuerLines('Ủy ban nhân dân thành phố Thủ Đức', 12, true, 3400)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC']);
    const a = await element('ỦY BAN NHÂN DÂN');
    expect(a.run.bold).toBe(true);
    expectWithin(a.run.size, 24, 26);
    expect((await element('THÀNH PHỐ THỦ ĐỨC')).run.bold).toBe(true);

    const issuer = { parentBody: 'Ủy ban nhân dân TP Thủ Đức', name: 'Phòng Nội vụ', abbreviation: 'NV', locality: 'Thủ Đức' };
    const parent = await element('ỦY BAN NHÂN DÂN TP THỦ ĐỨC', { issuer });
    expect(parent.run.bold).toBe(false);
    expect(issuerLines('Hội đồng Thi đua - Khen thưởng', 12, true, 3742)).toEqual(['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']);
    const own = await element('PHÒNG NỘI VỤ', { issuer });
    expect(own.run.bold).toBe(true);
  });

  it('"Số: 19/KH-UBND" (13, upright) and the italic place-date line share one row', async () => {
    const doc = await simpleDoc();
    const number = findPara(doc.document, 'Số: 19/KH-UBND');
    expect(number.runs[0].size).toBe(26);
    expect(number.runs[0].bold).toBe(false);
    expect(number.runs[0].italic).toBe(false);
    const date = findPara(doc.document, 'Thủ Đức, ngày 12 tháng 3 năm 2021');
    expect(date.runs[0].italic).toBe(true);
    expect(date.runs[0].bold).toBe(false);
    expectWithin(date.runs[0].size, 26, 28);
    const header = tables(doc.document)[0];
    const rows = tableRows(header);
    expect(rows[1][0]).toBe('Số: 19/KH-UBND');
    expect(rows[1][1]).toBe('Thủ Đức, ngày 12 tháng 3 năm 2021');
    // Same space before both, so they sit on one baseline.
    expect(attr(number.xml, 'spacing', 'before')).toBe(attr(date.xml, 'spacing', 'before'));
    // The header table itself has no visible borders.
    const borders = [...header.matchAll(/<w:(?:tblBorders|tcBorders)>.*?<\/w:(?:tblBorders|tcBorders)>/gsu)].map((m) => m[0]);
    expect(borders.length).toBeGreaterThan(0);
    for (const b of borders) expect(b).not.toMatch(/w:val="single"/u);
  });

  it('leaves a blank for the văn thư when the number is not given yet', async () => {
    const doc = await simpleDoc({ number: { number: null, symbol: 'KH-UBND' } });
    expect(paragraphs(doc.document).some((p) => /^Số: \u00a0+\/KH-UBND$/u.test(p.text))).toBe(true);
  });

  it('draws the rules as paragraph borders of computed width, never underline or "____"', async () => {
    const doc = await simpleDoc();
    expect(doc.document).not.toMatch(/<w:u /u);
    expect(doc.document).not.toContain('___');
    const header = tables(doc.document)[0];
    const cells = tableCells(header);
    const ruleWidth = (cell: string) => {
      const cellWidth = Number(/<w:tcW [^>]*w:w="(\d+)"/u.exec(cell)?.[1] ?? /<w:tcW w:w="(\d+)"/u.exec(cell)![1]);
      const rule = paragraphs(cell).find((p) => p.xml.includes('<w:pBdr>'))!;
      expect(rule.text).toBe('');
      expect(rule.xml).toMatch(/<w:bottom w:val="single"/u);
      return cellWidth - Number(attr(rule.xml, 'ind', 'left')) - Number(attr(rule.xml, 'ind', 'right'));
    };
    // Issuer rule: 1/3–1/2 of "THÀNH PHỐ THỦ ĐỨC".
    const issuerText = textWidthTwips('THÀNH PHỐ THỦ ĐỨC', 12, true);
    expectWithin(ruleWidth(cells[0]), issuerText / 3, issuerText / 2);
    // Tiêu ngữ rule: as long as the text.
    const motto = textWidthTwips('Độc lập - Tự do - Hạnh phúc', 13, true);
    expect(Math.abs(ruleWidth(cells[1]) - motto)).toBeLessThanOrEqual(2);
    // Trích yếu rule: 1/3–1/2 of the (longest line of the) summary, in the body.
    const titleRule = paragraphs(doc.document).find((p) => p.xml.includes('<w:pBdr>') && !header.includes(p.xml))!;
    const textWidth = 11906 - 1701 - 850;
    const width = textWidth - 2 * Number(attr(titleRule.xml, 'ind', 'left'));
    expect(width).toBeGreaterThan(textWidth / 6);
    expect(width).toBeLessThanOrEqual(textWidth / 2);
  });

  it('estimates text widths like Times New Roman (Liberation Serif metrics)', () => {
    // LibreOffice set this line from x = 326,0 pt to 485,08 pt (pdftotext -bbox): 3 182 twips.
    const w = textWidthTwips('Độc lập - Tự do - Hạnh phúc', 13, true);
    expect(Math.abs(w - 3182)).toBeLessThanOrEqual(30);
    // Marks do not widen a letter; the horn does.
    expect(textWidthTwips('Ộ', 12)).toBe(textWidthTwips('O', 12));
    expect(textWidthTwips('Ữ', 12)).toBe(textWidthTwips('Ư', 12));
    expect(textWidthTwips('Ư', 12)).toBeGreaterThan(textWidthTwips('U', 12));
  });

  it('tên loại and trích yếu: centred, bold, 14; upper-cased at render time from mixed-case data', async () => {
    const doc = await simpleDoc();
    const kind = findPara(doc.document, 'KẾ HOẠCH');
    expect(kind.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(attr(kind.xml, 'jc', 'val')).toBe('center');
    const summary = findPara(doc.document, /^Tổ chức đợt hoạt động/u);
    expect(summary.runs[0]).toMatchObject({ bold: true, italic: false, size: 28 });
    expect(attr(summary.xml, 'jc', 'val')).toBe('center');
  });

  it('căn cứ: italic, one a line, ";" after each and "." after the last', async () => {
    expect(basisLines(['Căn cứ A;', 'Căn cứ B.', ' Căn cứ C '])).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']);
    const doc = await simpleDoc();
    const a = findPara(doc.document, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    const b = findPara(doc.document, 'Căn cứ Nghị định số 98/2023/NĐ-CP.');
    for (const p of [a, b]) expect(p.runs.every((r) => r.italic && !r.bold)).toBe(true);
  });

  it('Kính gửi: one recipient on the line, several as "- …;" with the last "."', () => {
    expect(kinhGuiLines(['Ủy ban nhân dân phường An Khánh'])).toEqual(['Ủy ban nhân dân phường An Khánh.']);
    expect(kinhGuiLines(['- Sở Nội vụ;', 'Ban Thi đua - Khen thưởng thành phố.'])).toEqual([
      '- Sở Nội vụ;',
      '- Ban Thi đua - Khen thưởng thành phố.',
    ]);
  });
});

describe('date rule (NĐ 30 §1.5) on the date line', () => {
  const cases: [string, string][] = [
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2021-03-12', 'ngày 12 tháng 3 năm 2021'],
    ['2024-02-09', 'ngày 09 tháng 02 năm 2024'],
    ['2024-10-01', 'ngày 01 tháng 10 năm 2024'],
    ['2021-12-31', 'ngày 31 tháng 12 năm 2021'],
    ['2021-11-10', 'ngày 10 tháng 11 năm 2021'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
  ];
  it.each(cases)('%s → "Thủ Đức, %s"', async (iso, text) => {
    const doc = await simpleDoc({ date: iso }, false);
    expect(paragraphs(doc.document).map((p) => p.text)).toContain(`Thủ Đức, ${text}`);
  });
  it('refuses an impossible date', async () => {
    await expect(simpleDoc({ date: '2021-02-30' }, false)).rejects.toThrow(/Ngày văn bản/u);
  });
});

describe('numbering (NĐ 30 Điều 15, Phụ lục III)', () => {
  it('writes "Số" with a leading zero below 10 and ký hiệu joined by "-" without spaces', () => {
    expect(formatDocNumber({ number: 19, symbol: 'KH-UBND' })).toBe('19/KH-UBND');
    expect(formatDocNumber({ number: 5, symbol: 'KH-UBND' })).toBe('05/KH-UBND');
    expect(formatDocNumber({ number: 1, symbol: 'BC-HĐTĐKT' })).toBe('01/BC-HĐTĐKT');
    expect(formatDocNumber({ number: 120, symbol: 'GM-UBND' })).toBe('120/GM-UBND');
    expect(docSymbol('ke_hoach', 'UBND')).toBe('KH-UBND');
    expect(docSymbol('bao_cao', 'HĐTĐKT')).toBe('BC-HĐTĐKT');
    expect(docSymbol('giay_moi', 'UBND')).toBe('GM-UBND');
    expect(docSymbol('to_trinh', 'NV')).toBe('TTr-NV');
    expect(docSymbol('cong_van', 'UBND', 'VX')).toBe('UBND-VX');
    expect(docSymbol('cong_van', 'UBND')).toBe('UBND');
    expect(registerType('cong_van')).toBe('CV');
    expect(registerType('quyet_dinh')).toBe('QĐ');
  });
  it('refuses a missing or spaced abbreviation with a message that says where to fill it', () => {
    expect(() => docSymbol('ke_hoach', '')).toThrow(/Vào Cơ quan, điền "Viết tắt \(ký hiệu văn bản\)"/u);
    expect(() => docSymbol('ke_hoach', 'UB ND')).toThrow(/không hợp lệ/u);
  });
  it('parses numbers back and gives the next one of the year, from 01', () => {
    expect(parseDocNumber('Số: 05/UBND-VX')).toEqual({ number: 5, symbol: 'UBND-VX' });
    expect(parseDocNumber('19/KH-UBND')).toEqual({ number: 19, symbol: 'KH-UBND' });
    expect(parseDocNumber('19 / KH - UBND')).toBeNull();
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([1, 2, 7])).toBe(8);
  });
  it('takes a manual number only when it is free in the year', () => {
    expect(checkManualNumber(4, new Set([1, 2]), 'KH-UBND', 2021)).toBe(4);
    expect(() => checkManualNumber(2, new Set([1, 2]), 'KH-UBND', 2021)).toThrow(/02\/KH-UBND đã được dùng trong năm 2021/u);
    expect(() => checkManualNumber(0, new Set(), 'KH-UBND', 2021)).toThrow(UserError);
  });
});

describe('headings and the end of the body', () => {
  it('letters follow the Vietnamese alphabet: no f, no j, đ after d', () => {
    expect(VIETNAMESE_LETTERS).not.toContain('f');
    expect(VIETNAMESE_LETTERS).not.toContain('j');
    expect(Array.from({ length: 12 }, (_, i) => letterAt(i)).join(' ')).toBe('a b c d đ e g h i k l m');
    expect(letterAt(22)).toBe('y');
    expect(letterAt(23)).toBe('aa');
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  });
  it('numbers I. / 1. / a) and restarts lower levels under a new higher one', () => {
    const labels = numberBlocks([
      { kind: 'h1', text: 'A' },
      { kind: 'h2', text: 'a' },
      { kind: 'h3', text: 'x' },
      { kind: 'h3', text: 'y' },
      { kind: 'h3', text: 'z' },
      { kind: 'h3', text: 'w' },
      { kind: 'h3', text: 'v' },
      { kind: 'h2', text: 'b' },
      { kind: 'h3', text: 'x' },
      { kind: 'h1', text: 'B' },
      { kind: 'h2', text: 'a' },
    ]).map((b) => b.label.trim());
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', 'c)', 'd)', 'đ)', '2.', 'a)', 'II.', '1.']);
  });
  it('renders h1 in UPPER bold, h2 bold, h3 upright with its letter', async () => {
    const doc = await simpleDoc();
    expect(findPara(doc.document, 'I. MỤC ĐÍCH, YÊU CẦU').runs[0].bold).toBe(true);
    expect(findPara(doc.document, 'II. TỔ CHỨC THỰC HIỆN').runs[0].bold).toBe(true);
    expect(findPara(doc.document, '1. Mục đích').runs[0].bold).toBe(true);
    expect(findPara(doc.document, 'b) Hai').runs[0].bold).toBe(false);
  });
  it('ends the body with "./." exactly once, on the last paragraph, kept with the signature', async () => {
    expect(closeBody([{ kind: 'p', text: 'Thực hiện.' }])).toEqual([{ kind: 'p', text: 'Thực hiện./.', keepNext: true }]);
    expect(closeBody([{ kind: 'p', text: 'Thực hiện' }])[0]).toMatchObject({ text: 'Thực hiện./.' });
    expect(closeBody([{ kind: 'p', text: 'Thực hiện./.' }])[0]).toMatchObject({ text: 'Thực hiện./.' });
    expect(closeBody([{ kind: 'h1', text: 'X' }]).at(-1)).toMatchObject({ kind: 'p', text: './.' });
    const doc = await simpleDoc();
    const body = bodyTexts(doc.document).filter(Boolean);
    expect(body.at(-1)).toBe('Các cơ quan, đơn vị thực hiện./.');
    expect(body.filter((t) => t.includes('./.'))).toHaveLength(1);
    expect(findPara(doc.document, 'Các cơ quan, đơn vị thực hiện./.').xml).toContain('<w:keepNext/>');
  });
  it('reads edited sections: "## " khoản, "### " điểm, "- " dash items, blank lines dropped', () => {
    expect(parseSectionText('Mở đầu\n\n## Tiêu đề\n- ý một;\n### Điểm\n')).toEqual([
      { kind: 'p', text: 'Mở đầu' },
      { kind: 'h2', text: 'Tiêu đề' },
      { kind: 'dash', text: '- ý một;' },
      { kind: 'h3', text: 'Điểm' },
    ]);
  });
});

describe('signature block and Nơi nhận (ô 7, 9b)', () => {
  it('splits and checks authority lines TM. / KT. / TL. / TUQ.; Q. goes with the title', () => {
    expect(splitAuthority('TM. Ủy ban nhân dân KT. Chủ tịch')).toEqual(['TM. Ủy ban nhân dân', 'KT. Chủ tịch']);
    expect(splitAuthority('TL. Chủ tịch\nChánh Văn phòng')).toEqual(['TL. Chủ tịch', 'Chánh Văn phòng']);
    for (const a of ['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'TL. Chủ tịch', 'TUQ. Chủ tịch']) {
      expect(checkSigner({ authority: [a], title: 'Phó Chủ tịch', name: 'A' }).authority).toEqual([a]);
    }
    expect(() => checkSigner({ authority: ['Thay mặt'], title: 'X', name: 'Y' })).toThrow(/TM\., KT\., TL\. hoặc TUQ\./u);
    expect(() => checkSigner({ authority: [], title: '', name: '' })).toThrow(/Vào Cơ quan → Người ký/u);
    expect(() => checkSigner({ authority: ['Q. Chủ tịch'], title: 'Chủ tịch', name: 'A' })).toThrow(/ô "Chức vụ người ký"/u);
  });
  it('writes the recipient list "- …;" and closes it with "- Lưu: VT, <abbr>."', () => {
    expect(recipientLines(['Như trên', '- Sở Nội vụ;'], 'NV')).toEqual(['- Như trên;', '- Sở Nội vụ;', '- Lưu: VT, NV.']);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });
  it.each([
    [['TM. Ủy ban nhân dân'], 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [['KT. Chủ tịch'], 'Phó Chủ tịch', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], 'Phó Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['TL. Chủ tịch'], 'Chánh Văn phòng', ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
    [['TUQ. Chủ tịch'], 'Trưởng phòng Nội vụ', ['TUQ. CHỦ TỊCH', 'TRƯỞNG PHÒNG NỘI VỤ']],
    [[], 'Q. Trưởng phòng', ['Q. TRƯỞNG PHÒNG']],
  ] as const)('%j %s → UPPER bold 13–14 lines, then the name in bold', async (authority, title, expected) => {
    const doc = await simpleDoc({ signer: { authority: [...authority], title, name: 'Nguyễn Kỳ Phùng' } }, false);
    const sig = tables(doc.document).at(-1)!;
    const ps = paragraphs(tableCells(sig)[1]);
    expect(ps.map((p) => p.text)).toEqual([...expected, 'Nguyễn Kỳ Phùng']);
    for (const p of ps) {
      expect(p.runs[0].bold).toBe(true);
      expectWithin(p.runs[0].size, 26, 28);
    }
    // Room for the signature and the seal above the name.
    expect(Number(attr(ps.at(-1)!.xml, 'spacing', 'before'))).toBeGreaterThanOrEqual(1000);
  });
  it('"Nơi nhận:" is 12 bold italic on the first line, level with the signer; the list 11 upright', async () => {
    const doc = await simpleDoc();
    const sig = tables(doc.document).find((t) => t.includes('Nơi nhận:'))!;
    const [left, right] = tableCells(sig).map((cell) => paragraphs(cell));
    expect(left[0].text).toBe('Nơi nhận:');
    expect(left[0].runs[0]).toMatchObject({ bold: true, italic: true, size: 24 });
    expect(attr(left[0].xml, 'jc', 'val')).toBe('left');
    expect(right[0].text).toBe('KT. CHỦ TỊCH');
    for (const p of left.slice(1)) expect(p.runs[0]).toMatchObject({ bold: false, italic: false, size: 22 });
    expect(left.at(-1)!.text).toBe('- Lưu: VT, NV.');
    expect(sig).not.toMatch(/w:val="single"/u);
    // The signature table is not split across pages.
    expect(sig).toContain('<w:cantSplit/>');
  });
});

describe('data tables', () => {
  it('escapes text, repeats the header row, never splits a row', async () => {
    const doc = await simpleDoc();
    const data = tables(doc.document).find((t) => t.includes('A &amp; &lt;B&gt;'))!;
    expect(data).toContain('<w:tblHeader/>');
    expect(data).toContain('<w:cantSplit/>');
    expect(tableRows(data)).toEqual([
      ['STT', 'Tên'],
      ['1', 'A & <B>'],
    ]);
  });
});

describe('bad input', () => {
  it('a missing agency profile says what to fill in and where', async () => {
    const issuer = { parentBody: '', name: '', abbreviation: 'UBND', locality: '' };
    const err = await simpleDoc({ issuer }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/Vào Cơ quan, điền "Tên cơ quan" và "Địa danh"/u);
    expect(err.fields).toEqual({ name: 'Nhập tên cơ quan', locality: 'Nhập địa danh' });
  });
  it('a missing signer says what to fill in and where', async () => {
    const err = await simpleDoc({ signer: { authority: [], title: '', name: '' } }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/Thêm người ký/u);
  });
});
