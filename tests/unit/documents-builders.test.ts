// The four documents from plain data: the skeletons of DOMAIN.md §3.1–3.2, the seed's figures
// sentence, the tables and where they go, the công văn's V/v and Kính gửi, the giấy mời's time line,
// edited sections, and the Vietnamese refusals.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/api/envelope.ts';
import { baoCaoFigures, baoCaoSections, baoCaoTexts, buildBaoCao, groupTable, INLINE_ROWS } from '../../core/documents/builders/bao-cao.ts';
import { buildCongVanDonDoc, congVanSections } from '../../core/documents/builders/cong-van-don-doc.ts';
import { buildGiayMoi, type Meeting } from '../../core/documents/builders/giay-moi.ts';
import { buildKeHoach, keHoachSections } from '../../core/documents/builders/ke-hoach.ts';
import type { DocumentFrame, WorkLine } from '../../core/documents/model.ts';
import { sampleData, sampleFrame, samplePlanLibrary } from '../fixtures/documents-sample.ts';
import { editedOnly, resolveTexts } from '../../core/documents/sections.ts';
import { CHUNK_ROWS } from '../../core/documents/table.ts';
import { figuresSentence, levelSentence, scopeFromIssuer, timeText } from '../../core/documents/wording.ts';
import { weekdayName } from '../../core/text/dates.ts';
import { attr, bodyTexts, findPara, openDocx, paragraphs, sections, tableRows, tables } from './documents-xml.ts';

const data = sampleData();
const frame = (over: Partial<DocumentFrame> = {}): DocumentFrame => ({ ...sampleFrame(), ...over });
const bcFrame = frame({ number: { number: 45, symbol: 'BC-UBND' }, date: '2021-04-14' });

/** A built document read back: its XML, the paragraphs of its body (up to the signature) and all of them. */
async function read(built: Promise<Uint8Array>) {
  const { document } = openDocx(await built);
  return { document, body: bodyTexts(document), all: paragraphs(document).map((p) => p.text) };
}

/** Checked one by one, so that a failure names the paragraph that is missing. */
function expectParagraphs(texts: readonly string[], expected: readonly string[]): void {
  for (const text of expected) expect(texts).toContain(text);
}

const SEED_SENTENCE =
  'Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công trình. ' +
  'Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn thành, đạt 19,35%.';

const meeting: Meeting = {
  date: '2021-04-16',
  time: '8:00',
  place: 'Hội trường Ủy ban nhân dân thành phố Thủ Đức',
  chair: 'Đồng chí Nguyễn Kỳ Phùng - Phó Chủ tịch Ủy ban nhân dân thành phố',
  participants: ['Thủ trưởng các cơ quan, đơn vị', 'Chủ tịch Ủy ban nhân dân 34 phường'],
};

describe('the figures the app writes', () => {
  it('reproduces the seed sentence of the Thủ Đức sơ kết from the counts (rounded half-up)', () => {
    expect(data.stats.units).toMatchObject({ registered: 254, reported: 118 });
    expect(data.stats.works).toMatchObject({ registered: 703, completed: 136 });
    expect(figuresSentence(data.stats, 'toàn thành phố')).toBe(SEED_SENTENCE);
  });
  it('truncates like the hand-made report when asked (46,45% and 19,34%)', () => {
    expect(figuresSentence(data.stats, 'toàn thành phố', 'truncate')).toContain('đạt 46,45%; có 136/703 công trình đã hoàn thành, đạt 19,34%.');
  });
  it('splits by level and leaves out missing kinds of group', () => {
    expect(levelSentence(data.stats)).toBe(
      'Trong đó, cấp thành phố có 120 công trình, đã hoàn thành 30, đạt 25,00%; cấp cơ sở có 583 công trình, đã hoàn thành 106, đạt 18,18%.',
    );
    const onlyCum = { ...data.stats, groups: { khoi: 0, cum: 4 } };
    expect(figuresSentence(onlyCum, 'toàn phường')).toMatch(/^Tính đến ngày 12\/4\/2021, toàn phường có 04 cụm thi đua với 254 đơn vị/u);
    const none = { ...data.stats, groups: { khoi: 0, cum: 0 } };
    expect(figuresSentence(none, 'toàn phường')).toMatch(/toàn phường có 254 đơn vị đăng ký 703 công trình\./u);
  });
  it('names the territory after the issuer', () => {
    expect(scopeFromIssuer('Ủy ban nhân dân thành phố Thủ Đức')).toBe('toàn thành phố');
    expect(scopeFromIssuer('Ủy ban nhân dân phường Linh Trung')).toBe('toàn phường');
    expect(scopeFromIssuer('Hội đồng Thi đua - Khen thưởng')).toBe('toàn đơn vị');
  });
  it('writes weekdays and times the Vietnamese way', () => {
    expect(weekdayName('2021-04-16')).toBe('thứ Sáu');
    expect(weekdayName('2021-04-18')).toBe('Chủ nhật');
    expect(timeText('8:00')).toBe('08 giờ 00');
    expect(timeText('14:30')).toBe('14 giờ 30');
    expect(() => timeText('25:00')).toThrow(UserError);
  });
});

describe('kế hoạch', () => {
  const input = { frame: frame(), campaign: data.campaign, groups: data.groups, unitCount: 254, ...samplePlanLibrary() };

  it('follows §3.1: I–IV with khoản and điểm prefilled from the campaign, the forms as Phụ lục I and II', async () => {
    const { document, body, all } = await read(buildKeHoach(input));
    const headings = body.filter((t) => /^(I|II|III|IV|V)\. /u.test(t));
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, CHỈ TIÊU THI ĐUA',
      'III. HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expectParagraphs(body, [
      'KẾ HOẠCH',
      'Tổ chức đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
      'Từ ngày 12/3/2021 đến ngày 30/4/2021, chia thành 02 giai đoạn:',
      '- Giai đoạn 1 “Quyết tâm, tăng tốc”: từ ngày 12/3/2021 đến ngày 12/4/2021;',
      'đ) Cải cách hành chính, giải quyết hồ sơ đúng hạn.',
      '- Khối Cơ quan Đảng (09 đơn vị);',
    ]);
    expect(body.some((t) => t.includes('trước ngày 20/3/2021'))).toBe(true);
    expect(body.filter(Boolean).at(-1)).toMatch(/\.\/\.$/u);
    const [main, ...appendices] = sections(document);
    expect(main).toContain('w:w="11906"');
    expect(appendices).toHaveLength(2);
    for (const s of appendices) expect(attr(s, 'pgSz', 'orient')).toBe('landscape');
    expectParagraphs(all, [
      'Phụ lục I',
      'Phụ lục II',
      'MẪU ĐĂNG KÝ CÔNG TRÌNH, PHẦN VIỆC THI ĐUA',
      '(Kèm theo Kế hoạch số 19/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)',
    ]);
    const form = findPara(document, '(Kèm theo Kế hoạch số 19/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)');
    expect(form.runs[0].italic).toBe(true);
  });

  it('takes edited sections over the app text; an emptied khoản disappears with its heading', async () => {
    const { body } = await read(
      buildKeHoach({ ...input, texts: { chuDe: '', mucDich: 'Mục đích do người dùng viết.', canCu: 'Căn cứ A\nCăn cứ B' } }),
    );
    expectParagraphs(body, ['Mục đích do người dùng viết.', '1. Đối tượng', 'Căn cứ A;', 'Căn cứ B;']);
    expect(body).not.toContain('1. Chủ đề, khẩu hiệu');
  });

  it('keeps only real edits, so untouched sections follow the data', () => {
    const defs = keHoachSections(input);
    const same = Object.fromEntries(defs.map((d) => [d.key, d.text]));
    expect(editedOnly(defs, { ...same, mucDich: 'Khác' })).toEqual({ mucDich: 'Khác' });
    expect(resolveTexts(defs, { mucDich: 'Khác' }).mucDich).toBe('Khác');
  });
});

describe('báo cáo sơ kết / tổng kết', () => {
  const input = { frame: bcFrame, stage: 'so_ket' as const, campaign: data.campaign, stats: data.stats, works: data.works };

  it('carries the seed sentence, the split by level and §3.2 sections I–IV around them', async () => {
    const { body, all } = await read(buildBaoCao(input));
    expectParagraphs(body, [
      SEED_SENTENCE,
      levelSentence(data.stats),
      'BÁO CÁO',
      'Sơ kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
      'Còn 136/254 cơ quan, đơn vị chưa báo cáo kết quả thực hiện.',
    ]);
    expect(body.filter((t) => /^(I|II|III|IV|V)\. /u.test(t))).toEqual([
      'I. CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(body[body.indexOf('BÁO CÁO') + 3]).toMatch(/^Thực hiện Kế hoạch số 19\/KH-UBND ngày 12\/3\/2021 của Ủy ban nhân dân thành phố Thủ Đức/u);
    expect(all).toContain('Số: 45/BC-UBND');
  });

  it('moves long tables to landscape appendices numbered I–IV, with a "Tổng cộng" row equal to the totals', async () => {
    const { document, body, all } = await read(buildBaoCao({ ...input, appendices: { completed: true, outstanding: 'all' } }));
    const [, ...appendices] = sections(document);
    expect(appendices).toHaveLength(4);
    for (const s of appendices) expect(attr(s, 'pgSz', 'orient')).toBe('landscape');
    expectParagraphs(body, ['(Chi tiết tại Phụ lục I kèm theo)', '(Chi tiết tại Phụ lục IV kèm theo)']);
    expectParagraphs(all, ['Phụ lục I', 'Phụ lục II', 'Phụ lục III', 'Phụ lục IV']);
    const groups = tables(document).find((t) => t.includes('Khối, cụm thi đua') && t.includes('Tổng cộng'))!;
    const rows = tableRows(groups);
    expect(rows[0]).toEqual(['STT', 'Khối, cụm thi đua', 'Đơn vị', 'Công trình, phần việc']);
    expect(rows[1]).toEqual(['', '', 'Tổng số', 'Có báo cáo', 'Tỷ lệ', 'Đăng ký', 'Hoàn thành', 'Tỷ lệ']);
    expect(rows.at(-1)).toEqual(['', 'Tổng cộng', '254', '118', '46,46%', '703', '136', '19,35%']);
    expect(rows).toHaveLength(2 + 29 + 1);
    // Completed works by level, under heading rows.
    const completed = tables(document).find((t) => t.includes('Ngày hoàn thành'))!;
    const crow = tableRows(completed).map((r) => r[0]);
    expect(crow).toContain('I. CẤP THÀNH PHỐ (30 công trình)');
    expect(crow).toContain('II. CẤP CƠ SỞ (106 công trình)');
    // Long lists come as touching tables of at most CHUNK_ROWS rows, the header row on the first only.
    const pieces = tables(document);
    const start = pieces.findIndex((t) => t.includes('Tình trạng'));
    const outstanding = pieces.slice(start, start + Math.ceil((2 + 703 - 136) / CHUNK_ROWS));
    expect(document).toContain(outstanding.join(''));
    const bodyRows = outstanding.flatMap((t, i) => {
      const rows = tableRows(t);
      if (i === 0) expect(rows.shift()).toEqual(['STT', 'Tên công trình, phần việc', 'Cơ quan, đơn vị', 'Khối, cụm', 'Thời hạn', 'Tình trạng']);
      expect(rows.length).toBeLessThanOrEqual(CHUNK_ROWS);
      return rows;
    });
    // Two level headings and every unfinished work.
    expect(bodyRows).toHaveLength(2 + 703 - 136);
    expect(bodyRows.filter((r) => r.length === 1).map((r) => r[0])).toEqual([
      'I. CẤP THÀNH PHỐ (90 công trình)',
      'II. CẤP CƠ SỞ (477 công trình)',
    ]);
  });

  it('keeps short tables in the body and writes "Phụ lục" alone when only one appendix is left', async () => {
    const small = sampleData({ units: 10, works: 30, reported: 5 });
    const { document, body } = await read(buildBaoCao({ ...input, stats: small.stats, works: small.works }));
    const [, ...appendices] = sections(document);
    const moved = [small.stats.byGroup.length, small.stats.notReported.length].filter((n) => n > INLINE_ROWS).length;
    expect(appendices.length).toBeGreaterThanOrEqual(moved);
    if (appendices.length === 1) expect(body).toContain('(Chi tiết tại Phụ lục kèm theo)');
    expect(body).toContain(figuresSentence(small.stats, 'toàn thành phố'));
  });

  it('a tổng kết names itself so', async () => {
    const { all } = await read(buildBaoCao({ ...input, stage: 'tong_ket' }));
    expect(all).toContain('Tổng kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức');
  });

  it('adds a row for units outside every khối/cụm so that the table adds up', () => {
    const stats = { ...data.stats, units: { ...data.stats.units, registered: 260, reported: 120 } };
    const rows = groupTable(stats).rows;
    expect(rows.at(-1)).toEqual(['30', 'Đơn vị không thuộc khối, cụm', '6', '2', '33,33%', '0', '0', '0,00%']);
  });

  it('refuses without the plan number, saying where to fill it in', () => {
    const campaign = { ...data.campaign, planNumber: '' };
    expect(() => baoCaoSections({ ...input, campaign })).toThrow(/"Số, ký hiệu"/u);
    try {
      baoCaoSections({ ...input, campaign });
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).fields).toHaveProperty('planNumber');
    }
  });
});

describe('công văn đôn đốc', () => {
  const input = {
    frame: frame({ number: { number: 7, symbol: 'UBND-NV' }, date: '2021-04-13', recipients: ['Như trên'] }),
    campaign: data.campaign,
    stats: data.stats,
    pending: data.pending,
    deadline: '2021-04-15',
  };

  it('has no tên loại, a 12 pt "V/v" under the number, Kính gửi, the deadline and the attached list', async () => {
    const { document, body, all } = await read(buildCongVanDonDoc(input));
    const header = tables(document)[0];
    const rows = tableRows(header);
    expect(rows[1][0]).toMatch(/^Số: 07\/UBND-NV\nV\/v đôn đốc báo cáo kết quả thực hiện đợt hoạt động/u);
    const vv = findPara(document, /^V\/v /u);
    expect(vv.runs[0]).toMatchObject({ size: 24, bold: false, italic: false });
    expect(Number(attr(vv.xml, 'spacing', 'before'))).toBe(120);
    expect(body).not.toContain('CÔNG VĂN');
    expect(body).toContain('Kính gửi: Thủ trưởng các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(body.some((t) => t.includes('còn 136 cơ quan, đơn vị chưa báo cáo (danh sách kèm theo)'))).toBe(true);
    expect(body.some((t) => t.includes('trước ngày 15/4/2021'))).toBe(true);
    expect(body.filter(Boolean).at(-1)).toMatch(/\.\/\.$/u);
    expectParagraphs(all, [
      'DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO KẾT QUẢ',
      '(Kèm theo Công văn số 07/UBND-NV ngày 13 tháng 4 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)',
    ]);
    expect(all).not.toContain('Phụ lục');
    const list = tables(document).find((t) => t.includes('Công trình, phần việc đã đăng ký'))!;
    const lrows = tableRows(list);
    expect(lrows).toHaveLength(1 + 136);
    expect(lrows[1][3].split('\n')[0]).toMatch(/^1\. /u);
  });

  it('names a handful of units directly in Kính gửi', () => {
    const few = data.pending.slice(0, 2);
    const t = resolveTexts(congVanSections({ ...input, pending: few }));
    expect(t.kinhGui.split('\n')).toEqual(few.map((p) => p.name));
  });

  it('refuses without a deadline or the plan number', () => {
    expect(() => congVanSections({ ...input, deadline: '' })).toThrow(/hạn gửi báo cáo/u);
    expect(() => congVanSections({ ...input, campaign: { ...data.campaign, planDate: null } })).toThrow(/"Ngày ban hành"/u);
  });
});

describe('giấy mời', () => {
  const input = {
    frame: frame({ number: { number: 3, symbol: 'GM-UBND' }, date: '2021-04-13' }),
    stage: 'so_ket' as const,
    campaign: data.campaign,
    meeting,
  };

  it('follows Mẫu 1.7: "… trân trọng kính mời:", the invited, Tới dự, Chủ trì, Thời gian with the weekday, Địa điểm', async () => {
    const { document, body } = await read(buildGiayMoi(input));
    expectParagraphs(body, [
      'GIẤY MỜI',
      'Ủy ban nhân dân thành phố Thủ Đức trân trọng kính mời:',
      '- Thủ trưởng các cơ quan, đơn vị;',
      '- Chủ tịch Ủy ban nhân dân 34 phường.',
      'Thời gian: 08 giờ 00, thứ Sáu, ngày 16/4/2021.',
      'Địa điểm: Hội trường Ủy ban nhân dân thành phố Thủ Đức.',
    ]);
    const time = findPara(document, /^Thời gian:/u);
    expect(time.runs[0]).toMatchObject({ text: 'Thời gian: ', bold: true });
    expect(time.runs[1].bold).toBe(false);
    expect(body.filter(Boolean).at(-1)).toMatch(/\.\/\.$/u);
    expect(sections(document)).toHaveLength(1);
  });

  it('refuses without the place or time of the meeting', async () => {
    await expect(buildGiayMoi({ ...input, meeting: { ...meeting, place: '' } })).rejects.toThrow(/địa điểm/u);
    await expect(buildGiayMoi({ ...input, meeting: { ...meeting, time: 'sáng' } })).rejects.toThrow(UserError);
  });
});

describe('same data, same words', () => {
  it('a renamed unit appears under its new name in every document generated afterwards', async () => {
    const renamed = sampleData();
    const old = renamed.pending[0].name;
    const fresh = 'Ủy ban nhân dân phường Tên Mới';
    for (const w of renamed.works) if (w.unitName === old) w.unitName = fresh;
    renamed.pending[0] = { ...renamed.pending[0], name: fresh };
    renamed.stats.notReported[0] = { ...renamed.stats.notReported[0], name: fresh };
    const { document: bc } = await read(
      buildBaoCao({ frame: bcFrame, stage: 'so_ket', campaign: renamed.campaign, stats: renamed.stats, works: renamed.works }),
    );
    const { document: cv } = await read(
      buildCongVanDonDoc({
        frame: frame({ number: { number: 7, symbol: 'UBND-NV' } }),
        campaign: renamed.campaign,
        stats: renamed.stats,
        pending: renamed.pending,
        deadline: '2021-04-15',
      }),
    );
    for (const xml of [bc, cv]) {
      expect(xml).toContain(fresh);
      expect(xml).not.toContain(`>${old}<`);
    }
  });
});

describe('báo cáo content the office would write (issue 8)', () => {
  const base = { frame: bcFrame, stage: 'so_ket' as const, campaign: data.campaign, stats: data.stats };
  const headingsOf = (body: readonly string[]) => body.filter((t) => /^(I|II|III|IV|V)\. /u.test(t));

  it('lists as tiêu biểu exactly the works the user marked, each once, in a table; none marked, none listed', async () => {
    const completed = data.works.filter((w) => w.status === 'hoan_thanh');
    // Two marked works, one of them registered twice by its unit under the same title.
    const marked = completed[3];
    const works = [
      ...data.works.map((w) => (w === marked || w === completed[7] ? { ...w, featured: true } : w)),
      { ...marked, featured: true },
    ];
    const { document, body } = await read(buildBaoCao({ ...base, works }));
    const table = tables(document).find((t) => t.includes('Kết quả, giá trị'))!;
    const rows = tableRows(table);
    expect(rows[0]).toEqual(['STT', 'Tên công trình, phần việc', 'Cơ quan, đơn vị', 'Cấp', 'Ngày hoàn thành', 'Kết quả, giá trị']);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual([marked.title, completed[7].title].sort());
    expect(body).toContain('Có 02 công trình, phần việc tiêu biểu được lựa chọn, nêu gương để các cơ quan, đơn vị học tập, nhân rộng.');
    // Unmarked: no table, and not the first completed works in list order as before.
    const plain = await read(buildBaoCao({ ...base, works: data.works }));
    expect(tables(plain.document).some((t) => t.includes('Kết quả, giá trị'))).toBe(false);
    expect(plain.body).not.toContain('6. Công trình, phần việc tiêu biểu');
    expect(plain.body.some((t) => t.startsWith(`- ${completed[0].title}`))).toBe(false);
  });

  it('has III.3 Bài học kinh nghiệm and V Đề xuất, kiến nghị by default, V proposing the units of the tiêu biểu works', async () => {
    const works = data.works.map((w, i) => (i === 0 || i === 1 ? { ...w, featured: true } : w));
    const { body } = await read(buildBaoCao({ ...base, works }));
    expect(headingsOf(body)).toEqual([
      'I. CÔNG TÁC TRIỂN KHAI, TỔ CHỨC THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(body).toContain('3. Bài học kinh nghiệm');
    const units = [...new Set([works[0].unitName, works[1].unitName])];
    expect(body).toContain(
      `Đề nghị Hội đồng Thi đua - Khen thưởng xem xét, đề nghị khen thưởng ${units.length === 1 ? '01' : '02'} tập thể có công trình, phần việc tiêu biểu: ${units.join(', ')}.`,
    );
    expect(body.some((t) => /^Đề nghị Hội đồng Thi đua - Khen thưởng xem xét, khen thưởng các tập thể, cá nhân có thành tích xuất sắc qua sơ kết/u.test(t))).toBe(true);
  });

  it('writes the hạn chế from the data: each flag found with its count, the "chưa sát" sentence only when a flag shows it', () => {
    const flagged: WorkLine[] = data.works.map((w, i) => ({ ...w, flags: i < 7 ? ['no_target'] : i < 10 ? ['duplicate'] : [] }));
    const hanChe = (works: readonly WorkLine[], stats = data.stats) =>
      resolveTexts(baoCaoSections({ ...base, stats, works })).hanChe.split('\n');
    expect(hanChe(flagged)).toEqual([
      'Còn «số đơn vị chưa báo cáo»/«số đơn vị tham gia» cơ quan, đơn vị chưa báo cáo kết quả thực hiện.',
      'Có «số công trình quá hạn» công trình, phần việc đã quá thời hạn đăng ký nhưng chưa hoàn thành.',
      'Có «số công trình thiếu chỉ tiêu» công trình, phần việc đăng ký không có chỉ tiêu đo được, khó đánh giá kết quả.',
      'Có «số công trình trùng lặp» công trình, phần việc trùng tên với công trình khác của cùng đơn vị.',
      'Qua đó cho thấy một số đơn vị đăng ký nội dung thi đua chưa sát với yêu cầu của Kế hoạch, còn mang tính hình thức.',
    ]);
    const figures = baoCaoFigures({ stats: data.stats, works: flagged });
    expect([figures['số công trình thiếu chỉ tiêu'], figures['số công trình trùng lặp'], figures['số đơn vị chưa báo cáo']]).toEqual(['07', '03', '136']);
    // Everyone reported, nothing late, nothing flagged: no invented shortcoming.
    const clean = { ...data.stats, units: { ...data.stats.units, reported: data.stats.units.registered }, works: { ...data.stats.works, overdue: 0 } };
    expect(hanChe(data.works, clean)).toEqual([
      'Qua rà soát, các cơ quan, đơn vị đã báo cáo đầy đủ; các công trình, phần việc đăng ký có chỉ tiêu, thời hạn cụ thể, đúng lĩnh vực của Kế hoạch.',
    ]);
  });

  it('carries the lists the user chose: by default the khối/cụm summary and the units not reported, not every work', async () => {
    const count = async (appendices?: Parameters<typeof buildBaoCao>[0]['appendices']) => {
      const { document, all } = await read(buildBaoCao({ ...base, works: data.works, appendices }));
      return { appendices: sections(document).length - 1, all, document };
    };
    const byDefault = await count();
    expect(byDefault.appendices).toBe(2);
    expectParagraphs(byDefault.all, ['TỔNG HỢP KẾT QUẢ THEO KHỐI, CỤM THI ĐUA', 'DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO KẾT QUẢ']);
    expect(byDefault.all).not.toContain('DANH SÁCH CÔNG TRÌNH, PHẦN VIỆC ĐÃ HOÀN THÀNH');

    const overdue = await count({ groups: false, notReported: false, outstanding: 'overdue' });
    expect(overdue.appendices).toBe(1);
    expect(overdue.all).toContain('DANH SÁCH CÔNG TRÌNH, PHẦN VIỆC QUÁ THỜI HẠN CHƯA HOÀN THÀNH');
    const listed = tables(overdue.document)
      .filter((t) => t.includes('Tình trạng'))
      .flatMap((t) => tableRows(t).slice(1))
      .filter((r) => r.length > 1);
    expect(listed).toHaveLength(data.stats.works.overdue);
    expect(new Set(listed.map((r) => r[5]))).toEqual(new Set(['Quá hạn']));

    const perUnit = await count({ groups: false, notReported: false, outstanding: 'by_unit' });
    const unitTable = tables(perUnit.document).find((t) => t.includes('Chưa hoàn thành') && t.includes('Quá hạn'))!;
    const rows = tableRows(unitTable);
    const open = data.works.filter((w) => w.status !== 'hoan_thanh').length;
    expect(rows.at(-1)).toEqual(['', '', 'Tổng cộng', expect.any(String), expect.any(String), String(open), String(data.stats.works.overdue)]);

    const none = await count({ groups: false, notReported: false, completed: false, outstanding: 'none' });
    expect(none.appendices).toBe(0);
    // The counts stay in the text when the list is left out.
    expect(none.all.some((t) => t.startsWith(`Còn ${open} công trình, phần việc chưa hoàn thành, trong đó`))).toBe(true);
  });

  it('refuses a báo cáo of a campaign with no works, in Vietnamese, naming the date', () => {
    const empty = {
      ...data.stats,
      units: { registered: 0, reported: 0, reportedPercent: '0,00%' },
      works: { ...data.stats.works, registered: 0, units: 0, completed: 0, overdue: 0 },
    };
    expect(() => baoCaoSections({ ...base, stats: empty, works: [] })).toThrow(
      /chưa có công trình, phần việc nào được đăng ký tính đến ngày 12\/4\/2021: chưa lập được báo cáo/u,
    );
  });
});

describe('figures that stay live in edited texts', () => {
  const base = { frame: bcFrame, stage: 'so_ket' as const, campaign: data.campaign, works: data.works };
  const edited = { hanChe: 'Đến nay còn «số đơn vị chưa báo cáo» đơn vị chưa báo cáo (đạt «tỷ lệ báo cáo» đã báo cáo).' };

  it('fills a rewritten section with the figures of the "as of" date it is built for', async () => {
    const later = { ...data.stats, asOf: '2021-04-20', units: { ...data.stats.units, reported: 200, reportedPercent: '78,74%' } };
    const now = await read(buildBaoCao({ ...base, stats: data.stats, texts: edited }));
    const then = await read(buildBaoCao({ ...base, stats: later, texts: edited }));
    expect(now.body).toContain('Đến nay còn 136 đơn vị chưa báo cáo (đạt 46,46% đã báo cáo).');
    expect(then.body).toContain('Đến nay còn 54 đơn vị chưa báo cáo (đạt 78,74% đã báo cáo).');
    expect(then.body.join('\n')).not.toContain('«');
  });

  it('refuses a name that is not a figure, naming the section and the figures allowed', () => {
    try {
      baoCaoTexts({ ...base, stats: data.stats, texts: { uuDiem: 'Có «số xe» xe.' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toMatch(/^Mục "III\.1\. Ưu điểm" có «số xe», không phải số liệu chương trình tính\. Số liệu dùng được: «ngày số liệu», /u);
      expect((e as UserError).fields).toHaveProperty(['texts.uuDiem']);
    }
  });

  it('keeps the công văn\'s figures and deadline live too', async () => {
    const cv = {
      frame: frame({ number: { number: 7, symbol: 'UBND-NV' }, date: '2021-04-13' }),
      campaign: data.campaign,
      stats: data.stats,
      pending: data.pending,
    };
    const defaults = resolveTexts(congVanSections({ ...cv, deadline: '2021-04-15' }));
    expect(defaults.noiDung).toContain('«số đơn vị báo cáo»/«số đơn vị tham gia»');
    const texts = { noiDung: `Rút gọn: còn «số đơn vị chưa báo cáo» đơn vị, hạn «hạn báo cáo».` };
    const { body } = await read(buildCongVanDonDoc({ ...cv, deadline: '2021-04-19', texts }));
    expect(body).toContain('Rút gọn: còn 136 đơn vị, hạn 19/4/2021./.');
  });

  it('refuses a công văn đôn đốc when every unit has reported', () => {
    const all = { ...data.stats, units: { ...data.stats.units, reported: 254 }, notReported: [] };
    expect(() =>
      congVanSections({ frame: frame(), campaign: data.campaign, stats: all, pending: [], deadline: '2021-04-15' }),
    ).toThrow('Tính đến ngày 12/4/2021, cả 254 cơ quan, đơn vị tham gia đã báo cáo: không có đơn vị nào cần đôn đốc. Chọn "Tính đến ngày" khác nếu cần.');
  });
});
