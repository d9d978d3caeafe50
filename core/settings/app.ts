// The few app-wide settings (the agency profile lives in core/agency/profile.ts).
import type BetterSqlite3 from 'better-sqlite3';
import type { Handler } from '../router.ts';
import type { Settings } from '../api/types.ts';
import type { Context } from '../context.ts';
import type { PercentMode } from '../text/numbers.ts';
import { audit } from '../audit.ts';
import { DEFAULT_MARGINS, type Margins } from '../api/margins.ts';
import { checkMargins } from '../documents/page.ts';
import { thresholdHundredths } from '../awards/council.ts';
import { councilThreshold } from '../awards/meetings-app.ts';
import { checkInstallUnit, INSTALL_UNIT_KEY, installUnitCode } from './exchange.ts';

/** How many automatic daily backups are kept unless the user chose otherwise. */
export const DEFAULT_AUTO_BACKUP_KEEP = 7;

/** Synchronous, for the daily backup taken while the app opens the database. */
export function autoBackupKeep(raw: BetterSqlite3.Database): number {
  const row = raw.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'autoBackupKeep'").get();
  const n = Number(row?.value);
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_AUTO_BACKUP_KEEP;
}

export async function readSettings(ctx: Context): Promise<Settings> {
  const rows = await ctx.conn.db.selectFrom('settings').select(['key', 'value']).execute();
  const value = new Map(rows.map((r) => [r.key, r.value]));
  const percentMode: PercentMode = value.get('percentMode') === 'truncate' ? 'truncate' : 'round';
  const documentPercentMode: PercentMode = value.get('documentPercentMode') === 'truncate' ? 'truncate' : 'round';
  const margins = value.has('margins') ? (JSON.parse(value.get('margins')!) as Margins) : DEFAULT_MARGINS;
  return {
    percentMode,
    documentPercentMode,
    margins,
    autoBackupKeep: autoBackupKeep(ctx.conn.raw),
    councilThreshold: councilThreshold(ctx.conn.raw) / 100,
    installUnitCode: installUnitCode(ctx.conn.raw),
  };
}

const getSettings: Handler<'settings.get'> = (ctx) => readSettings(ctx);

const saveSettings: Handler<'settings.save'> = async (ctx, a) => {
  // Margins outside the decree's ranges are refused with the field named, before anything is written.
  const values: Record<string, string> = {};
  if (a.percentMode) values.percentMode = a.percentMode;
  if (a.documentPercentMode) values.documentPercentMode = a.documentPercentMode;
  if (a.margins) values.margins = JSON.stringify(checkMargins(a.margins));
  if (a.autoBackupKeep !== undefined) values.autoBackupKeep = String(a.autoBackupKeep);
  if (a.councilThreshold !== undefined) values.councilThreshold = String(thresholdHundredths(a.councilThreshold, 'councilThreshold'));
  // Empty: the secretariat's PC again.
  if (a.installUnitCode !== undefined) values[INSTALL_UNIT_KEY] = a.installUnitCode === null ? '' : checkInstallUnit(ctx.conn.raw, a.installUnitCode);
  await ctx.conn.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(values)) {
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
    await audit(trx, ctx.now(), 'save', 'settings', null, values);
  });
  return readSettings(ctx);
};

export const settingsHandlers = {
  'settings.get': getSettings,
  'settings.save': saveSettings,
};
