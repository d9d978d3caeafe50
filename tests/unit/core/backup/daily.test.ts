// The automatic backup on real files, with the clock given to the app: the first open of a day takes
// one, later opens that day do not, a new file has nothing to back up, only the last N automatic ones
// are kept (N from the settings, 7 unless changed) and the user's own backups are never removed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../../core/app.ts';
import { refusal, tempDir } from '../../helpers.ts';

function openAt(dbPath: string, iso: string, autoBackup?: boolean): TdktApp {
  return new TdktApp({ dbPath, now: () => new Date(iso), autoBackup });
}

/** Opens the file at `iso`, runs `then`, closes it. */
async function session<T>(dbPath: string, iso: string, then: (app: TdktApp) => Promise<T> | T): Promise<T> {
  const app = openAt(dbPath, iso);
  try {
    return await then(app);
  } finally {
    app.close();
  }
}

describe('the daily automatic backup', () => {
  it('is taken on the first open of a day only, and never for a new file', async () => {
    const db = join(tempDir(), 'tdkt.sqlite');
    const first = openAt(db, '2021-04-20T01:00:00.000Z');
    expect(first.autoBackup).toBeNull();
    await first.invoke('demo.load', {});
    first.close();

    const morning = openAt(db, '2021-04-20T02:00:00.000Z');
    expect(morning.autoBackup).toMatchObject({ kind: 'auto', name: 'tdkt_tu-dong_20210420-020000.zip', documents: 0 });
    expect(morning.openProblems).toEqual([]);
    morning.close();
    const noon = openAt(db, '2021-04-20T09:00:00.000Z');
    expect(noon.autoBackup).toBeNull();
    noon.close();
    const nextDay = openAt(db, '2021-04-21T02:00:00.000Z');
    expect(nextDay.autoBackup?.name).toBe('tdkt_tu-dong_20210421-020000.zip');
    expect((await nextDay.invoke('backup.list', {})).map((b) => b.kind)).toEqual(['auto', 'auto']);
    nextDay.close();
    const off = openAt(db, '2021-04-22T02:00:00.000Z', false);
    expect(off.autoBackup).toBeNull();
    off.close();
  });

  it('keeps the last N automatic ones (a setting, 7 by default) and never prunes the user’s own', async () => {
    const db = join(tempDir(), 'tdkt.sqlite');
    await session(db, '2021-04-01T01:00:00.000Z', (app) => app.invoke('demo.load', {}));
    const settings = await session(db, '2021-04-01T02:00:00.000Z', (app) => app.invoke('settings.get', {}));
    expect(settings.autoBackupKeep).toBe(7);
    for (let day = 2; day <= 9; day++) await session(db, `2021-04-0${day}T02:00:00.000Z`, () => undefined);
    const names = await session(db, '2021-04-09T05:00:00.000Z', async (app) => {
      await app.invoke('backup.create', {});
      return (await app.invoke('backup.list', {})).map((b) => `${b.kind} ${b.createdAt.slice(0, 10)}`);
    });
    // Nine days with an automatic backup each (1st to 9th), seven kept, and the user's one.
    expect(names).toEqual(['manual 2021-04-09', ...[9, 8, 7, 6, 5, 4, 3].map((d) => `auto 2021-04-0${d}`)]);

    await session(db, '2021-04-09T06:00:00.000Z', async (app) => {
      expect((await app.invoke('settings.save', { autoBackupKeep: 2 })).autoBackupKeep).toBe(2);
      expect((await refusal(app, 'settings.save', { autoBackupKeep: 0 })).message).toMatch(/Giữ ít nhất 1 bản sao lưu tự động/u);
      expect((await refusal(app, 'settings.save', { autoBackupKeep: 2.5 })).message).toMatch(/số nguyên/u);
    });
    const after = await session(db, '2021-04-10T02:00:00.000Z', async (app) => (await app.invoke('backup.list', {})).map((b) => `${b.kind} ${b.createdAt.slice(0, 10)}`));
    expect(after).toEqual(['auto 2021-04-10', 'manual 2021-04-09', 'auto 2021-04-09']);
  });
});
