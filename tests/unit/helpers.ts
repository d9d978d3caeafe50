import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { TdktApp } from '../../core/app.ts';

export function tempDir(prefix = 'tdkt-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh app on a real database file in its own folder; `now` is fixed so dates are predictable. */
export function freshApp(now = '2021-04-20T03:00:00.000Z'): TdktApp {
  const dir = tempDir();
  return new TdktApp({ dbPath: join(dir, 'tdkt.sqlite'), now: () => new Date(now) });
}

export async function demoApp(now?: string): Promise<TdktApp> {
  const app = freshApp(now);
  await app.invoke('demo.load', {});
  return app;
}

/** Calls a method expecting a refusal; returns the envelope's error. */
export async function refusal(app: TdktApp, method: string, args: unknown) {
  const env = await app.call(method, args);
  if (env.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(env.result).slice(0, 200)}`);
  return env.error;
}

export const ROOT = join(import.meta.dirname, '../..');

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function tableNames(raw: BetterSqlite3.Database): string[] {
  return raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

/**
 * A logical dump of the database (every table of sqlite_master, rows in rowid order, the schema
 * version), hashed: two files with the same digest hold the same data whatever their pages look like.
 */
export function databaseDigest(raw: BetterSqlite3.Database): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([raw.pragma('user_version', { simple: true }), raw.pragma('application_id', { simple: true })]));
  for (const table of tableNames(raw)) {
    hash.update(`\n${table}\n`);
    for (const row of raw.prepare(`SELECT * FROM ${quoteName(table)} ORDER BY rowid`).raw(true).iterate()) {
      hash.update(JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)));
    }
  }
  return hash.digest('hex');
}

/** Rows per table. */
export function tableCounts(raw: BetterSqlite3.Database): Record<string, number> {
  return Object.fromEntries(
    tableNames(raw).map((t) => [t, raw.prepare(`SELECT count(*) FROM ${quoteName(t)}`).pluck().get() as number]),
  );
}

/** One ward in one campaign (Thủ Đức's 2021 dates, two fields, a phase and a sơ kết), for tests of works. */
export async function unitAndCampaign(app: TdktApp) {
  const unit = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const campaign = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
    form: 'chuyen_de',
    startDate: '2021-03-12',
    endDate: '2021-05-19',
    planNumber: '19/KH-UBND',
    planDate: '2021-03-12',
    fields: ['Trồng cây xanh', 'Cải cách hành chính'],
    phases: [{ name: 'Giai đoạn 1', startDate: '2021-03-12', endDate: '2021-04-10' }],
    milestones: [{ kind: 'so_ket', date: '2021-04-16', label: 'Sơ kết' }],
    unitIds: [unit.id],
  });
  return { unit, campaign };
}
