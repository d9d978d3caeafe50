import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { worksAt } from '../../../../core/documents/data.ts';
import {
  codeKey,
  codeTakenBy,
  compareGroups,
  earliestEndDate,
  GROUP_KIND_ORDER,
  isMemberOn,
  isOpenOn,
  memberOnSql,
  overlaps,
} from '../../../../core/org/rules.ts';
import { freshApp, refusal } from '../../helpers.ts';

const ROLE = { validFrom: '2021-04-01', validTo: '2021-05-20' };

describe('membership on a date', () => {
  it('holds from valid_from inclusive until valid_to exclusive; an open role holds from its start on', () => {
    expect(isMemberOn(ROLE, '2021-03-31')).toBe(false);
    expect(isMemberOn(ROLE, '2021-04-01')).toBe(true);
    expect(isMemberOn(ROLE, '2021-05-19')).toBe(true);
    expect(isMemberOn(ROLE, '2021-05-20')).toBe(false);
    expect(isMemberOn({ validFrom: '2021-04-01', validTo: null }, '2099-01-01')).toBe(true);
    expect(isMemberOn({ validFrom: '2021-04-01', validTo: null }, '2021-03-31')).toBe(false);
  });

  it('reads the same in SQL as in TypeScript, on a real SQLite table, at every boundary', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE group_members (id INTEGER PRIMARY KEY, valid_from TEXT NOT NULL, valid_to TEXT)');
    const roles = [ROLE, { validFrom: '2021-04-01', validTo: null }, { validFrom: '2021-05-20', validTo: '2021-05-21' }];
    const insert = db.prepare('INSERT INTO group_members (id, valid_from, valid_to) VALUES (?, ?, ?)');
    for (const [i, r] of roles.entries()) insert.run(i + 1, r.validFrom, r.validTo);
    const query = db.prepare<{ d: string }, number>(`SELECT m.id FROM group_members m WHERE ${memberOnSql('m', '@d')} ORDER BY m.id`).pluck();
    for (const d of ['2021-03-31', '2021-04-01', '2021-05-19', '2021-05-20', '2021-05-21', '2030-01-01']) {
      expect(query.all({ d }), d).toEqual(roles.flatMap((r, i) => (isMemberOn(r, d) ? [i + 1] : [])));
    }
    db.close();
  });

  it('a role ended on a day is no longer held that day, and the next role starts on it without overlap', async () => {
    const app = freshApp('2021-06-01T00:00:00Z');
    const a = await app.invoke('org.saveUnit', { code: 'A', name: 'Phường A', kind: 'phuong_xa' });
    const g = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.addMember', { groupId: g.id, unitId: a.id, role: 'thanh_vien', validFrom: '2021-04-01' });
    const after = await app.invoke('org.addMember', { groupId: g.id, unitId: a.id, role: 'truong', validFrom: '2021-05-20' });
    const [newer, older] = after.members;
    expect([older.validTo, newer.validFrom]).toEqual(['2021-05-20', '2021-05-20']);
    expect(after.members.filter((m) => isMemberOn(m, '2021-05-20')).map((m) => m.role)).toEqual(['truong']);
    expect(after.members.filter((m) => isOpenOn(m, '2021-05-19')).length).toBe(2);
    // What listUnits says a unit belongs to today is the same rule.
    const units = await app.invoke('org.listUnits', {});
    expect(units.find((u) => u.id === a.id)!.groups.map((x) => x.role)).toEqual(['truong']);
    app.close();
  });
});

describe('the earliest day a role may end', () => {
  // The end-of-role dialog used to offer the start day itself, which core refuses.
  it('is the day after it starts: core refuses the start day and takes the rule’s date', async () => {
    const app = freshApp('2021-06-01T00:00:00Z');
    const a = await app.invoke('org.saveUnit', { code: 'A', name: 'Phường A', kind: 'phuong_xa' });
    const g = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    const [m] = (await app.invoke('org.addMember', { groupId: g.id, unitId: a.id, role: 'pho', validFrom: '2021-04-30' })).members;
    expect(earliestEndDate(m)).toBe('2021-05-01');
    const refused = await refusal(app, 'org.endMember', { memberId: m.id, validTo: m.validFrom });
    expect(refused.fields?.validTo).toBe('Ngày kết thúc phải sau ngày bắt đầu 30/4/2021.');
    const ended = await app.invoke('org.endMember', { memberId: m.id, validTo: earliestEndDate(m) });
    expect(ended.members[0].validTo).toBe('2021-05-01');
    app.close();
  });
});

describe('the order of khối and cụm', () => {
  it('puts khối before cụm, then codes in Vietnamese numeric order', () => {
    expect(GROUP_KIND_ORDER).toEqual(['khoi', 'cum']);
    const groups = [
      { kind: 'cum' as const, code: 'CUM-1' },
      { kind: 'khoi' as const, code: 'K10' },
      { kind: 'khoi' as const, code: 'K2' },
    ];
    expect([...groups].sort(compareGroups).map((g) => g.code)).toEqual(['K2', 'K10', 'CUM-1']);
  });

  // The Khối, cụm screen listed cụm first; the dashboard and the báo cáo khối first.
  it('is the same on the Khối, cụm list, on a unit’s groups, in the báo cáo’s table and on the dashboard', async () => {
    const app = freshApp('2021-06-01T00:00:00Z');
    const u = await app.invoke('org.saveUnit', { code: 'A', name: 'Trường A', kind: 'truong' });
    const cum = await app.invoke('org.saveGroup', { code: 'A-CUM', kind: 'cum', name: 'Cụm 1' });
    const khoi = await app.invoke('org.saveGroup', { code: 'B-KHOI', kind: 'khoi', name: 'Khối Trường học' });
    await app.invoke('org.addMember', { groupId: cum.id, unitId: u.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: u.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    expect((await app.invoke('org.listGroups', {})).map((g) => g.kind)).toEqual(['khoi', 'cum']);
    const [unit] = await app.invoke('org.listUnits', {});
    expect(unit.groups.map((g) => g.kind)).toEqual(['khoi', 'cum']);
    const c = await app.invoke('campaigns.save', { name: 'Đợt 1', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', unitIds: [u.id] });
    await app.invoke('works.save', { campaignId: c.id, unitId: u.id, title: 'Trồng cây', field: '', level: 'co_so', target: '', dueDate: null, owner: '' });
    expect(worksAt(app.connection.raw, c.id, '2021-05-19').map((w) => w.group)).toEqual(['Khối Trường học, Cụm 1']);
    const stats = await app.invoke('stats.campaign', { campaignId: c.id, asOf: '2021-05-19' });
    expect(stats.byGroup.map((g) => g.kind)).toEqual(['khoi', 'cum']);
    app.close();
  });
});

describe('two memberships at once', () => {
  it('overlap when they share a day; one ending on the day the other starts does not', () => {
    const open = (validFrom: string) => ({ validFrom, validTo: null });
    expect(overlaps(ROLE, open('2021-05-19'))).toBe(true);
    expect(overlaps(ROLE, open('2021-05-20'))).toBe(false);
    expect(overlaps(open('2021-05-20'), ROLE)).toBe(false);
    expect(overlaps(ROLE, open('2020-01-01'))).toBe(true);
    expect(overlaps(ROLE, { validFrom: '2020-01-01', validTo: '2021-04-01' })).toBe(false);
    expect(overlaps(ROLE, { validFrom: '2020-01-01', validTo: '2021-04-02' })).toBe(true);
    expect(overlaps(open('2021-01-01'), open('2030-01-01'))).toBe(true);
  });
});

describe('codes without case', () => {
  it('are one code in any case, Đ included; a row keeps its own code', () => {
    expect(codeKey('CQ014')).toBe(codeKey('cq014'));
    expect(codeKey('ĐV01')).toBe(codeKey('đv01'));
    expect(codeKey('DV01')).not.toBe(codeKey('ĐV01'));
    const rows = [
      { id: 1, code: 'CQ014' },
      { id: 2, code: 'cq014' },
    ];
    expect(codeTakenBy(rows, 'Cq014')).toEqual(rows[0]);
    expect(codeTakenBy(rows, 'cq014', 2)).toBeUndefined();
    expect(codeTakenBy(rows, 'CQ014', 2)).toEqual(rows[0]);
    expect(codeTakenBy(rows, 'CQ015')).toBeUndefined();
  });
});
