// The import on a real database file: a unit's report packet comes out as if the works were typed in
// the app (same title keys, search text, history and statistics), a second import of the same packet
// changes nothing and says so, and the records it refuses (an unknown unit)
// are errors naming their place while the rest goes in.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../core/exchange/pipeline/apply.ts';
import { plan } from '../../../../../core/exchange/pipeline/plan.ts';
import { freshApp } from '../../../helpers.ts';
import { appWithCampaign, CAMPAIGN, dataDump, input, unit, work } from './inputs.ts';

const NOW = new Date('2021-04-20T03:00:00Z');

const reportPacket = (works = [work('P01', 'Trồng cây xanh tuyến đường Võ Văn Ngân', { status: 'hoan_thanh', completedOn: '2021-04-02' }), work('P01', 'Cải tạo hẻm 12')]) =>
  input({ source: { what: 'report', sender: { code: 'P01', name: 'Phường P01' }, packetUuid: '0b6f0f65-7f4e-4a57-8d55-b9d8e2a1c001' }, works });

describe('exchange pipeline: apply', () => {
  it('writes works as the works page would: title key, search text, history, registration and statistics', async () => {
    const imported = await appWithCampaign();
    const packet = reportPacket();
    const result = applyImport(imported.connection.raw, packet, { now: NOW });
    // Two works and the registration their unit takes by registering them.
    expect(result.written).toBe(3);
    expect(result.counts.works.new).toBe(2);
    expect(result.counts.registrations.new).toBe(1);

    // The same two works typed in the app of a second PC holding the same campaign and units.
    const typed = await appWithCampaign();
    for (const w of packet.works) {
      const saved = await typed.invoke('works.save', {
        campaignId: 1, unitId: 1, title: w.title, field: w.field, level: w.level, target: w.target, dueDate: w.dueDate, owner: w.owner,
        registeredOn: w.registeredOn, enrol: true,
      });
      if (w.status !== 'da_dang_ky') await typed.invoke('works.setStatus', { id: saved.id, status: w.status, date: w.completedOn!, note: '' });
    }
    const columns = 'unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on, completed_on, cancelled_on, search, featured';
    const works = (app: typeof typed) => app.connection.raw.prepare(`SELECT ${columns} FROM works ORDER BY id`).all();
    expect(works(imported)).toEqual(works(typed));
    const history = (app: typeof typed) => app.connection.raw.prepare('SELECT work_id, date, status FROM work_updates ORDER BY work_id, date, id').all();
    expect(history(imported)).toEqual(history(typed));
    const registered = (app: typeof typed) => app.connection.raw.prepare('SELECT campaign_id, unit_id, registered_on FROM registrations ORDER BY unit_id').all();
    expect(registered(imported)).toEqual(registered(typed));
    const stats = (app: typeof typed) => app.invoke('stats.campaign', { campaignId: 1, asOf: '2021-04-30' });
    expect(await stats(imported)).toEqual(await stats(typed));
    expect((await imported.invoke('works.search', { campaignId: 1, query: 'vo van ngan' })).length).toBe(1);
  });

  it('imports the same packet twice: the second time nothing changes and it says when it was imported', async () => {
    const app = await appWithCampaign();
    const packet = reportPacket();
    applyImport(app.connection.raw, packet, { now: NOW });
    const after = dataDump(app.connection.raw);
    const packets = app.connection.raw.prepare('SELECT count(*) FROM packets').pluck().get();

    const again = applyImport(app.connection.raw, packet, { now: new Date('2021-04-21T03:00:00Z') });
    expect(again.packetId).toBeNull();
    expect(again.written).toBe(0);
    expect(again.message).toMatch(/^Gói dữ liệu này đã được nhập ngày 20\/4\/2021 lúc \d\d:\d\d/u);
    expect(dataDump(app.connection.raw)).toEqual(after);
    expect(app.connection.raw.prepare('SELECT count(*) FROM packets').pluck().get()).toBe(packets);

    // Another file (another uuid and hash) with the same records: every row unchanged, nothing written.
    const copy = input({ ...reportPacket(), source: { what: 'report', sender: { code: 'P01', name: 'Phường P01' }, file: 'ban-sao.json' } });
    const p = plan(app.connection.raw, copy, { now: NOW });
    expect(p.counts.works).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
    expect(p.rows.every((r) => r.matchedBy === 'key')).toBe(true);
    const same = applyImport(app.connection.raw, copy, { now: NOW });
    expect(same).toMatchObject({ packetId: null, written: 0, message: 'Không có gì thay đổi: dữ liệu đã giống nội dung tệp này.' });
    expect(dataDump(app.connection.raw)).toEqual(after);
  });

  it('refuses a record naming an unknown unit, and takes a field the plan does not list as the app does (flagged)', async () => {
    const app = await appWithCampaign();
    const packet = input({
      works: [
        work('P01', 'Trồng cây xanh'),
        { ...work('P09', 'Mở rộng hẻm'), place: { file: 'dang-ky.xlsx', sheet: 'Đăng ký', row: 12 } },
        { ...work('P02', 'Làm đường'), field: 'xyz', place: { file: 'dang-ky.xlsx', sheet: 'Đăng ký', row: 13 } },
      ],
    });
    const p = plan(app.connection.raw, packet, { now: NOW });
    const errors = p.rows.filter((r) => r.action === 'error');
    expect(errors.map((r) => [r.place, r.message])).toEqual([
      ['dang-ky.xlsx, Đăng ký, dòng 12', 'Đơn vị "P09" không có trong danh sách đơn vị.'],
    ]);
    expect(applyImport(app.connection.raw, packet, { now: NOW }).written).toBe(4); // two works and their units' registrations
    expect(app.connection.raw.prepare('SELECT title FROM works ORDER BY id').pluck().all()).toEqual(['Trồng cây xanh', 'Làm đường']);
    const flagged = await app.invoke('works.list', { campaignId: 1, flag: 'field_not_in_plan' });
    expect(flagged.map((w) => w.title)).toEqual(['Làm đường']);
  });

  it('suggests a possible duplicate without merging it, and skips it when the user says so', async () => {
    const app = await appWithCampaign();
    applyImport(app.connection.raw, input({ works: [work('P01', 'Trồng cây xanh tại đường Võ Văn Ngân')] }), { now: NOW });
    const packet = input({ works: [work('P01', 'Trồng cây xanh đường Võ Văn Ngân')] });
    const [row] = plan(app.connection.raw, packet, { now: NOW }).rows;
    expect(row).toMatchObject({ action: 'duplicate', similarTo: 'Trồng cây xanh tại đường Võ Văn Ngân', matchedBy: null });
    const skipped = plan(app.connection.raw, packet, { now: NOW, skip: [row.key] });
    expect(skipped.writes).toEqual([]);
    applyImport(app.connection.raw, packet, { now: NOW });
    expect(app.connection.raw.prepare('SELECT count(*) FROM works').pluck().get()).toBe(2);
  });

  it('brings a whole campaign into an empty database, then refuses a report for a campaign it does not hold', async () => {
    const app = freshApp();
    const whole = input({ campaign: CAMPAIGN, units: [unit('P01')], works: [work('P01', 'Trồng cây xanh')] });
    expect(plan(app.connection.raw, whole, { now: NOW }).counts.campaign.new).toBe(1);
    applyImport(app.connection.raw, whole, { now: NOW });
    const c = await app.invoke('campaigns.get', { id: 1 });
    expect(c).toMatchObject({ name: CAMPAIGN.name, fields: CAMPAIGN.fields, phases: CAMPAIGN.phases, milestones: CAMPAIGN.milestones, unitIds: [1] });

    const stranger = input({ campaignUuid: '11111111-2222-4333-8444-555555555555', works: [work('P01', 'Khác')] });
    expect(() => plan(app.connection.raw, stranger, { now: NOW })).toThrow(
      'Tệp "data.json" thuộc một đợt thi đua không có trong dữ liệu này. Hãy nhập gói dữ liệu của đợt thi đua trước, hoặc kiểm tra lại tệp.',
    );
    expect(() => plan(app.connection.raw, input({ campaignUuid: undefined, works: [work('P01', 'Khác')] }), { now: NOW })).toThrow(
      'Tệp "data.json" không cho biết thuộc đợt thi đua nào: không nhập được.',
    );
  });
});

describe('exchange pipeline: a unit whose code changed', () => {
  it('is matched by uuid, takes its new code, and the works naming that code go to it', async () => {
    const app = await appWithCampaign();
    const p01 = app.connection.raw.prepare("SELECT uuid FROM units WHERE code = 'P01'").pluck().get() as string;
    const packet = input({ units: [unit('LT01', { uuid: p01, name: 'Phường P01' })], works: [work('LT01', 'Trồng cây xanh')] });
    const [u] = plan(app.connection.raw, packet, { now: NOW }).rows;
    expect(u).toMatchObject({ kind: 'units', action: 'changed', matchedBy: 'uuid' });
    applyImport(app.connection.raw, packet, { now: NOW });
    expect(app.connection.raw.prepare('SELECT u.code FROM works w JOIN units u ON u.id = w.unit_id').pluck().all()).toEqual(['LT01']);
  });
});
