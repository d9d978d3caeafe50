// The field-by-field merge on a real database: a work imported at one version is changed here (owner,
// target) and, at the unit, from that same version (target, due date). The field only they changed is
// taken, the one only we changed is kept, the one both changed is a conflict the user answers — keep
// ours or take theirs — and apply refuses while it is unanswered. With no record of the base version,
// every differing field is a conflict: nothing is overwritten on a guess.
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../core/exchange/pipeline/apply.ts';
import { merge } from '../../../../../core/exchange/pipeline/merge.ts';
import { plan } from '../../../../../core/exchange/pipeline/plan.ts';
import { appWithCampaign, dataDump, input, work } from './inputs.ts';

const W_UUID = '5a0e6b1c-3d2f-4e8a-9b7c-6d5e4f3a2b10';
const IMPORTED_AT = new Date('2021-04-01T03:00:00Z');
const NOW = new Date('2021-04-20T03:00:00Z');

/** The work as imported at IMPORTED_AT, then edited here in the app (target and owner). */
async function editedOnBothSides() {
  const app = await appWithCampaign();
  applyImport(app.connection.raw, input({ works: [work('P01', 'Trồng cây xanh', { uuid: W_UUID })] }), { now: IMPORTED_AT });
  await app.invoke('works.save', {
    id: 1, campaignId: 1, unitId: 1, title: 'Trồng cây xanh', field: 'Trồng cây xanh', level: 'co_so', target: '150 cây', dueDate: '2021-05-01', owner: 'Trần Thị B',
  });
  // At the unit, from the version it got: a new target and a new due date; the owner untouched.
  const theirs = input({
    works: [work('P01', 'Trồng cây xanh', { uuid: W_UUID, target: '120 cây', dueDate: '2021-05-10', baseUpdatedAt: IMPORTED_AT.toISOString() })],
  });
  return { app, theirs };
}

const row = (raw: BetterSqlite3.Database) => raw.prepare('SELECT target, due_date, owner, updated_at FROM works WHERE uuid = ?').get(W_UUID) as Record<string, string>;

describe('exchange pipeline: merge field by field', () => {
  it('takes their field, keeps ours, and shows the field both changed as a conflict', async () => {
    const { app, theirs } = await editedOnBothSides();
    const p = plan(app.connection.raw, theirs, { now: NOW });
    const [r] = p.rows;
    expect(r).toMatchObject({ action: 'conflict', matchedBy: 'uuid' });
    expect(r.diff.map((d) => [d.field, d.ours, d.theirs, d.changedBy])).toEqual([
      ['target', '150 cây', '120 cây', 'both'],
      ['dueDate', '01/5/2021', '10/5/2021', 'theirs'],
      ['owner', 'Trần Thị B', 'Nguyễn Văn A', 'ours'],
    ]);
    expect(p.unresolved).toBe(1);
    const before = dataDump(app.connection.raw);
    expect(() => applyImport(app.connection.raw, theirs, { now: NOW })).toThrow(
      'Còn 1 trường mâu thuẫn chưa chọn "giữ của mình" hay "lấy của họ": chưa nhập được.',
    );
    expect(dataDump(app.connection.raw)).toEqual(before);
  });

  it('resolved "keep ours": our target stays, their due date comes in, our owner stays', async () => {
    const { app, theirs } = await editedOnBothSides();
    applyImport(app.connection.raw, theirs, { now: NOW, resolutions: [{ row: 'works:0', field: 'target', take: 'ours' }] });
    expect(row(app.connection.raw)).toMatchObject({ target: '150 cây', due_date: '2021-05-10', owner: 'Trần Thị B', updated_at: NOW.toISOString() });
  });

  it('resolved "take theirs": their target and due date come in, our owner stays', async () => {
    const { app, theirs } = await editedOnBothSides();
    applyImport(app.connection.raw, theirs, { now: NOW, resolutions: [{ row: 'works:0', field: 'target', take: 'theirs' }] });
    expect(row(app.connection.raw)).toMatchObject({ target: '120 cây', due_date: '2021-05-10', owner: 'Trần Thị B' });
  });

  it('takes every change when our row is still the version they started from', async () => {
    const app = await appWithCampaign();
    applyImport(app.connection.raw, input({ works: [work('P01', 'Trồng cây xanh', { uuid: W_UUID })] }), { now: IMPORTED_AT });
    const theirs = input({ works: [work('P01', 'Trồng cây xanh', { uuid: W_UUID, target: '120 cây', owner: 'Lê C', baseUpdatedAt: IMPORTED_AT.toISOString() })] });
    const [r] = plan(app.connection.raw, theirs, { now: NOW }).rows;
    expect(r.action).toBe('changed');
    applyImport(app.connection.raw, theirs, { now: NOW });
    expect(row(app.connection.raw)).toMatchObject({ target: '120 cây', owner: 'Lê C' });
  });

  it('calls every differing field a conflict when the base version was never recorded here', async () => {
    const { app } = await editedOnBothSides();
    const theirs = input({ works: [work('P01', 'Trồng cây xanh', { uuid: W_UUID, target: '120 cây', baseUpdatedAt: '2021-03-01T00:00:00.000Z' })] });
    const [r] = plan(app.connection.raw, theirs, { now: NOW }).rows;
    expect(r.action).toBe('conflict');
    expect(r.diff.every((d) => d.changedBy === 'both')).toBe(true);
    expect(r.diff.map((d) => d.field)).toEqual(['target', 'owner']);
  });

  it('merges pure values the same way (the function the plan calls)', () => {
    const base = { a: '1', b: '1', c: '1' };
    const m = merge({ a: '2', b: '1', c: '2' }, { a: '1', b: '3', c: '3' }, { kind: 'known', fields: base }, {}, new Map([['c', 'theirs' as const]]));
    expect(m.take).toEqual({ b: '3', c: '3' });
    expect(m.unresolved).toEqual([]);
    expect(merge({ a: '2' }, { a: '3' }, { kind: 'known', fields: { a: '1' } }, {}).unresolved).toEqual(['a']);
  });

  it('takes a field the base version never recorded as unchanged here (compared only since a later version)', () => {
    // A work's ghi chú is compared since the form carries it; versions recorded before have no "note".
    const m = merge({ a: '2', note: 'Đăng ký' }, { a: '2', note: 'Đã trồng 300 cây' }, { kind: 'known', fields: { a: '1' } }, {});
    expect(m.diff).toEqual([{ field: 'note', label: 'note', ours: 'Đăng ký', theirs: 'Đã trồng 300 cây', changedBy: 'theirs' }]);
    expect(m.take).toEqual({ note: 'Đã trồng 300 cây' });
  });
});
