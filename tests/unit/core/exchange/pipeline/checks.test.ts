// Whole-file refusals: a packet from a unit's install speaks for that unit only, names a unit we know,
// and never touches the campaign or the khối/cụm. Each refusal is its own Vietnamese sentence naming
// the sender, the other unit and the record's place, and the data is unchanged afterwards. A packet
// older than one already imported from its sender is noted in the preview.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../core/exchange/pipeline/apply.ts';
import { plan } from '../../../../../core/exchange/pipeline/plan.ts';
import { appWithCampaign, CAMPAIGN, dataDump, input, unit, work } from './inputs.ts';

const NOW = new Date('2021-04-20T03:00:00Z');
const fromP01 = { what: 'report' as const, sender: { code: 'P01', name: 'Phường P01' } };

describe('exchange pipeline: a unit install packet', () => {
  it("refuses another unit's records, naming the record and changing nothing", async () => {
    const app = await appWithCampaign();
    const before = dataDump(app.connection.raw);
    const packet = input({
      source: fromP01,
      works: [work('P01', 'Trồng cây xanh'), { ...work('P02', 'Mở rộng hẻm'), place: { file: 'data.json', row: 2 } }],
    });
    expect(() => applyImport(app.connection.raw, packet, { now: NOW })).toThrow(
      'Gói dữ liệu của đơn vị "P01" có công trình "Mở rộng hẻm" của đơn vị "P02" (data.json, dòng 2): một đơn vị chỉ được gửi dữ liệu của chính mình. Không nhập gói này.',
    );
    const report = input({ source: fromP01, reports: [{ unitCode: 'p02', reportDate: '2021-04-10', content: 'x', source: '', place: { file: 'data.json' } }] });
    expect(() => applyImport(app.connection.raw, report, { now: NOW })).toThrow(/có báo cáo của đơn vị "p02"/u);
    expect(dataDump(app.connection.raw)).toEqual(before);
  });

  it('takes its own records whatever the case of the code', async () => {
    const app = await appWithCampaign();
    const result = applyImport(app.connection.raw, input({ source: fromP01, works: [work('p01', 'Trồng cây xanh')] }), { now: NOW });
    expect(result.counts.works.new).toBe(1);
  });

  it('refuses a sender we do not know, a packet without one, and one that edits the campaign or a khối', async () => {
    const app = await appWithCampaign();
    const before = dataDump(app.connection.raw);
    const refuse = (over: Parameters<typeof input>[0]) => () => applyImport(app.connection.raw, input(over), { now: NOW });
    expect(refuse({ source: { what: 'report', sender: { code: 'P77', name: '' } } })).toThrow(
      'Đơn vị gửi gói dữ liệu "data.json" (mã "P77") không có trong danh sách đơn vị.',
    );
    expect(refuse({ source: { what: 'report' } })).toThrow('Gói dữ liệu "data.json" không ghi đơn vị gửi: không nhập được.');
    expect(refuse({ source: fromP01, campaign: CAMPAIGN })).toThrow(/không được sửa đợt thi đua/u);
    expect(refuse({ source: fromP01, groups: [{ code: 'K1', kind: 'khoi', name: 'Khối 1', active: true, place: { file: 'data.json' } }] })).toThrow(
      /có khối\/cụm "Khối 1" của đơn vị "K1"/u,
    );
    expect(refuse({ source: fromP01, units: [unit('P02', { name: 'Đổi tên' })] })).toThrow(/thông tin đơn vị "Đổi tên" của đơn vị "P02"/u);
    expect(dataDump(app.connection.raw)).toEqual(before);
  });
});

describe('exchange pipeline: the sender\'s sequence', () => {
  it('notes a packet older than one already imported from the same unit', async () => {
    const app = await appWithCampaign();
    const numbered = (sequence: number, title: string) => input({ source: { ...fromP01, sequence }, works: [work('P01', title)] });
    applyImport(app.connection.raw, numbered(5, 'Trồng cây xanh'), { now: NOW });
    expect(plan(app.connection.raw, numbered(3, 'Làm đường'), { now: NOW }).notes).toEqual([
      'Đây là gói số 3 của đơn vị "P01", trong khi gói số 5 của đơn vị này đã được nhập: gói này có thể cũ hơn, hãy xem kỹ trước khi áp dụng.',
    ]);
    expect(plan(app.connection.raw, numbered(6, 'Làm đường'), { now: NOW }).notes).toEqual([]);
  });
});
