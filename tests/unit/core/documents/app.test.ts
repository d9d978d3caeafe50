// The báo cáo and công văn through the router on the demo database (issue 8): the stage is the
// request's, the tiêu biểu table holds the works marked in the app, the lists are the request's choice,
// edited texts keep their figures live across "tính đến ngày", and an empty report or a reminder to
// nobody is refused in Vietnamese.
// The kế hoạch through the router on a real database (core/documents/kinds/ke-hoach.ts): the
// opening cites the law and decree in force on the plan's own date and the campaign's upper-level
// plan; "Đối tượng" counts the units chosen for the campaign before any work is registered; section III
// names the Giấy khen and who signs it; section IV names the agency's offices; a campaign nobody takes
// part in gets no plan, and says where to fix that.
import { describe, expect, it } from 'vitest';
import { bodyTexts, openDocx, sections, tableRows, tables } from '../../documents-xml.ts';
import { demoApp, freshApp, refusal } from '../../helpers.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TdktApp } from '../../../../core/app.ts';
import { DATA_SUBFOLDERS } from '../../../../core/files/data-folder.ts';

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
    const at = async (asOf: string) => bodyTexts(docOf((await app.invoke('documents.preview', { ...BC, asOf, date: '2021-05-03' })).contentBase64));
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

async function planBody(app: TdktApp, args: Record<string, unknown> = {}): Promise<string[]> {
  const p = await app.invoke('documents.preview', { kind: 'ke_hoach', ...args });
  return bodyTexts(openDocx(Buffer.from(p.contentBase64, 'base64')).document);
}

/** The paragraphs between the trích yếu and "I. MỤC ĐÍCH, YÊU CẦU". */
function opening(body: string[]): string[] {
  const start = body.findIndex((t) => t.startsWith('Tổ chức ')) + 1;
  return body.slice(start, body.indexOf('I. MỤC ĐÍCH, YÊU CẦU')).filter(Boolean);
}

/** The khoản headings of section IV. */
function sectionFour(body: string[]): string[] {
  return body.slice(body.indexOf('IV. TỔ CHỨC THỰC HIỆN') + 1).filter((t) => /^\d+\. /u.test(t));
}

async function newCampaign(app: TdktApp, over: Record<string, unknown> = {}) {
  await app.invoke('settings.saveAgency', {
    parentBody: '',
    name: 'Ủy ban nhân dân phường Linh Trung',
    locality: 'Linh Trung',
    abbreviation: 'UBND',
  });
  await app.invoke('agency.saveSigner', { authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn An' });
  const units = [];
  for (const [code, name] of [['KP1', 'Khu phố 1'], ['KP2', 'Khu phố 2'], ['TH', 'Trường Tiểu học Linh Trung']]) {
    units.push(await app.invoke('org.saveUnit', { code, name, kind: 'khac' }));
  }
  const campaign = await app.invoke('campaigns.save', {
    name: 'Phong trào thi đua chào mừng Đại hội Đảng bộ phường',
    form: 'chuyen_de',
    startDate: '2025-08-01',
    endDate: '2025-10-31',
    planDate: '2025-07-25',
    milestones: [{ kind: 'han_dang_ky', date: '2025-08-15', label: '' }],
    unitIds: units.map((u) => u.id),
    ...over,
  });
  return { units, campaign };
}

describe('the kế hoạch the office would write', () => {
  it('opens with the law and decree in force on its date, then the sentence that issues it', async () => {
    const app = await demoApp();
    expect(opening(await planBody(app))).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Ủy ban nhân dân thành phố Thủ Đức ban hành Kế hoạch tổ chức đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức, cụ thể như sau:',
    ]);
    const in2024 = opening(await planBody(app, { date: '2024-03-01' }));
    expect(in2024.slice(0, 2)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ]);
    expect(opening(await planBody(app, { date: '2025-07-01' }))[1]).toMatch(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP ngày 14 tháng 6 năm 2025/u);
    app.close();
  });

  it('cites the upper level\'s plan the campaign carries out, after the bases', async () => {
    const app = freshApp('2025-07-20T03:00:00.000Z');
    await newCampaign(app, {
      upperPlan: 'Kế hoạch số 245/KH-UBND ngày 10/7/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh về tổ chức phong trào thi đua chào mừng Đại hội Đảng bộ các cấp',
    });
    const lines = opening(await planBody(app));
    expect(lines).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
      expect.stringMatching(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP .*;$/u),
      'Thực hiện Kế hoạch số 245/KH-UBND ngày 10/7/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh về tổ chức phong trào thi đua chào mừng Đại hội Đảng bộ các cấp;',
      'Ủy ban nhân dân phường Linh Trung ban hành Kế hoạch tổ chức phong trào thi đua chào mừng Đại hội Đảng bộ phường, cụ thể như sau:',
    ]);
    app.close();
  });

  it('counts the units chosen for a new campaign, before any of them registered a work', async () => {
    const app = freshApp('2025-07-20T03:00:00.000Z');
    const { campaign } = await newCampaign(app);
    expect(await app.invoke('works.list', { campaignId: campaign.id })).toEqual([]);
    const body = await planBody(app);
    expect(body).toContain('Các cơ quan, đơn vị (03 cơ quan, đơn vị); cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.');
    app.close();
  });

  it('counts the khối and cụm of the participants as the campaign opens', async () => {
    const app = freshApp('2025-07-20T03:00:00.000Z');
    const { units } = await newCampaign(app);
    const khoi = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối Khu phố' });
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: units[0].id, role: 'truong', validFrom: '2025-01-01' });
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: units[1].id, role: 'thanh_vien', validFrom: '2025-01-01' });
    // Joins after the campaign opened: not yet in the khối the plan names.
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: units[2].id, role: 'thanh_vien', validFrom: '2025-09-01' });
    const body = await planBody(app);
    expect(body).toContain('Các cơ quan, đơn vị thuộc 01 khối thi đua (03 cơ quan, đơn vị); cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.');
    expect(body).toContain('- Khối Khu phố (02 đơn vị).');
    app.close();
  });

  it('refuses a plan nobody takes part in, naming the screen and the field, and writes nothing', async () => {
    const app = freshApp('2025-07-20T03:00:00.000Z');
    await newCampaign(app, { unitIds: [] });
    for (const method of ['documents.getSections', 'documents.preview', 'documents.generate']) {
      const err = await refusal(app, method, { kind: 'ke_hoach' });
      expect(err.message).toMatch(/chưa có đơn vị tham gia/u);
      expect(err.message).toMatch(/Vào Đợt thi đua, bấm "Sửa" ở dòng của đợt, mở mục "Đơn vị tham gia"/u);
      expect(err.fields).toEqual({ unitIds: 'Chọn các đơn vị tham gia đợt thi đua' });
    }
    expect(await app.invoke('documents.list', {})).toEqual([]);
    const dir = join(app.dataDir, DATA_SUBFOLDERS.documents);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    app.close();
  });

  it('names the Giấy khen and who signs it in section III, the offices in section IV', async () => {
    const app = await demoApp();
    const body = await planBody(app);
    const three = body.slice(body.indexOf('III. HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG'), body.indexOf('IV. TỔ CHỨC THỰC HIỆN'));
    expect(three).toContain(
      'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua.',
    );
    expect(three.filter((t) => /^\d+\. /u.test(t))).toEqual([
      '1. Hình thức khen thưởng',
      '2. Tiêu chuẩn khen thưởng',
      '3. Số lượng khen thưởng',
      '4. Thời gian sơ kết, tổng kết',
    ]);
    expect(sectionFour(body)).toEqual([
      '1. Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)',
      '2. Phòng Văn hóa – Thông tin',
      '3. Phòng Tài chính – Kế hoạch',
      '4. Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      '5. Ủy ban nhân dân các phường',
      '6. Trưởng các khối, cụm thi đua',
      '7. Thủ trưởng các cơ quan, đơn vị',
      '8. Chế độ thông tin, báo cáo',
    ]);
    expect(body.some((t) => t.includes('Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng trước'))).toBe(false);
    expect(body).toContain(
      'Bản đăng ký gửi về Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng) trước ngày 25/3/2021.',
    );
    expect(body).toContain(
      'Các cơ quan, đơn vị gửi bản đăng ký công trình, phần việc thi đua (theo mẫu tại Phụ lục I) về Phòng Nội vụ trước ngày 25/3/2021; báo cáo kết quả thực hiện (theo mẫu tại Phụ lục II) vào các ngày 12/4/2021, 20/5/2021.',
    );
    app.close();
  });

  it('follows the library as it is edited: a basis added, an office renamed, reordered or set aside', async () => {
    const app = await demoApp();
    const basis = await app.invoke('legalBases.save', {
      text: 'Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 01 tháng 6 năm 2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Quy chế công tác thi đua, khen thưởng;',
      validFrom: '2020-06-15',
      validTo: null,
      kinds: ['ke_hoach'],
      sort: 30,
    });
    const offices = await app.invoke('offices.list', {});
    const [noiVu, vanHoa, taiChinh] = offices;
    await app.invoke('offices.save', { ...vanHoa, name: 'Phòng Văn hóa, Khoa học và Thông tin', sort: 5 });
    await app.invoke('offices.save', { ...taiChinh, active: false });
    const body = await planBody(app);
    expect(opening(body)[2]).toBe(
      'Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 01 tháng 6 năm 2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Quy chế công tác thi đua, khen thưởng;',
    );
    const four = sectionFour(body);
    expect(four.slice(0, 2)).toEqual(['1. Phòng Văn hóa, Khoa học và Thông tin', `2. ${noiVu.name}`]);
    expect(four.join('\n')).not.toMatch(/Tài chính/u);
    // The first office in the list is where registrations go.
    expect(body).toContain('Bản đăng ký gửi về Phòng Văn hóa, Khoa học và Thông tin trước ngày 25/3/2021.');
    await app.invoke('legalBases.remove', { id: basis.id });
    expect(opening(await planBody(app))).toHaveLength(3);
    app.close();
  });
});
