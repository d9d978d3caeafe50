// A unit's proposals travel to the secretariat through the one import pipeline, on real database files
// and real .tdkt bytes: the unit's install (which imported the campaign packet) writes its proposal with
// a person, a collective, the unit itself and two papers, exports its proposal packet, and the
// secretariat's preview, apply, second import and undo behave as for works — with the papers in the
// data folder byte for byte, written atomically and removed by undo, and a proposal the council has
// taken up closed to any later packet.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import { attachmentFolder } from '../../../../../core/awards/attachments.ts';
import { openPacket } from '../../../../../core/exchange/packets/open.ts';
import { join } from 'node:path';
import { TdktApp as App } from '../../../../../core/app.ts';
import { databaseDigest, freshApp, refusal, tempDir } from '../../../helpers.ts';
import { dataDump } from './inputs.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

const REPORT = Buffer.from('%PDF-1.4\n% Báo cáo thành tích của bà Nguyễn Thị Thanh Tâm\n'.repeat(40), 'utf8');
const MINUTES = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));

/** An app on a real file whose clock moves a minute at each call of tick(): two edits never share a time. */
function clockedApp(start: string): TdktApp & { tick(): void } {
  let now = new Date(start);
  const app = new App({ dbPath: join(tempDir(), 'tdkt.sqlite'), now: () => now });
  apps.push(app);
  return Object.assign(app, { tick: () => { now = new Date(now.getTime() + 60_000); } });
}

async function secretariat() {
  const app = clockedApp('2021-04-20T03:00:00.000Z');
  await app.invoke('settings.saveAgency', { parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', name: 'Ủy ban nhân dân thành phố Thủ Đức', locality: 'Thủ Đức', abbreviation: 'UBND' });
  const a = await app.invoke('org.saveUnit', { code: 'DV1', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const b = await app.invoke('org.saveUnit', { code: 'DV2', name: 'Phường Linh Chiểu', kind: 'phuong_xa' });
  await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', unitIds: [a.id, b.id],
  });
  return app;
}

const packetOf = async (app: TdktApp, args: { campaignId: number; unitCode?: string; kind?: 'proposal' }) => {
  const { fileName, contentBase64 } = await app.invoke('exchange.exportPacket', args);
  return { fileName, contentBase64 };
};

async function importPacket(app: TdktApp, packet: { fileName: string; contentBase64: string }) {
  const preview = await app.invoke('exchange.preview', packet);
  const applied = await app.invoke('exchange.apply', { stagingId: preview.stagingId });
  return { preview, applied };
}

/** The unit's own install: brought up to date by the campaign packet, then set to be DV1's. */
async function unitInstall(sec: TdktApp) {
  const app = clockedApp('2021-04-18T01:00:00.000Z');
  await importPacket(app, await packetOf(sec, { campaignId: 1, unitCode: 'DV1' }));
  await app.invoke('settings.save', { installUnitCode: 'DV1' });
  const unitId = app.connection.raw.prepare<[], number>("SELECT id FROM units WHERE code = 'DV1'").pluck().get()!;
  const campaignId = app.connection.raw.prepare<[], number>('SELECT id FROM campaigns').pluck().get()!;
  const person = await app.invoke('people.create', {
    fullName: 'Nguyễn Thị Thanh Tâm', givenName: 'Thanh Tâm', gender: 'nu', birthYear: 1985, position: 'Phó Chủ tịch UBND phường', unitId, staffClass: 'can_bo',
  });
  const proposal = await app.invoke('proposals.create', { unitId, campaignId, year: 2021, submissionNumber: '12/TTr-UBND', submissionDate: '2021-04-15', status: 'da_trinh' });
  let detail = await app.invoke('proposals.addNominee', { proposalId: proposal.id, kind: 'ca_nhan', personId: person.id, formCode: 'giay_khen_ca_nhan', achievement: 'Hoàn thành xuất sắc nhiệm vụ chỉnh trang đô thị' });
  detail = await app.invoke('proposals.addNominee', { proposalId: proposal.id, kind: 'tap_the', unitId, name: 'Tổ dân phố 5', formCode: 'giay_khen_tap_the', achievement: 'Trồng 500 cây xanh' });
  detail = await app.invoke('proposals.addNominee', { proposalId: proposal.id, kind: 'don_vi', unitId, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối phường' });
  const personNominee = detail.nomineeList.find((n) => n.kind === 'ca_nhan')!;
  await app.invoke('proposals.attach', { proposalId: proposal.id, nomineeId: personNominee.id, fileName: 'Báo cáo thành tích - Thanh Tâm.pdf', contentBase64: REPORT.toString('base64') });
  await app.invoke('proposals.attach', { proposalId: proposal.id, fileName: 'Biên bản bình xét.docx', contentBase64: MINUTES.toString('base64') });
  return { app, campaignId, proposalId: proposal.id, personNomineeId: personNominee.id };
}

const papersIn = (app: TdktApp) => readdirSync(attachmentFolder(app.dataDir)).filter((f) => f.startsWith('ho-so-')).sort();

describe('proposal packets: unit install → secretariat', () => {
  it('carries the proposal whole; the secretariat sees it with its nominees and papers byte for byte; twice changes nothing; undo restores exactly', async () => {
    const sec = await secretariat();
    const unit = await unitInstall(sec);
    const packet = await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' });
    expect(packet.fileName).toMatch(/^de-nghi-khen-thuong-.*-dv1-1\.tdkt$/u);
    const opened = openPacket(packet.fileName, Buffer.from(packet.contentBase64, 'base64'));
    const summary = await sec.invoke('exchange.readPacket', packet);
    expect(summary.counts).toEqual({ groups: 0, units: 0, registrations: 0, works: 0, reports: 0, proposals: 1, nominees: 3, people: 1, attachments: 2 });
    expect(opened.manifest.kind).toBe('proposal');
    expect(opened.manifest.sender).toEqual({ role: 'unit', code: 'DV1', name: 'Phường Linh Trung' });
    expect(opened.manifest.files.map((f) => f.path).slice(1).sort()).toEqual(opened.input.proposals![0].attachments.map((a) => `attachments/${a.sha256}${a.fileName.endsWith('.pdf') ? '.pdf' : '.docx'}`).sort());
    expect(opened.input.people).toHaveLength(1);

    const before = dataDump(sec.connection.raw);
    const { preview, applied } = await importPacket(sec, packet);
    expect(preview.what).toBe('proposal');
    expect(preview.counts.proposals).toMatchObject({ new: 1, error: 0 });
    expect(preview.counts.nominees).toMatchObject({ new: 3, error: 0 });
    expect(preview.counts.people).toMatchObject({ new: 1, error: 0 });
    expect(preview.counts.attachments).toMatchObject({ new: 2, error: 0 });
    expect(applied.written).toBe(7);

    const [row] = await sec.invoke('proposals.list', { campaignId: 1 });
    expect(row).toMatchObject({ unitName: 'Phường Linh Trung', submissionNumber: '12/TTr-UBND', submissionDate: '2021-04-15', status: 'da_trinh', nominees: 3 });
    const detail = await sec.invoke('proposals.get', { id: row.id });
    expect(detail.nomineeList.map((n) => [n.kind, n.name, n.formCode, n.achievement])).toEqual([
      ['ca_nhan', 'Nguyễn Thị Thanh Tâm', 'giay_khen_ca_nhan', 'Hoàn thành xuất sắc nhiệm vụ chỉnh trang đô thị'],
      ['tap_the', 'Tổ dân phố 5', 'giay_khen_tap_the', 'Trồng 500 cây xanh'],
      ['don_vi', 'Phường Linh Trung', 'giay_khen_tap_the', 'Dẫn đầu khối phường'],
    ]);
    const person = await sec.invoke('people.get', { id: detail.nomineeList[0].personId! });
    expect(person).toMatchObject({ fullName: 'Nguyễn Thị Thanh Tâm', givenName: 'Thanh Tâm', givenManual: true, gender: 'nu', birthYear: 1985, unitName: 'Phường Linh Trung', staffClass: 'can_bo' });
    expect(detail.attachments.map((a) => a.fileName).sort()).toEqual(['Biên bản bình xét.docx', 'Báo cáo thành tích - Thanh Tâm.pdf'].sort());
    const report = detail.attachments.find((a) => a.fileName.endsWith('.pdf'))!;
    expect(report.nomineeId).toBe(detail.nomineeList[0].id);
    for (const a of detail.attachments) {
      const content = await sec.invoke('proposals.attachment', { id: a.id });
      expect(Buffer.from(content.contentBase64, 'base64').equals(a.fileName.endsWith('.pdf') ? REPORT : MINUTES)).toBe(true);
    }
    expect(papersIn(sec)).toHaveLength(2);

    const imported = databaseDigest(sec.connection.raw);
    const again = await importPacket(sec, packet);
    expect(again.preview.alreadyImported).not.toBeNull();
    expect(again.applied).toMatchObject({ packetId: null, written: 0 });
    // The same proposal in a new packet (a new uuid and sequence): every row unchanged, nothing written.
    const resent = await importPacket(sec, await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' }));
    expect(resent.preview.alreadyImported).toBeNull();
    expect(resent.preview.rows.every((r) => r.action === 'unchanged')).toBe(true);
    expect(resent.applied.written).toBe(0);
    expect(databaseDigest(sec.connection.raw)).toBe(imported);

    await sec.invoke('exchange.undoLast', {});
    expect(dataDump(sec.connection.raw)).toEqual(before);
    expect(papersIn(sec)).toEqual([]);
  });

  it('merges a second packet field by field, and a proposal the council has taken up cannot be changed by one', async () => {
    const sec = await secretariat();
    const unit = await unitInstall(sec);
    await importPacket(sec, await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' }));
    sec.tick();
    unit.app.tick();
    const ourId = sec.connection.raw.prepare<[], number>('SELECT id FROM proposals').pluck().get()!;
    const ourNominee = (await sec.invoke('proposals.get', { id: ourId })).nomineeList[1];
    // Ours: the collective's achievement. Theirs: the proposal's note and the person nominee's achievement.
    await sec.invoke('proposals.updateNominee', { id: ourNominee.id, kind: 'tap_the', unitId: ourNominee.unitId, name: 'Tổ dân phố 5', formCode: 'giay_khen_tap_the', achievement: 'Trồng 520 cây xanh' });
    await unit.app.invoke('proposals.update', { id: unit.proposalId, unitId: 1, campaignId: unit.campaignId, year: 2021, submissionNumber: '12/TTr-UBND', submissionDate: '2021-04-15', status: 'da_trinh', note: 'Bổ sung biên bản' });
    const u = unit.app.connection.raw.prepare<[number], { unit_id: number; person_id: number }>('SELECT unit_id, person_id FROM proposal_nominees WHERE id = ?').get(unit.personNomineeId)!;
    await unit.app.invoke('proposals.updateNominee', { id: unit.personNomineeId, kind: 'ca_nhan', unitId: u.unit_id, personId: u.person_id, formCode: 'giay_khen_ca_nhan', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2021' });
    // Both: the unit's own nomination (don_vi), each side its own way.
    const ourUnitNominee = (await sec.invoke('proposals.get', { id: ourId })).nomineeList[2];
    await sec.invoke('proposals.updateNominee', { id: ourUnitNominee.id, kind: 'don_vi', unitId: ourUnitNominee.unitId, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối' });
    const theirUnitNominee = unit.app.connection.raw.prepare<[], { id: number; unit_id: number }>("SELECT id, unit_id FROM proposal_nominees WHERE kind = 'don_vi'").get()!;
    await unit.app.invoke('proposals.updateNominee', { id: theirUnitNominee.id, kind: 'don_vi', unitId: theirUnitNominee.unit_id, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối phường năm 2021' });
    sec.tick();
    const second = await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' });
    const preview = await sec.invoke('exchange.preview', second);
    const byKey = new Map(preview.rows.map((r) => [r.key, r]));
    expect(byKey.get('proposals:0')).toMatchObject({ action: 'changed', diff: [{ field: 'note', label: 'Ghi chú', ours: '', theirs: 'Bổ sung biên bản', changedBy: 'theirs' }] });
    const nominees = preview.rows.filter((r) => r.kind === 'nominees');
    expect(nominees.map((r) => r.action).sort()).toEqual(['changed', 'conflict', 'unchanged']);
    expect(nominees.find((r) => r.diff.some((d) => d.changedBy === 'ours'))?.diff).toEqual([
      { field: 'achievement', label: 'Thành tích', ours: 'Trồng 520 cây xanh', theirs: 'Trồng 500 cây xanh', changedBy: 'ours' },
    ]);
    const conflict = nominees.find((r) => r.action === 'conflict')!;
    expect(conflict.diff).toEqual([{ field: 'achievement', label: 'Thành tích', ours: 'Dẫn đầu khối', theirs: 'Dẫn đầu khối phường năm 2021', changedBy: 'both' }]);
    expect((await refusal(sec, 'exchange.apply', { stagingId: preview.stagingId })).message).toBe('Còn 1 trường mâu thuẫn chưa chọn "giữ của mình" hay "lấy của họ": chưa nhập được.');
    await sec.invoke('exchange.apply', { stagingId: preview.stagingId, resolutions: [{ row: conflict.key, field: 'achievement', take: 'theirs' }] });
    const detail = await sec.invoke('proposals.get', { id: ourId });
    expect(detail.note).toBe('Bổ sung biên bản');
    expect(detail.nomineeList.map((n) => n.achievement)).toEqual(['Hoàn thành xuất sắc nhiệm vụ năm 2021', 'Trồng 520 cây xanh', 'Dẫn đầu khối phường năm 2021']);

    sec.tick();
    unit.app.tick();
    await sec.invoke('meetings.create', { campaignId: 1, date: '2021-04-20', membersTotal: 9, membersPresent: 8, proposalIds: [ourId] });
    await unit.app.invoke('proposals.update', { id: unit.proposalId, unitId: 1, campaignId: unit.campaignId, year: 2021, submissionNumber: '12/TTr-UBND', submissionDate: '2021-04-15', status: 'da_trinh', note: 'Sửa sau khi họp' });
    const held = await sec.invoke('exchange.preview', await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' }));
    expect(held.rows).toHaveLength(1);
    expect(held.rows[0]).toMatchObject({ kind: 'proposals', action: 'error' });
    expect(held.rows[0].message).toBe(
      'Đề nghị này đã được đưa vào cuộc họp Hội đồng ngày 20/4/2021: gói dữ liệu không sửa được đề nghị nữa (1 thay đổi không được nhập). Nếu cần sửa, đơn vị hãy liên hệ Thường trực Hội đồng.',
    );
    const digest = databaseDigest(sec.connection.raw);
    expect((await sec.invoke('exchange.apply', { stagingId: held.stagingId })).written).toBe(0);
    expect(databaseDigest(sec.connection.raw)).toBe(digest);
  });

  it("sends only the unit's own proposals, and refuses to undo an import the council has since built on", async () => {
    const sec = await secretariat();
    const unit = await unitInstall(sec);
    // On the unit's PC a proposal written for another unit, and one of no unit (the secretariat's own kind).
    const other = unit.app.connection.raw.prepare<[], number>("SELECT id FROM units WHERE code = 'DV2'").pluck().get()!;
    await unit.app.invoke('proposals.create', { unitId: other, campaignId: unit.campaignId, year: 2021, submissionNumber: '3/TTr-UBND' });
    await unit.app.invoke('proposals.create', { unitId: null, campaignId: unit.campaignId, year: 2021, submissionNumber: '1/TTr-HĐTĐKT' });
    const packet = await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' });
    const opened = openPacket(packet.fileName, Buffer.from(packet.contentBase64, 'base64'));
    expect(opened.input.proposals!.map((p) => [p.unitCode, p.submissionNumber])).toEqual([['DV1', '12/TTr-UBND']]);

    await importPacket(sec, packet);
    sec.tick();
    const ourId = sec.connection.raw.prepare<[], number>('SELECT id FROM proposals').pluck().get()!;
    await sec.invoke('meetings.create', { campaignId: 1, date: '2021-04-20', membersTotal: 9, membersPresent: 8, proposalIds: [ourId] });
    const digest = databaseDigest(sec.connection.raw);
    const refused = await refusal(sec, 'exchange.undoLast', {});
    expect(refused.message).toMatch(/^Không hoàn tác được lần nhập "de-nghi-khen-thuong-.*-dv1-1\.tdkt" ngày .*: đã có dữ liệu mới gắn với những gì lần nhập đó thêm vào\. Hãy sửa bằng tay nếu cần\.$/u);
    expect(databaseDigest(sec.connection.raw)).toBe(digest);
    expect(papersIn(sec)).toHaveLength(2);
  });

  it('leaves no row and no file when the import fails half-way', async () => {
    const sec = await secretariat();
    const unit = await unitInstall(sec);
    const preview = await sec.invoke('exchange.preview', await packetOf(unit.app, { campaignId: unit.campaignId, kind: 'proposal' }));
    const digest = databaseDigest(sec.connection.raw);
    // The log line is written after every row and paper: a failure there rolls everything back.
    sec.connection.raw.exec("CREATE TEMP TRIGGER fail_log BEFORE INSERT ON packets BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const failed = await sec.call('exchange.apply', { stagingId: preview.stagingId });
    expect(failed.ok).toBe(false);
    sec.connection.raw.exec('DROP TRIGGER fail_log');
    expect(databaseDigest(sec.connection.raw)).toBe(digest);
    expect(readdirSync(attachmentFolder(sec.dataDir))).toEqual([]);
  });

  it('refuses in Vietnamese a proposal packet from the secretariat, or with nothing to send', async () => {
    const sec = await secretariat();
    expect((await refusal(sec, 'exchange.exportPacket', { campaignId: 1, kind: 'proposal' })).message).toBe(
      'Gói báo cáo và gói đề nghị khen thưởng do máy của đơn vị gửi; máy của cơ quan thường trực gửi gói đợt thi đua.',
    );
    const empty = freshApp();
    apps.push(empty);
    await importPacket(empty, await packetOf(sec, { campaignId: 1, unitCode: 'DV2' }));
    await empty.invoke('settings.save', { installUnitCode: 'DV2' });
    expect((await refusal(empty, 'exchange.exportPacket', { campaignId: 1, kind: 'proposal' })).message).toBe(
      'Đơn vị DV2 chưa có đề nghị khen thưởng nào trong đợt thi đua này: không có gì để gửi.',
    );
    expect((await refusal(empty, 'exchange.exportPacket', { campaignId: 1, kind: 'campaign' })).message).toContain('Máy này là của đơn vị DV2');
  });
});
