// Packets back and forth between two real database files, the secretariat's and a unit's install, each
// with its own clock: what comes back is merged field by field against the version it was edited from,
// because every export records what it sent and every import what it received. A field changed on one
// side only is taken (or kept) without asking; the same field changed on both sides is a conflict the
// user answers; a packet sent again before the unit answered does not undo the unit's own changes. A
// property over any edits on both sides says the same field by field, and that the next packet back
// brings both PCs to the same values without a conflict.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { TdktApp } from '../../../../../core/app.ts';
import type { ImportPreview } from '../../../../../core/api/types.ts';
import { openPacket } from '../../../../../core/exchange/packets/open.ts';
import { refusal, tempDir } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

/** One clock for both PCs, moved on by hand: every edit and every packet has its own instant. */
const clock = { t: Date.parse('2021-03-15T02:00:00.000Z') };
const tick = () => {
  clock.t += 60_000;
};

function pc(): TdktApp {
  const app = new TdktApp({ dbPath: join(tempDir(), 'tdkt.sqlite'), now: () => new Date(clock.t), autoBackup: false });
  apps.push(app);
  return app;
}

interface WorkRow {
  id: number;
  uuid: string;
  unit_id: number;
  campaign_id: number;
  title: string;
  field: string;
  level: 'co_so' | 'thanh_pho';
  target: string;
  due_date: string | null;
  owner: string;
  status: string;
  registered_on: string;
}

const workByUuid = (app: TdktApp, uuid: string) => app.connection.raw.prepare<[string], WorkRow>('SELECT * FROM works WHERE uuid = ?').get(uuid)!;

/** A work edited through the works page's own method: every field as it is but `change`. */
async function editWork(app: TdktApp, uuid: string, change: Partial<Pick<WorkRow, 'title' | 'owner' | 'target'>>) {
  tick();
  const w = { ...workByUuid(app, uuid), ...change };
  await app.invoke('works.save', {
    id: w.id, campaignId: w.campaign_id, unitId: w.unit_id, title: w.title, field: w.field, level: w.level, target: w.target, dueDate: w.due_date,
    owner: w.owner, registeredOn: w.registered_on,
  });
}

/** Exports on `from` and previews on `to` through the API, as the Trao đổi dữ liệu page does. */
async function send(from: TdktApp, to: TdktApp, args: { campaignId: number; unitCode?: string }): Promise<Sent> {
  tick();
  const { fileName, contentBase64 } = await from.invoke('exchange.exportPacket', args);
  tick();
  return { ...(await to.invoke('exchange.preview', { fileName, contentBase64 })), packet: { fileName, contentBase64 } };
}

type Sent = ImportPreview & { packet: { fileName: string; contentBase64: string } };

/** The preview's row of work `uuid`: the row of the record at its place in the packet. */
const rowOf = (preview: Sent, uuid: string) => {
  const { fileName, contentBase64 } = preview.packet;
  const i = openPacket(fileName, Buffer.from(contentBase64, 'base64')).input.works.findIndex((w) => w.uuid === uuid);
  return preview.rows.find((r) => r.key === `works:${i}`)!;
};

/** The secretariat with campaign, units DV1 and DV2 and two works of DV1, A and B. */
async function secretariat() {
  const s = pc();
  await s.invoke('settings.saveAgency', { parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', name: 'Ủy ban nhân dân thành phố Thủ Đức', locality: 'Thủ Đức', abbreviation: 'UBND' });
  const dv1 = await s.invoke('org.saveUnit', { code: 'DV1', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const dv2 = await s.invoke('org.saveUnit', { code: 'DV2', name: 'Phường Linh Chiểu', kind: 'phuong_xa' });
  const campaign = await s.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19',
    fields: ['Trồng cây xanh', 'Giao thông'], unitIds: [dv1.id, dv2.id],
  });
  const save = (title: string) =>
    s.invoke('works.save', { campaignId: campaign.id, unitId: dv1.id, title, field: 'Trồng cây xanh', level: 'co_so', target: '500 cây', owner: 'Nguyễn Văn An', registeredOn: '2021-03-15' });
  const uuidOf = (id: number) => s.connection.raw.prepare<[number], string>('SELECT uuid FROM works WHERE id = ?').pluck().get(id)!;
  const a = uuidOf((await save('Trồng 500 cây xanh tuyến Võ Văn Ngân')).id);
  const b = uuidOf((await save('Chỉnh trang vỉa hè đường số 9')).id);
  return { s, campaignId: campaign.id, a, b };
}

/** The unit's install brought up from the secretariat's campaign packet for DV1. */
async function unitInstall(s: TdktApp, campaignId: number) {
  const u = pc();
  const first = await send(s, u, { campaignId, unitCode: 'DV1' });
  expect(first.counts.works).toMatchObject({ new: 2, error: 0 });
  await u.invoke('exchange.apply', { stagingId: first.stagingId });
  await u.invoke('settings.save', { installUnitCode: 'DV1' });
  const unitCampaignId = u.connection.raw.prepare<[], number>('SELECT id FROM campaigns').pluck().get()!;
  return { u, unitCampaignId };
}

describe('packets merged against the version they were edited from', () => {
  it('a report packet back from the unit: A merges both sides with no conflict, B conflicts on the title, the result is exact', async () => {
    const { s, campaignId, a, b } = await secretariat();
    const { u, unitCampaignId } = await unitInstall(s, campaignId);

    // The unit: A is under way, B gets a clearer title.
    tick();
    await u.invoke('works.setStatus', { id: workByUuid(u, a).id, status: 'dang_thuc_hien', date: '2021-03-20', note: 'Đã trồng 120 cây' });
    await editWork(u, b, { title: 'Chỉnh trang vỉa hè đường số 9 (đoạn 1)' });
    // The secretariat meanwhile: A has a new người phụ trách, B a title of its own.
    await editWork(s, a, { owner: 'Trần Thị Bình' });
    await editWork(s, b, { title: 'Chỉnh trang vỉa hè, trồng cây đường số 9' });

    const preview = await send(u, s, { campaignId: unitCampaignId });
    expect(preview.what).toBe('report');
    const rowA = rowOf(preview, a);
    expect(rowA).toMatchObject({ action: 'changed', matchedBy: 'uuid' });
    expect(rowA.diff.map((d) => [d.field, d.changedBy, d.ours, d.theirs])).toEqual([
      ['owner', 'ours', 'Trần Thị Bình', 'Nguyễn Văn An'],
      ['status', 'theirs', 'Đã đăng ký', 'Đang thực hiện'],
    ]);
    const rowB = rowOf(preview, b);
    expect(rowB).toMatchObject({ action: 'conflict', matchedBy: 'uuid' });
    expect(rowB.diff.map((d) => [d.field, d.changedBy, d.ours, d.theirs])).toEqual([
      ['title', 'both', 'Chỉnh trang vỉa hè, trồng cây đường số 9', 'Chỉnh trang vỉa hè đường số 9 (đoạn 1)'],
    ]);
    expect(preview.counts.works).toMatchObject({ changed: 1, conflict: 1, unchanged: 0, error: 0 });

    // Unanswered, nothing goes in; answered "take theirs", exactly the merge goes in.
    const refused = await refusal(s, 'exchange.apply', { stagingId: preview.stagingId });
    expect(refused.message).toBe('Còn 1 trường mâu thuẫn chưa chọn "giữ của mình" hay "lấy của họ": chưa nhập được.');
    const before = { a: workByUuid(s, a), b: workByUuid(s, b) };
    const theirs = [{ row: rowB.key, field: 'title', take: 'theirs' as const }];
    await s.invoke('exchange.preview', { stagingId: preview.stagingId, resolutions: theirs });
    await s.invoke('exchange.apply', { stagingId: preview.stagingId, resolutions: theirs });
    const now = new Date(clock.t).toISOString();
    expect(workByUuid(s, a)).toEqual({ ...before.a, status: 'dang_thuc_hien', updated_at: now });
    const history = s.connection.raw.prepare('SELECT date, status, note FROM work_updates WHERE work_id = ? ORDER BY date, id').all(before.a.id);
    expect(history).toEqual([
      { date: '2021-03-15', status: 'da_dang_ky', note: 'Đăng ký' },
      { date: '2021-03-20', status: 'dang_thuc_hien', note: 'Đã trồng 120 cây' },
    ]);
    expect(workByUuid(s, b)).toEqual({
      ...before.b,
      title: 'Chỉnh trang vỉa hè đường số 9 (đoạn 1)',
      title_key: 'chinh trang via he duong so 9 (doan 1)',
      search: 'chinh trang via he duong so 9 (doan 1) trong cay xanh nguyen van an',
      updated_at: now,
    });

    // Undone and answered "keep ours": B keeps the secretariat's title, A merges as before.
    await s.invoke('exchange.undoLast', {});
    expect([workByUuid(s, a), workByUuid(s, b)]).toEqual([before.a, before.b]);
    const ours = [{ row: rowB.key, field: 'title', take: 'ours' as const }];
    const again = await s.invoke('exchange.preview', { ...preview.packet, resolutions: ours });
    expect(again.alreadyImported).toBeNull();
    await s.invoke('exchange.apply', { stagingId: again.stagingId, resolutions: ours });
    expect(workByUuid(s, a)).toMatchObject({ owner: 'Trần Thị Bình', status: 'dang_thuc_hien' });
    expect(workByUuid(s, b).title).toBe('Chỉnh trang vỉa hè, trồng cây đường số 9');

    // The next campaign packet goes back based on the unit's report: the unit changed nothing since, so
    // the secretariat's người phụ trách and title are simply taken.
    const back = await send(s, u, { campaignId, unitCode: 'DV1' });
    expect(rowOf(back, a)).toMatchObject({ action: 'changed', diff: [{ field: 'owner', changedBy: 'theirs' }] });
    expect(rowOf(back, b)).toMatchObject({ action: 'changed', diff: [{ field: 'title', changedBy: 'theirs' }] });
    expect(back.counts.works).toMatchObject({ changed: 2, conflict: 0 });
    await u.invoke('exchange.apply', { stagingId: back.stagingId });
    for (const uuid of [a, b]) {
      const [mine, yours] = [workByUuid(u, uuid), workByUuid(s, uuid)];
      expect([mine.title, mine.owner, mine.status]).toEqual([yours.title, yours.owner, yours.status]);
    }
  });

  it('a campaign packet sent again before the unit answered keeps what the unit changed since the first', async () => {
    const { s, campaignId, a, b } = await secretariat();
    const { u } = await unitInstall(s, campaignId);
    await editWork(u, a, { owner: 'Lê Văn Cường' });
    await editWork(s, b, { target: '700 cây' });

    const second = await send(s, u, { campaignId, unitCode: 'DV1' });
    expect(rowOf(second, a)).toMatchObject({ action: 'unchanged', diff: [{ field: 'owner', changedBy: 'ours' }] });
    expect(rowOf(second, b)).toMatchObject({ action: 'changed', diff: [{ field: 'target', changedBy: 'theirs' }] });
    await u.invoke('exchange.apply', { stagingId: second.stagingId });
    expect([workByUuid(u, a).owner, workByUuid(u, b).target]).toEqual(['Lê Văn Cường', '700 cây']);
  });

  it('a record whose base this install never held is a conflict on every field that differs, never an overwrite', async () => {
    const { s, campaignId, a } = await secretariat();
    const { u, unitCampaignId } = await unitInstall(s, campaignId);
    await editWork(u, a, { owner: 'Lê Văn Cường' });
    await editWork(s, a, { target: '800 cây' });
    // The secretariat's versions are gone (a database restored from before the first export, say).
    s.connection.raw.prepare('DELETE FROM row_versions').run();
    const preview = await send(u, s, { campaignId: unitCampaignId });
    expect(rowOf(preview, a)).toMatchObject({ action: 'conflict' });
    expect(rowOf(preview, a).diff.map((d) => [d.field, d.changedBy])).toEqual([
      ['target', 'both'],
      ['owner', 'both'],
    ]);
  });

  /** One side's edit of one text field: none, or a new value (never the value both started from). */
  const edit = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  const editsArb = fc.array(
    fc.record({
      unit: fc.record({ title: edit(['Tên do đơn vị sửa', 'Tên chung']), owner: edit(['Lê Văn Cường', 'Phạm Thị Dung']), target: edit(['600 cây', '1 km']) }),
      ours: fc.record({ title: edit(['Tên do thường trực sửa', 'Tên chung']), owner: edit(['Lê Văn Cường', 'Hoàng Minh Em']), target: edit(['600 cây', '2 km']) }),
    }),
    { minLength: 2, maxLength: 2 },
  );
  type Field = 'title' | 'owner' | 'target';
  // In the order the preview lists a work's fields.
  const FIELDS: Field[] = ['title', 'target', 'owner'];

  it('for any edits on both sides: one side only merges, both sides conflict, and the next packet back settles both PCs', async () => {
    await fc.assert(
      fc.asyncProperty(editsArb, async (edits) => {
        const { s, campaignId, a, b } = await secretariat();
        const { u, unitCampaignId } = await unitInstall(s, campaignId);
        const uuids = [a, b];
        const start = uuids.map((uuid) => workByUuid(s, uuid));
        for (const [i, e] of edits.entries()) {
          if (Object.values(e.unit).some((v) => v !== undefined)) await editWork(u, uuids[i], Object.fromEntries(Object.entries(e.unit).filter(([, v]) => v)));
          if (Object.values(e.ours).some((v) => v !== undefined)) await editWork(s, uuids[i], Object.fromEntries(Object.entries(e.ours).filter(([, v]) => v)));
        }

        const preview = await send(u, s, { campaignId: unitCampaignId });
        const resolutions = [];
        for (const [i, e] of edits.entries()) {
          const row = rowOf(preview, uuids[i]);
          const expected = FIELDS.flatMap((f) => {
            const [theirs, ours] = [e.unit[f], e.ours[f]];
            if (theirs === undefined && ours === undefined) return [];
            if (theirs !== undefined && ours !== undefined) return theirs === ours ? [] : [[f, 'both']];
            return [[f, theirs !== undefined ? 'theirs' : 'ours']];
          });
          expect(row.diff.map((d) => [d.field, d.changedBy])).toEqual(expected);
          expect(row.action).toBe(expected.some(([, by]) => by === 'both') ? 'conflict' : expected.some(([, by]) => by === 'theirs') ? 'changed' : 'unchanged');
          for (const [f, by] of expected) if (by === 'both') resolutions.push({ row: row.key, field: f, take: 'theirs' as const });
        }
        if (preview.toWrite > 0 || resolutions.length > 0) await s.invoke('exchange.apply', { stagingId: preview.stagingId, resolutions });
        for (const [i, e] of edits.entries()) {
          const w = workByUuid(s, uuids[i]);
          for (const f of FIELDS) expect(w[f]).toBe(e.unit[f] ?? e.ours[f] ?? start[i][f]);
        }

        const back = await send(s, u, { campaignId, unitCode: 'DV1' });
        expect(back.counts.works.conflict).toBe(0);
        if (back.toWrite > 0) await u.invoke('exchange.apply', { stagingId: back.stagingId });
        for (const uuid of uuids) for (const f of FIELDS) expect(workByUuid(u, uuid)[f]).toBe(workByUuid(s, uuid)[f]);
        for (const app of apps.splice(0)) app.close();
      }),
      // 30 runs ≈ 4 s here; 60 runs (7 s) found nothing more.
      { numRuns: 30 },
    );
  }, 60_000);
});
