// Undo of the last import puts every table back exactly (rows it inserted gone, rows it updated or
// replaced whole again, its row versions gone), and refuses in Vietnamese when a row it wrote was
// changed afterwards — then nothing is touched. The log keeps both lines.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../core/exchange/pipeline/apply.ts';
import { undoLastImport } from '../../../../../core/exchange/pipeline/undo.ts';
import { appWithCampaign, CAMPAIGN, dataDump, input, unit, work } from './inputs.ts';

// Not the app's own clock (freshApp: 2021-04-20 03:00): an edit in the app gets another updated_at.
const NOW = new Date('2021-04-19T03:00:00Z');
const LATER = new Date('2021-04-21T03:00:00Z');

describe('exchange pipeline: undo the last import', () => {
  it('restores every table exactly after an import that added, changed and replaced rows', async () => {
    const app = await appWithCampaign();
    applyImport(app.connection.raw, input({ works: [work('P01', 'Trồng cây xanh'), work('P02', 'Mở rộng hẻm')] }), { now: new Date('2021-04-01T00:00:00Z') });
    const before = dataDump(app.connection.raw);
    const changed = input({
      campaign: { ...CAMPAIGN, fields: [...CAMPAIGN.fields, 'An ninh trật tự'], milestones: [] },
      groups: [{ code: 'K1', kind: 'khoi', name: 'Khối phường', active: true, place: { file: 'data.json' } }],
      units: [unit('P01', { name: 'Phường Linh Trung', memberships: [{ groupCode: 'K1', role: 'truong', validFrom: '2021-01-01', validTo: null }] }), unit('P03', { parentCode: 'P01' })],
      works: [
        work('P01', 'Trồng cây xanh', { status: 'hoan_thanh', completedOn: '2021-04-15', target: '200 cây' }),
        work('P03', 'Làm đường', { field: 'An ninh trật tự' }),
      ],
      reports: [{ unitCode: 'P01', reportDate: '2021-04-16', content: 'Đã trồng 200 cây', source: 'Công văn 12', place: { file: 'data.json' } }],
    });
    const result = applyImport(app.connection.raw, changed, { now: NOW });
    expect(result.counts).toMatchObject({ campaign: { changed: 1 }, groups: { new: 1 }, units: { new: 1, changed: 1 }, works: { new: 1, changed: 1 }, reports: { new: 1 } });
    expect(dataDump(app.connection.raw)).not.toEqual(before);

    const undone = undoLastImport(app.connection.raw, LATER);
    expect(undone.message).toBe('Đã hoàn tác lần nhập "data.json" ngày 19/4/2021 lúc 03:00.');
    expect(dataDump(app.connection.raw)).toEqual(before);
    const log = await app.invoke('exchange.log', {});
    expect(log.map((l) => [l.undoneAt, l.undoable])).toEqual([[LATER.toISOString(), false], [null, true], [null, false]]);
    // Undone, the same packet may come in again.
    expect(applyImport(app.connection.raw, changed, { now: LATER }).packetId).not.toBeNull();
  });

  it('refuses when a work it wrote was changed afterwards, naming it, and changes nothing', async () => {
    const app = await appWithCampaign();
    applyImport(app.connection.raw, input({ works: [work('P01', 'Trồng cây xanh')] }), { now: NOW });
    await app.invoke('works.setStatus', { id: 1, status: 'dang_thuc_hien', date: '2021-04-21' });
    const before = dataDump(app.connection.raw);
    expect(() => undoLastImport(app.connection.raw, LATER)).toThrow(
      'Không hoàn tác được lần nhập "data.json" ngày 19/4/2021 lúc 03:00: công trình "Trồng cây xanh" đã được sửa sau lần nhập đó. Hãy sửa bằng tay nếu cần.',
    );
    expect(dataDump(app.connection.raw)).toEqual(before);
  });

  it('refuses when a work was added in the app to a unit the import brought', async () => {
    const app = await appWithCampaign();
    applyImport(app.connection.raw, input({ units: [unit('P05')] }), { now: NOW });
    const p05 = app.connection.raw.prepare("SELECT id FROM units WHERE code = 'P05'").pluck().get() as number;
    await app.invoke('works.save', { campaignId: 1, unitId: p05, title: 'Mới', field: 'Trồng cây xanh', level: 'co_so', target: '', dueDate: null, owner: '', enrol: true });
    const before = dataDump(app.connection.raw);
    expect(() => undoLastImport(app.connection.raw, LATER)).toThrow(/đã có dữ liệu mới gắn với những gì lần nhập đó thêm vào/u);
    expect(dataDump(app.connection.raw)).toEqual(before);
  });

  it('says so when there is nothing to undo', async () => {
    const app = await appWithCampaign();
    undoLastImport(app.connection.raw, NOW);
    expect(() => undoLastImport(app.connection.raw, NOW)).toThrow('Chưa có lần nhập dữ liệu nào để hoàn tác.');
  });
});
