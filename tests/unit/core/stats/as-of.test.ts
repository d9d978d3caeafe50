// The default "as of" day walks the newest updates first (index work_updates_date) and falls back to
// the campaign's own rows when other campaigns filled the last days; either way it must be the last
// day anything was recorded for the campaign, capped by today and the campaign's end.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../../../core/context.ts';
import { JobRunner } from '../../../../core/jobs/runner.ts';
import { defaultAsOf } from '../../../../core/stats/as-of.ts';
import { addDays } from '../../../../core/text/dates.ts';
import { openDatabase } from '../../../../db/open.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-01-01T00:00:00Z';

function setup(today: string) {
  const dir = tempDir();
  const conn = openDatabase(join(dir, 'as-of.sqlite'));
  const ctx: Context = { conn, dataDir: dir, reopen: () => undefined, now: () => new Date(`${today}T03:00:00Z`), jobs: new JobRunner({ emit() {} }) };
  const raw = conn.raw;
  const campaign = raw.prepare(
    "INSERT INTO campaigns (uuid, name, form, start_date, end_date, search, created_at, updated_at) VALUES (?, ?, 'thuong_xuyen', ?, ?, '', ?, ?)",
  );
  const unitId = Number(
    raw
      .prepare("INSERT INTO units (uuid, code, name, kind, search, created_at, updated_at) VALUES ('u1', 'P01', 'Phường 1', 'phuong_xa', 'p01', ?, ?)")
      .run(AT, AT).lastInsertRowid,
  );
  const work = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, level, status, registered_on, search, created_at, updated_at)
     VALUES (?, ?, ?, 'Công trình', 'cong trinh', 'co_so', 'dang_thuc_hien', ?, 'cong trinh', ?, ?)`,
  );
  const update = raw.prepare("INSERT INTO work_updates (work_id, date, status, source, created_at) VALUES (?, ?, 'dang_thuc_hien', 'app', ?)");
  const report = raw.prepare(
    "INSERT INTO unit_reports (uuid, campaign_id, unit_id, report_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  return {
    ctx,
    campaign: (start: string, end: string) => Number(campaign.run(crypto.randomUUID(), `Đợt ${start}`, start, end, AT, AT).lastInsertRowid),
    /** A work of the campaign with one update on each of `days`. */
    work: (campaignId: number, days: string[]) => {
      const id = Number(work.run(crypto.randomUUID(), campaignId, unitId, days[0], AT, AT).lastInsertRowid);
      for (const d of days) update.run(id, d, AT);
    },
    report: (campaignId: number, day: string) => report.run(crypto.randomUUID(), campaignId, unitId, day, AT, AT),
    close: () => conn.close(),
  };
}

describe('the default "as of" day', () => {
  it('is the campaign\'s last update when it is among the newest', () => {
    const s = setup('2021-06-01');
    const c = s.campaign('2021-01-01', '2021-12-31');
    s.work(c, ['2021-02-01', '2021-04-20']);
    s.work(c, ['2021-03-01']);
    s.report(c, '2021-04-10');
    expect(defaultAsOf(s.ctx, c, '2021-12-31')).toBe('2021-04-20');
    s.close();
  });

  it('is found when more than a thousand newer updates belong to another campaign', () => {
    const s = setup('2021-12-31');
    const quiet = s.campaign('2021-01-01', '2021-12-31');
    const busy = s.campaign('2021-01-01', '2021-12-31');
    s.work(quiet, ['2021-02-01', '2021-03-05']);
    for (let i = 0; i < 1200; i++) s.work(busy, [addDays('2021-04-01', i % 200)]);
    expect(defaultAsOf(s.ctx, quiet, '2021-12-31')).toBe('2021-03-05');
    expect(defaultAsOf(s.ctx, busy, '2021-12-31')).toBe(addDays('2021-04-01', 199));
    s.close();
  });

  it('takes a later report, ignores what lies past today or the campaign\'s end, and falls back to the cap', () => {
    const s = setup('2021-05-15');
    const c = s.campaign('2021-01-01', '2021-12-31');
    s.work(c, ['2021-02-01', '2021-06-01']);
    s.report(c, '2021-05-02');
    s.report(c, '2021-05-20');
    // Today (15/5) caps: the update of 1/6 and the report of 20/5 are not yet.
    expect(defaultAsOf(s.ctx, c, '2021-12-31')).toBe('2021-05-02');
    // A campaign that ended on 30/4 reads up to its end.
    expect(defaultAsOf(s.ctx, c, '2021-04-30')).toBe('2021-02-01');
    const empty = s.campaign('2021-03-01', '2021-04-30');
    expect(defaultAsOf(s.ctx, empty, '2021-04-30')).toBe('2021-04-30');
    const running = s.campaign('2021-05-01', '2021-08-31');
    expect(defaultAsOf(s.ctx, running, '2021-08-31')).toBe('2021-05-15');
    s.close();
  });
});
