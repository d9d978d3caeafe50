// The pass over a packet's JSON before its schema: forbidden keys anywhere, NFD → NFC with a note at
// the right place, TCVN3-looking text noted and left as it is, and real Vietnamese never taken for it.
import { describe, expect, it } from 'vitest';
import type { ReadNote } from '../../../../../core/exchange/inputs.ts';
import { looksLikeTcvn3, walkJson } from '../../../../../core/exchange/packets/json-walk.ts';

describe('walkJson', () => {
  it('refuses __proto__, constructor and prototype keys at any depth, naming the record', () => {
    const notes: ReadNote[] = [];
    const cases: [string, string][] = [
      ['{"works":[{},{"__proto__":{"x":1}}]}', 'Tệp "g.tdkt": data.json, công trình thứ 2: trường "__proto__" không được phép.'],
      ['{"units":[{"memberships":[{"constructor":{}}]}]}', 'Tệp "g.tdkt": data.json, đơn vị thứ 1, thành viên khối/cụm thứ 1: trường "constructor" không được phép.'],
      ['{"campaign":{"phases":[{"prototype":1}]}}', 'Tệp "g.tdkt": data.json, đợt thi đua, giai đoạn thứ 1: trường "prototype" không được phép.'],
    ];
    for (const [json, message] of cases) expect(() => walkJson('g.tdkt', 'data.json', JSON.parse(json), notes)).toThrow(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('turns NFD text into NFC in place and says where', () => {
    const notes: ReadNote[] = [];
    const value = JSON.parse(JSON.stringify({ works: [{ title: 'Trồng cây' }, { title: 'Số hóa hồ sơ'.normalize('NFD') }] }));
    walkJson('g.tdkt', 'data.json', value, notes);
    expect(value.works[1].title).toBe('Số hóa hồ sơ');
    expect(notes).toEqual([
      {
        place: { file: 'g.tdkt', record: 'data.json, công trình thứ 2, trường title' },
        message: 'data.json, công trình thứ 2, trường title: văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).',
      },
    ]);
  });

  it('refuses nesting deeper than a packet has', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(() => walkJson('g.tdkt', 'data.json', { works: [{ evidence: deep }] }, [])).toThrow('dữ liệu lồng nhau quá sâu');
  });
});

describe('looksLikeTcvn3', () => {
  it('knows TCVN3 text and never takes Unicode Vietnamese, plain ASCII or figures for it', () => {
    for (const tcvn3 of ['Phßng Néi vô', 'C«ng tr×nh', 'Tr\u00adêng THCS', 'hoµn thµnh']) expect(looksLikeTcvn3(tcvn3)).toBe(true);
    for (const text of ['Phòng Nội vụ', 'Công trình', 'Trường THCS', 'Ủy ban nhân dân phường Linh Trung', 'Nhiệt độ 30°C', 'UBND', '19/KH-UBND', 'Café']) {
      expect(looksLikeTcvn3(text)).toBe(false);
    }
  });
});
