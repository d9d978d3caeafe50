// The works list and the typed search, rebuilt for 100k works (one grouped scan for repeats, rows
// without a join, order by bucket), must answer exactly what the straightforward SQL answers: the
// oracle here is the query main ran before (a join and an EXISTS per row), over a seeded campaign
// with repeated titles, cancelled twins and units whose names carry the searched words.
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WorkRow } from '../../../../core/api/types.ts';
import type { TdktApp } from '../../../../core/app.ts';
import { seededRandom } from '../../../../core/demo/random.ts';
import { searchText } from '../../../../core/search.ts';
import { compareVi } from '../../../../core/text/collate.ts';
import { fold } from '../../../../core/text/fold.ts';
import { freshApp, refusal, unitAndCampaign } from '../../helpers.ts';

const STATUSES = ['da_dang_ky', 'dang_thuc_hien', 'hoan_thanh', 'khong_hoan_thanh', 'huy'] as const;
const UNITS = ['Phường Linh Trung', 'Phường Đông Hòa', 'Phường An Khánh', 'Trường Tiểu học Đặng Thị Rành', 'Phường Linh Trung'];
const TITLES = ['Trồng cây xanh', 'TRỒNG CÂY XANH', 'Số hóa hồ sơ', 'Mở rộng hẻm 12', 'Lắp camera đường Lê Văn Việt', 'Trao quà hộ nghèo'];

async function seeded(): Promise<{ app: TdktApp; campaignId: number; otherId: number }> {
  const app = freshApp();
  const unitIds: number[] = [];
  for (const [i, name] of UNITS.entries()) {
    unitIds.push((await app.invoke('org.saveUnit', { code: `DV${i + 1}`, name, kind: 'phuong_xa' })).id);
  }
  const campaign = (name: string) =>
    app.invoke('campaigns.save', {
      name, form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', planNumber: '19/KH-UBND', planDate: '2021-03-12',
      fields: ['Trồng cây xanh', 'Cải cách hành chính'], phases: [], milestones: [], unitIds,
    });
  const c = await campaign('Đợt thi đua thứ nhất');
  const other = await campaign('Đợt thi đua thứ hai');
  const raw: BetterSqlite3.Database = app.connection.raw;
  const insert = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status, registered_on,
       completed_on, cancelled_on, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2021-03-15', NULL, NULL, ?, 'x', 'x')`,
  );
  const rnd = seededRandom(7);
  for (let k = 0; k < 240; k++) {
    const campaignId = k % 6 === 5 ? other.id : c.id;
    const title = rnd.pick(TITLES);
    const field = rnd.pick(['Trồng cây xanh', 'Cải cách hành chính', 'Khác']);
    const owner = rnd.pick(['Bí thư Đoàn', 'Trưởng khu phố Đặng Văn Hùng']);
    insert.run(
      crypto.randomUUID(), campaignId, rnd.pick(unitIds), title, fold(title), field, rnd.next() < 0.3 ? 'thanh_pho' : 'co_so',
      rnd.next() < 0.1 ? '' : '100 cây', rnd.next() < 0.1 ? null : '2021-04-30', owner, rnd.pick(STATUSES), searchText(title, field, owner),
    );
  }
  // One live work and its cancelled twin: the cancelled one repeats a live work, the live one repeats
  // nothing (its only twin is cancelled).
  for (const status of ['dang_thuc_hien', 'huy']) {
    const title = 'Xây dựng mô hình dân vận khéo';
    insert.run(crypto.randomUUID(), c.id, unitIds[2], title, fold(title), 'Khác', 'co_so', '1 mô hình', '2021-04-30', '', status, searchText(title));
  }
  return { app, campaignId: c.id, otherId: other.id };
}

/**
 * What main answered: the join, an EXISTS per row for repeats, words on either side. The queries
 * below hold no abbreviation (core/text/abbreviations.ts), so plain words are the whole rule.
 */
function oracle(raw: BetterSqlite3.Database, campaignId: number, filter: { unitId?: number; status?: string; query?: string }) {
  const patterns = fold(filter.query ?? '').split(' ').filter(Boolean).map((w) => `%${w}%`);
  const params: Record<string, unknown> = { c: campaignId, u: filter.unitId ?? null, s: filter.status ?? null };
  patterns.forEach((p, i) => {
    params[`p${i}`] = p;
  });
  const rows = raw
    .prepare(
      `SELECT w.id, u.name AS unit_name, EXISTS (SELECT 1 FROM works w2 WHERE w2.campaign_id = w.campaign_id AND w2.unit_id = w.unit_id
              AND w2.title_key = w.title_key AND w2.id <> w.id AND w2.status <> 'huy') AS has_repeat
         FROM works w JOIN units u ON u.id = w.unit_id
        WHERE w.campaign_id = @c AND (@u IS NULL OR w.unit_id = @u) AND (@s IS NULL OR w.status = @s)
        ${patterns.map((_, i) => `AND (w.search LIKE @p${i} ESCAPE '\\' OR u.search LIKE @p${i} ESCAPE '\\')`).join(' ')}`,
    )
    .all(params) as { id: number; unit_name: string; has_repeat: number }[];
  rows.sort((a, b) => compareVi(a.unit_name, b.unit_name) || a.id - b.id);
  return rows.map((r) => ({ id: r.id, duplicate: r.has_repeat === 1 }));
}

const shape = (rows: WorkRow[]) => rows.map((w) => ({ id: w.id, duplicate: w.flags.includes('duplicate') }));

describe('works list and search at scale', () => {
  it('lists, flags repeats and orders exactly as the per-row SQL did, with and without filters', async () => {
    const { app, campaignId } = await seeded();
    const raw = app.connection.raw;
    const units = (await app.invoke('org.listUnits', {})).map((u) => u.id);
    const filters = [{}, { status: 'huy' as const }, { status: 'dang_thuc_hien' as const }, { unitId: units[0] }, { query: 'cay xanh' }, { query: 'linh trung so' }, { query: 'dang' }, { query: 'khong co' }];
    for (const f of filters) {
      const listed = await app.invoke('works.list', { campaignId, ...f });
      expect(shape(listed), JSON.stringify(f)).toEqual(oracle(raw, campaignId, f));
      // The first screen is the whole list's head, however it is cut (two units share a name here).
      for (const limit of [1, 7, 60, 1000]) {
        const head = await app.invoke('works.list', { campaignId, ...f, limit });
        expect(head, `${JSON.stringify(f)} limit ${limit}`).toEqual(listed.slice(0, limit));
      }
    }
    const repeated = await app.invoke('works.list', { campaignId, flag: 'duplicate' });
    expect(shape(repeated)).toEqual(oracle(raw, campaignId, {}).filter((r) => r.duplicate));
    expect(await app.invoke('works.list', { campaignId, flag: 'duplicate', limit: 5 })).toEqual(repeated.slice(0, 5));
    const all = await app.invoke('works.list', { campaignId });
    const twins = all.filter((w) => w.title === 'Xây dựng mô hình dân vận khéo');
    expect(twins.map((w) => [w.status, w.flags.includes('duplicate')])).toEqual([
      ['dang_thuc_hien', false],
      ['huy', true],
    ]);
    // The single work's page says the same as the list.
    for (const w of all.slice(0, 40)) {
      expect((await app.invoke('works.get', { id: w.id })).flags, `work ${w.id}`).toEqual(w.flags);
    }
    app.close();
  });

  it('finds by every typed word, in the work or in its unit, and only in the campaign asked', async () => {
    const { app, campaignId, otherId } = await seeded();
    const raw = app.connection.raw;
    for (const query of ['l', 'li', 'linh', 'linh trung', 'đặng', 'dang', 'TRỒNG cay', 'dv4', 'hẻm 12', '100%', 'không có gì']) {
      for (const c of [campaignId, otherId]) {
        const ids = await app.invoke('works.search', { campaignId: c, query });
        expect([...ids].sort((a, b) => a - b), `${query} in ${c}`).toEqual(oracle(raw, c, { query }).map((r) => r.id).sort((a, b) => a - b));
      }
    }
    app.close();
  });
});

// Registering a work for a unit outside the campaign asks first (issue 8): enrolling it silently changed
// the campaign's participants, and the "… đơn vị đăng ký" sentence, behind the secretariat's back.
describe('a work for a unit outside the campaign', () => {
  it('is refused with a question until the user agrees, and nothing is written before', async () => {
    const app = freshApp();
    const { campaign } = await unitAndCampaign(app);
    const outside = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Đông Hòa', kind: 'phuong_xa' });
    const work = { campaignId: campaign.id, unitId: outside.id, title: 'Mở rộng hẻm 12', level: 'co_so' as const, registeredOn: '2021-03-20' };
    const asked = await refusal(app, 'works.save', work);
    expect(asked.code).toBe('confirm');
    expect(asked.message).toBe(`Đơn vị "Phường Đông Hòa" chưa tham gia đợt thi đua "${campaign.name}". Thêm đơn vị vào đợt và đăng ký công trình?`);
    expect((await app.invoke('campaigns.get', { id: campaign.id })).unitIds).not.toContain(outside.id);
    expect(await app.invoke('works.list', { campaignId: campaign.id })).toEqual([]);
    const saved = await app.invoke('works.save', { ...work, enrol: true });
    expect(saved.unitId).toBe(outside.id);
    expect((await app.invoke('campaigns.get', { id: campaign.id })).unitIds).toContain(outside.id);
    app.close();
  });

  it('asks too when a work is moved to such a unit', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    const outside = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Đông Hòa', kind: 'phuong_xa' });
    const w = await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Trồng cây xanh', level: 'co_so' });
    const moved = { id: w.id, campaignId: campaign.id, unitId: outside.id, title: 'Trồng cây xanh', level: 'co_so' as const };
    expect((await refusal(app, 'works.save', moved)).code).toBe('confirm');
    expect((await app.invoke('works.get', { id: w.id })).unitId).toBe(unit.id);
    expect((await app.invoke('works.save', { ...moved, enrol: true })).unitId).toBe(outside.id);
    app.close();
  });
});
