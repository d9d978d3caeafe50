// The báo cáo and công văn through the router on the demo database (issue 8): the stage is the
// request's, the tiêu biểu table holds the works marked in the app, the lists are the request's choice,
// edited texts keep their figures live across "tính đến ngày", and an empty report or a reminder to
// nobody is refused in Vietnamese.
import { describe, expect, it } from 'vitest';
import { bodyTexts, openDocx, sections, tableRows, tables } from '../../documents-xml.ts';
import { demoApp, refusal } from '../../helpers.ts';

const docOf = (b64: string) => openDocx(Buffer.from(b64, 'base64')).document;
const BC = { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-20' } as const;

describe('báo cáo: chosen, not guessed', () => {
  it('refuses a báo cáo without sơ kết or tổng kết, and keeps the stage asked for at the end of the campaign', async () => {
    const app = await demoApp();
    const e = await refusal(app, 'documents.preview', { kind: 'bao_cao', asOf: '2021-05-19' });
    expect(e.message).toBe('Chọn báo cáo sơ kết hoặc báo cáo tổng kết (ô "Loại văn bản"; dòng lệnh: --so-ket hoặc --tong-ket).');
    expect(e.fields).toHaveProperty('stage');
    // On the campaign's last day the date used to turn a sơ kết into a tổng kết.
    const r = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-05-19', date: '2021-05-20' });
    expect(r.stage).toBe('so_ket');
    expect(r.summary).toMatch(/^Sơ kết /u);
    app.close();
  });
});

describe('báo cáo: công trình tiêu biểu', () => {
  it('prints the works marked in the app, a work registered twice under one title once', async () => {
    const app = await demoApp();
    const raw = app.connection.raw;
    // Two works of one unit with the same title, both completed, and one other completed work.
    const pair = raw
      .prepare(
        `SELECT a.id AS a, b.id AS b, a.title FROM works a JOIN works b ON b.unit_id = a.unit_id AND b.title_key = a.title_key AND b.id > a.id
          WHERE a.campaign_id = 1 AND a.completed_on <= '2021-04-12' AND b.completed_on <= '2021-04-12' LIMIT 1`,
      )
      .get() as { a: number; b: number; title: string };
    const other = raw
      .prepare("SELECT id, title FROM works WHERE campaign_id = 1 AND completed_on <= '2021-04-12' AND title <> ? ORDER BY id DESC LIMIT 1")
      .get(pair.title) as { id: number; title: string };
    for (const id of [pair.a, pair.b, other.id]) await app.invoke('works.setFeatured', { id, featured: true });
    const xml = docOf((await app.invoke('documents.preview', BC)).contentBase64);
    const table = tables(xml).find((t) => t.includes('Kết quả, giá trị'))!;
    expect(
      tableRows(table)
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([pair.title, other.title].sort());
    app.close();
  });
});

describe('báo cáo: the lists are the request\'s choice', () => {
  it('carries two appendices by default, the overdue works when asked, and refuses an unknown choice at the wall', async () => {
    const app = await demoApp();
    const plain = docOf((await app.invoke('documents.preview', BC)).contentBase64);
    expect(sections(plain)).toHaveLength(1 + 2);
    const overdue = docOf((await app.invoke('documents.preview', { ...BC, appendices: { outstanding: 'overdue' } })).contentBase64);
    expect(sections(overdue)).toHaveLength(1 + 3);
    const stats = await app.invoke('stats.campaign', { asOf: '2021-04-12' });
    const rows = tables(overdue)
      .filter((t) => t.includes('Tình trạng'))
      .flatMap((t) => tableRows(t).slice(1))
      .filter((r) => r.length > 1);
    expect(rows).toHaveLength(stats.works.overdue);
    const e = await refusal(app, 'documents.preview', { ...BC, appendices: { outstanding: 'mot_nua' } });
    expect(e.message).toMatch(/Chọn cách liệt kê công trình chưa hoàn thành/u);
    app.close();
  });
});

describe('figures stay live after the user edits a section', () => {
  it('báo cáo: an edited hạn chế shows the figures of the new "tính đến ngày", not those it was edited at', async () => {
    const app = await demoApp();
    const sections12 = await app.invoke('documents.getSections', BC);
    const hanChe = sections12.find((s) => s.key === 'hanChe')!;
    await app.invoke('documents.saveSections', { ...BC, texts: { hanChe: `${hanChe.text}\nNguyên nhân: một số đơn vị chưa quan tâm đúng mức.` } });
    const at = async (asOf: string) => bodyTexts(docOf((await app.invoke('documents.preview', { ...BC, asOf })).contentBase64));
    const stats = async (asOf: string) => app.invoke('stats.campaign', { asOf });
    const s12 = await stats('2021-04-12');
    // Two more units report after the 12th.
    for (const u of s12.notReported.slice(0, 2)) {
      await app.invoke('reports.add', { campaignId: 1, unitId: u.id, reportDate: '2021-04-15', content: 'Báo cáo kết quả' });
    }
    const s30 = await stats('2021-04-30');
    expect(s30.units.reported).not.toBe(s12.units.reported);
    const line = (s: typeof s12) => `Còn ${s.units.registered - s.units.reported}/${s.units.registered} cơ quan, đơn vị chưa báo cáo kết quả thực hiện.`;
    expect(await at('2021-04-12')).toContain(line(s12));
    const later = await at('2021-04-30');
    expect(later).toContain(line(s30));
    expect(later).not.toContain(line(s12));
    expect(later).toContain('Nguyên nhân: một số đơn vị chưa quan tâm đúng mức.');
    app.close();
  });

  it('công văn: an edited text follows the new date and deadline', async () => {
    const app = await demoApp();
    const CV = { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13', deadline: '2021-04-16' } as const;
    const noiDung = (await app.invoke('documents.getSections', CV)).find((s) => s.key === 'noiDung')!;
    await app.invoke('documents.saveSections', { ...CV, texts: { noiDung: noiDung.text.replace('Đề nghị Thủ trưởng', 'Kính đề nghị Thủ trưởng') } });
    const body = bodyTexts(docOf((await app.invoke('documents.preview', { ...CV, asOf: '2021-04-30', date: '2021-05-03', deadline: '2021-05-07' })).contentBase64));
    const text = body.join('\n');
    expect(text).toContain('tính đến ngày 30/4/2021');
    expect(text).toContain('trước ngày 07/5/2021');
    expect(text).not.toContain('12/4/2021');
    expect(text).not.toContain('16/4/2021');
    expect(text).toContain('Kính đề nghị Thủ trưởng');
    app.close();
  });

  it('refuses to save a section with a «name» that is not a figure, and saves nothing', async () => {
    const app = await demoApp();
    const e = await refusal(app, 'documents.saveSections', { ...BC, texts: { uuDiem: 'Đã trồng «số cây» cây xanh.' } });
    expect(e.fields?.['texts.uuDiem']).toMatch(/^Mục "III\.1\. Ưu điểm" có «số cây», không phải số liệu chương trình tính\./u);
    expect(app.connection.raw.prepare('SELECT count(*) FROM document_sections').pluck().get()).toBe(0);
    app.close();
  });
});

describe('nothing to report, nobody to remind', () => {
  it('refuses a báo cáo and a công văn of a campaign with no works or units, in Vietnamese', async () => {
    const app = await demoApp();
    const c = await app.invoke('campaigns.save', {
      name: 'Đợt thi đua mới', form: 'chuyen_de', startDate: '2021-06-01', endDate: '2021-08-31', planNumber: '25/KH-UBND', planDate: '2021-05-25',
    });
    const bc = await refusal(app, 'documents.generate', { ...BC, campaignId: c.id, asOf: '2021-06-10', date: '2021-06-11' });
    expect(bc.message).toBe(
      'Đợt thi đua "Đợt thi đua mới" chưa có công trình, phần việc nào được đăng ký tính đến ngày 10/6/2021: chưa lập được báo cáo. ' +
        'Đăng ký công trình ở trang Công trình, hoặc chọn "Tính đến ngày" muộn hơn.',
    );
    const cv = await refusal(app, 'documents.generate', { kind: 'cong_van_don_doc', campaignId: c.id, asOf: '2021-06-10', date: '2021-06-11' });
    expect(cv.message).toBe('Đợt thi đua "Đợt thi đua mới" chưa có cơ quan, đơn vị nào tham gia tính đến ngày 10/6/2021: không có đơn vị để đôn đốc.');
    expect(await app.invoke('documents.list', {})).toEqual([]);
    app.close();
  });
});
