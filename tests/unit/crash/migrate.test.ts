// Opening a database of an older schema (built with the first migrations only, then filled) migrates
// it; killed at random moments, the file stays at the old version with its data, or reaches the
// latest with all of it, and any copy the migration left beside it is whole.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.ts';
import { latestVersion, migrations } from '../../../db/migrations/index.ts';
import { tableCounts, tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME, inspect, listedBackupProblems } from './harness.ts';

/** Rows of the first schema's tables (frozen since release), enough for the migration to take a while. */
function fill(raw: BetterSqlite3.Database): void {
  const at = '2021-03-12T01:00:00.000Z';
  raw.transaction(() => {
    raw
      .prepare(
        `INSERT INTO campaigns (id, uuid, name, form, start_date, end_date, search, created_at, updated_at)
         VALUES (1, 'c-1', 'Đợt thi đua năm 2021', 'thuong_xuyen', '2021-01-01', '2021-12-31', 'dot thi dua nam 2021', ?, ?)`,
      )
      .run(at, at);
    const unit = raw.prepare(
      `INSERT INTO units (id, uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, ?, 'phuong_xa', ?, ?, ?)`,
    );
    const work = raw.prepare(
      `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, level, status, registered_on, search, created_at, updated_at)
       VALUES (?, 1, ?, ?, ?, 'co_so', 'da_dang_ky', '2021-02-01', ?, ?, ?)`,
    );
    for (let u = 1; u <= 300; u++) unit.run(u, `u-${u}`, `P${u}`, `Phường số ${u}`, `phuong so ${u}`, at, at);
    for (let w = 1; w <= 10_000; w++) {
      const title = `Công trình số ${w}: chỉnh trang hẻm, lắp đèn chiếu sáng`;
      work.run(`w-${w}`, 1 + (w % 300), title, `cong trinh so ${w}`, title, at, at);
    }
  })();
}

describe('crash: migration of an older database', () => {
  it('keeps the old version or reaches the latest, with all the data', async () => {
    // Versions 1–2 (or one short of the latest while the app has no more than two).
    const older = migrations.filter((m) => m.version <= Math.min(2, latestVersion - 1));
    const template = tempDir('tdkt-crash-template-');
    const raw = new BetterSqlite3(join(template, DB_NAME));
    migrate(raw, join(template, DB_NAME), older);
    fill(raw);
    raw.close();
    const report = await crashLoop({
      name: `migration v${older.at(-1)!.version} → v${latestVersion}`,
      template,
      task: (db) => ({ op: 'migrate', db }),
      kills: 20,
      check: async (app, { old, done, dir }) => {
        const problems = await listedBackupProblems(app, [old.digest, ...done.map((d) => d.digest)]);
        const version = app.connection.raw.pragma('user_version', { simple: true });
        if (version !== latestVersion) problems.push(`ứng dụng mở tệp nhưng lược đồ là v${version}, không phải v${latestVersion}`);
        const counts = tableCounts(app.connection.raw);
        for (const [table, n] of Object.entries(old.counts)) {
          if (counts[table] !== n) problems.push(`bảng ${table}: ${counts[table]} dòng sau khi nâng cấp, trước đó ${n}`);
        }
        // The copy taken before migrating keeps its final name: it must be a whole copy of the old data.
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.bak'))) {
          const copy = inspect(join(dir, name));
          if (copy.integrity !== 'ok') problems.push(`bản sao trước khi nâng cấp "${name}" bị hỏng: ${copy.integrity.slice(0, 80)}`);
          else if (copy.digest !== old.digest) {
            const rows = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
            problems.push(`bản sao trước khi nâng cấp "${name}" thiếu dữ liệu: ${rows(copy.counts)} dòng, tệp cũ có ${rows(old.counts)}`);
          }
        }
        return problems;
      },
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
