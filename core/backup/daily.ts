// The automatic backup: taken when a database is opened on a day that has none yet, keeping the last N
// (settings, default 7). Only automatic backups are pruned; the user's own and the copies taken before
// a restore stay until the user removes them.
import { rmSync } from 'node:fs';
import type { BackupEntry } from '../api/types.ts';
import type { Context } from '../context.ts';
import { autoBackupKeep } from '../settings/app.ts';
import { todayIso } from '../text/dates.ts';
import { createBackup, listBackups } from './create.ts';

/** The new automatic backup, or null when today (by the local calendar) already has one. */
export function dailyBackup(ctx: Context): BackupEntry | null {
  const today = todayIso(ctx.now());
  const autos = listBackups(ctx).filter((b) => b.kind === 'auto');
  const latestDay = autos.map((b) => todayIso(new Date(b.createdAt))).sort().at(-1);
  if (latestDay !== undefined && latestDay >= today) return null;
  const made = createBackup(ctx, { kind: 'auto' });
  pruneAutomatic(ctx, autoBackupKeep(ctx.conn.raw));
  return made;
}

/** Removes the automatic backups beyond the newest `keep`; returns the names removed. */
export function pruneAutomatic(ctx: Context, keep: number): string[] {
  const old = listBackups(ctx)
    .filter((b) => b.kind === 'auto')
    .slice(keep);
  for (const b of old) rmSync(b.path, { force: true });
  return old.map((b) => b.name);
}
