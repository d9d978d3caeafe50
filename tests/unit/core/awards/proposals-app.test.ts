// Proposals through the router on a real database: every warning comes back with the proposal (and
// stops nothing); bad input is refused in Vietnamese naming the proposal and the field, writing nothing;
// attachments land in the data folder under the app's name, with their sha256, and go on detach.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentFolder, cleanFileName } from '../../../../core/awards/attachments.ts';
import { proposalData } from '../../../../core/awards/proposal-data.ts';
import { databaseDigest, refusal } from '../../helpers.ts';
import { awardsFixture } from './fixture.ts';

describe('proposal warnings', () => {
  it('warns of every case, naming the nominee, and keeps the nominees', async () => {
    const f = await awardsFixture();
    const { app, units, campaignId } = f;
    const hoa = f.person('Đặng Thị Hoa', 'P01', 'nu');
    const tuan = f.person('Phạm Anh Tuấn', 'P01', 'nam');
    const other = await app.invoke('proposals.create', { unitId: units.P02, campaignId, year: 2021, submissionNumber: '08/TTr-UBND' });
    await app.invoke('proposals.addNominee', { proposalId: other.id, kind: 'ca_nhan', personId: tuan, formCode: 'giay_khen_ca_nhan', achievement: 'Tích cực' });
    const p = await app.invoke('proposals.create', { unitId: units.P01, campaignId, year: 2021, submissionDate: '2021-04-15' });
    const add = (args: Record<string, unknown>) => app.invoke('proposals.addNominee', { proposalId: p.id, achievement: 'Hoàn thành xuất sắc', ...args } as never);
    await add({ kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan' });
    await add({ kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan' });
    await add({ kind: 'ca_nhan', personId: tuan, formCode: 'giay_khen_ca_nhan' });
    await add({ kind: 'ca_nhan', personId: tuan, formCode: 'bang_khen_ca_nhan' });
    await add({ kind: 'tap_the', unitId: units.P01, name: 'Tổ dân phố 5', formCode: 'giay_khen_ca_nhan' });
    const last = await add({ kind: 'don_vi', unitId: units.P01, formCode: 'giay_khen_tap_the', achievement: '' });
    expect(last.nomineeList).toHaveLength(6);
    expect(last.warnings.map((w) => [w.code, w.message])).toEqual([
      ['duplicate', 'Bà Đặng Thị Hoa (Phường Linh Trung) được đề nghị hai lần cùng hình thức trong đề nghị này: một thành tích chỉ được khen một lần.'],
      ['duplicate_in_campaign', 'Ông Phạm Anh Tuấn (Phường Linh Trung) cũng được đề nghị cùng hình thức trong đề nghị số 08/TTr-UBND của Phường An Khánh của đợt thi đua này.'],
      ['authority', 'Ông Phạm Anh Tuấn (Phường Linh Trung): "Bằng khen" không thuộc thẩm quyền khen thưởng của cơ quan, phải trình cấp trên.'],
      ['wrong_recipient', 'Tập thể Tổ dân phố 5 (Phường Linh Trung): "Giấy khen" dành cho cá nhân, không dành cho tập thể.'],
      ['empty_achievement', 'Tập thể Phường Linh Trung: chưa ghi thành tích.'],
    ]);
    f.app.close();
  });

  it('warns of a nominee already in the register for that form in the campaign, and of a form not in force', async () => {
    const f = await awardsFixture();
    const { app, units, campaignId } = f;
    const hoa = f.person('Đặng Thị Hoa', 'P01', 'nu');
    const first = await app.invoke('proposals.create', { unitId: units.P01, campaignId, year: 2021 });
    const withHoa = await app.invoke('proposals.addNominee', { proposalId: first.id, kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan', achievement: 'Xuất sắc' });
    const decision = await app.invoke('decisions.create', { campaignId, formCode: 'giay_khen_ca_nhan', date: '2021-04-20', signerId: f.signerId, nomineeIds: [withHoa.nomineeList[0].id] });
    await app.invoke('decisions.issue', { id: decision.id, number: 30 });
    const again = await app.invoke('proposals.create', { unitId: units.P01, campaignId, year: 2021 });
    const later = await app.invoke('proposals.addNominee', { proposalId: again.id, kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan', achievement: 'Xuất sắc' });
    expect(later.warnings.map((w) => w.code)).toContain('already_awarded');
    expect(later.warnings.find((w) => w.code === 'already_awarded')?.message).toBe(
      'Bà Đặng Thị Hoa (Phường Linh Trung) đã được khen hình thức này trong đợt thi đua (Quyết định số 30/QĐ-UBND).',
    );
    // Dated 2016, before the first period of the catalogue: no Giấy khen row is in force.
    const old = await app.invoke('proposals.update', { id: again.id, unitId: units.P01, campaignId, year: 2016, submissionDate: '2016-05-01' });
    expect(old.warnings.map((w) => w.code)).toContain('unknown_form');
    f.app.close();
  });
});

describe('proposal refusals', () => {
  it('refuses a nominee without a name, an unknown person or form, naming the proposal and field; writes nothing', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021, submissionNumber: '12/TTr-UBND' });
    const before = databaseDigest(f.raw);
    const noName = await refusal(f.app, 'proposals.addNominee', { proposalId: p.id, kind: 'tap_the', unitId: f.units.P01, name: '   ', formCode: 'giay_khen_tap_the' });
    expect(noName).toEqual({
      code: 'invalid',
      message: 'Đề nghị số 12/TTr-UBND của Phường Linh Trung: tập thể được đề nghị chưa có tên.',
      fields: { name: 'Đề nghị số 12/TTr-UBND của Phường Linh Trung: tập thể được đề nghị chưa có tên.' },
    });
    expect((await refusal(f.app, 'proposals.addNominee', { proposalId: p.id, kind: 'ho_gia_dinh', formCode: 'giay_khen_ho_gia_dinh' })).message).toMatch(
      /hộ gia đình được đề nghị chưa có tên/u,
    );
    expect(await refusal(f.app, 'proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: 999, formCode: 'giay_khen_ca_nhan' })).toMatchObject({
      fields: { personId: expect.stringContaining('không có cá nhân có mã số 999') },
    });
    expect(await refusal(f.app, 'proposals.addNominee', { proposalId: p.id, kind: 'don_vi', unitId: f.units.P01, formCode: 'huy_chuong_vang' })).toMatchObject({
      fields: { formCode: expect.stringContaining('"huy_chuong_vang" không có trong danh mục') },
    });
    expect((await refusal(f.app, 'proposals.addNominee', { proposalId: 999, kind: 'don_vi', unitId: 1, formCode: 'giay_khen_tap_the' })).message).toBe(
      'Không tìm thấy đề nghị khen thưởng có mã số 999.',
    );
    expect(databaseDigest(f.raw)).toBe(before);
    f.app.close();
  });

  it('removes a draft only, and not once a meeting has voted on it', async () => {
    const f = await awardsFixture();
    const hoa = f.person('Đặng Thị Hoa', 'P01', 'nu');
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
    const withHoa = await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan' });
    await f.app.invoke('proposals.update', { id: p.id, unitId: f.units.P01, campaignId: f.campaignId, year: 2021, status: 'da_trinh' });
    expect((await refusal(f.app, 'proposals.remove', { id: p.id })).message).toBe(
      `Đề nghị mã số ${p.id} của Phường Linh Trung đã trình, không xóa được; chỉ xóa được đề nghị còn là dự thảo.`,
    );
    await f.app.invoke('proposals.update', { id: p.id, unitId: f.units.P01, campaignId: f.campaignId, year: 2021, status: 'du_thao' });
    const m = await f.app.invoke('meetings.create', { date: '2021-04-18', membersTotal: 9, membersPresent: 8, proposalIds: [p.id] });
    await f.app.invoke('meetings.setVotes', { meetingId: m.id, votes: [{ nomineeId: withHoa.nomineeList[0].id, agree: 8 }] });
    expect((await refusal(f.app, 'proposals.remove', { id: p.id })).message).toMatch(/không xóa được: Hội đồng đã bỏ phiếu/u);
    expect((await refusal(f.app, 'proposals.removeNominee', { id: withHoa.nomineeList[0].id })).message).toMatch(/Hội đồng đã bỏ phiếu, không xóa được/u);
    const draft = await f.app.invoke('proposals.create', { unitId: null, campaignId: null, year: 2021 });
    expect(draft.unitName).toBe('');
    expect(await f.app.invoke('proposals.remove', { id: draft.id })).toEqual({ removed: draft.id });
    f.app.close();
  });
});

describe('proposals.list', () => {
  it('counts each proposal\'s warnings, as its detail lists them', async () => {
    const f = await awardsFixture();
    const { app, units, campaignId } = f;
    const hoa = f.person('Đặng Thị Hoa', 'P01', 'nu');
    const clean = await app.invoke('proposals.create', { unitId: units.P02, campaignId, year: 2021 });
    await app.invoke('proposals.addNominee', { proposalId: clean.id, kind: 'don_vi', unitId: units.P02, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối' });
    const p = await app.invoke('proposals.create', { unitId: units.P01, campaignId, year: 2021 });
    await app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan', achievement: '' });
    const detail = await app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: hoa, formCode: 'giay_khen_ca_nhan', achievement: 'Xuất sắc' });
    expect(detail.warnings.map((w) => w.code)).toEqual(['empty_achievement', 'duplicate']);
    expect(detail.warningCount).toBe(2);
    const rows = await app.invoke('proposals.list', { campaignId });
    expect(rows.map((r) => [r.id, r.nominees, r.warningCount])).toEqual([
      [p.id, 2, 2],
      [clean.id, 1, 0],
    ]);
    f.app.close();
  });
});

describe('proposal attachments', () => {
  it('keeps the file whole in the data folder with its sha256, under a cleaned name, and removes it on detach', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
    const bytes = Buffer.from('Báo cáo thành tích của Tổ dân phố 5 — năm 2021', 'utf8');
    const row = await f.app.invoke('proposals.attach', { proposalId: p.id, fileName: 'C:\\Users\\Văn thư\\..\\Báo cáo: thành tích?.docx', contentBase64: bytes.toString('base64') });
    expect(row).toMatchObject({ fileName: 'Báo cáo thành tích.docx', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    const folder = attachmentFolder(f.app.dataDir);
    const stored = readdirSync(folder);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^ho-so-[0-9a-f-]{36}\.docx$/u);
    expect(readFileSync(join(folder, stored[0]))).toEqual(bytes);
    expect((await f.app.invoke('proposals.get', { id: p.id })).attachments).toEqual([row]);
    expect(await f.app.invoke('proposals.detach', { id: row.id })).toEqual({ removed: row.id });
    expect(existsSync(join(folder, stored[0]))).toBe(false);
    f.app.close();
  });

  it('is carried by a backup and brought back by its restore', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
    const bytes = Buffer.from('Báo cáo tóm tắt thành tích', 'utf8');
    await f.app.invoke('proposals.attach', { proposalId: p.id, fileName: 'bao cao.PDF', contentBase64: bytes.toString('base64') });
    const folder = attachmentFolder(f.app.dataDir);
    const [stored] = readdirSync(folder);
    expect(stored).toMatch(/^ho-so-[0-9a-f-]{36}\.pdf$/u);
    const backup = await f.app.invoke('backup.create', {});
    expect(backup.documents).toBe(1);
    rmSync(join(folder, stored));
    await f.app.invoke('backup.restore', { name: backup.name });
    expect(readFileSync(join(folder, stored))).toEqual(bytes);
    f.app.close();
  });

  it('refuses a broken base64, an unusable name and a file over the cap, writing nothing', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
    const before = databaseDigest(f.raw);
    expect((await refusal(f.app, 'proposals.attach', { proposalId: p.id, fileName: 'a.pdf', contentBase64: 'không phải base64' })).message).toBe(
      'Nội dung tệp "a.pdf" bị hỏng (không phải base64).',
    );
    expect((await refusal(f.app, 'proposals.attach', { proposalId: p.id, fileName: '...', contentBase64: 'AAAA' })).fields).toHaveProperty('fileName');
    const big = Buffer.alloc(20 * 1024 * 1024 + 3).toString('base64');
    expect((await refusal(f.app, 'proposals.attach', { proposalId: p.id, fileName: 'lon.pdf', contentBase64: big })).message).toMatch(/lớn hơn 20 MB/u);
    expect(databaseDigest(f.raw)).toBe(before);
    expect(existsSync(attachmentFolder(f.app.dataDir)) ? readdirSync(attachmentFolder(f.app.dataDir)) : []).toEqual([]);
    f.app.close();
  });

  it('cleans names the way Windows needs them', () => {
    expect(cleanFileName('/home/u/..hidden.pdf')).toBe('hidden.pdf');
    expect(cleanFileName('bao-cao. ')).toBe('bao-cao');
    expect(cleanFileName(`${'a'.repeat(300)}.docx`)).toBe(`${'a'.repeat(195)}.docx`);
  });
});

describe('proposal data for the tờ trình', () => {
  it('counts nominees by form and type, in danh sách order', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021, submissionNumber: '12/TTr-UBND', submissionDate: '2021-04-15' });
    const add = (args: Record<string, unknown>) => f.app.invoke('proposals.addNominee', { proposalId: p.id, achievement: 'Xuất sắc', ...args } as never);
    await add({ kind: 'ca_nhan', personId: f.person('Đặng Văn Bình', 'P01', 'nam'), formCode: 'giay_khen_ca_nhan' });
    await add({ kind: 'ca_nhan', personId: f.person('Dương Văn Bình', 'P01', 'nam'), formCode: 'giay_khen_ca_nhan' });
    await add({ kind: 'tap_the', unitId: f.units.P01, name: 'Tổ dân phố 5', formCode: 'giay_khen_tap_the' });
    await add({ kind: 'don_vi', unitId: f.units.P02, formCode: 'giay_khen_tap_the' });
    await add({ kind: 'ca_nhan', personId: f.person('Lê Văn Tám', 'P02', 'nam'), formCode: 'lao_dong_tien_tien' });
    const data = proposalData(f.raw, p.id, new Date('2021-04-20T03:00:00Z'));
    expect(data).toMatchObject({ name: 'Đề nghị số 12/TTr-UBND của Phường Linh Trung', totals: { tapThe: 2, caNhan: 3, hoGiaDinh: 0 }, day: '2021-04-15' });
    expect(data.forms.map((x) => [x.formCode, x.formName, x.tapThe, x.caNhan])).toEqual([
      ['giay_khen_tap_the', 'Giấy khen', 2, 0],
      ['giay_khen_ca_nhan', 'Giấy khen', 0, 2],
      ['lao_dong_tien_tien', 'Lao động tiên tiến', 0, 1],
    ]);
    expect(data.forms[1].sections[0].lines.map((l) => l.name)).toEqual(['Dương Văn Bình', 'Đặng Văn Bình']);
    expect(data.forms[0].sections[0].heading).toBe('I. TẬP THỂ (02 tập thể)');
    f.app.close();
  });
});
