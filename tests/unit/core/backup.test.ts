import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshApp, refusal } from '../helpers.ts';

describe('backup and restore', () => {
  it('restores a backup after copying the current file first', async () => {
    const app = freshApp();
    await app.invoke('org.saveUnit', { code: 'A', name: 'Phòng Nội vụ', kind: 'co_quan' });
    const b = await app.invoke('backup.create', {});
    expect(existsSync(b.path)).toBe(true);
    await app.invoke('org.saveUnit', { code: 'B', name: 'Phòng Tư pháp', kind: 'co_quan' });
    expect(await app.invoke('org.listUnits', {})).toHaveLength(2);
    const r = await app.invoke('backup.restore', { name: b.name });
    expect(r.restored).toBe(b.name);
    expect(r.safetyCopy.name).toMatch(/^truoc-khoi-phuc-/);
    expect((await app.invoke('org.listUnits', {})).map((u) => u.code)).toEqual(['A']);
    // The safety copy holds what was there before the restore.
    await app.invoke('backup.restore', { name: r.safetyCopy.name });
    expect((await app.invoke('org.listUnits', {})).map((u) => u.code).sort()).toEqual(['A', 'B']);
    expect((await app.invoke('backup.list', {})).length).toBeGreaterThanOrEqual(3);
    app.close();
  });

  it('refuses a broken backup and keeps the current data', async () => {
    const app = freshApp();
    await app.invoke('org.saveUnit', { code: 'A', name: 'Phòng Nội vụ', kind: 'co_quan' });
    mkdirSync(join(app.dataDir, 'backups'), { recursive: true });
    writeFileSync(join(app.dataDir, 'backups', 'hong.sqlite'), 'không phải sqlite');
    const e = await refusal(app, 'backup.restore', { name: 'hong.sqlite' });
    expect(e.message).toMatch(/không dùng được/);
    expect((await app.invoke('org.listUnits', {})).map((u) => u.code)).toEqual(['A']);
    const path = await refusal(app, 'backup.restore', { name: '../tdkt.sqlite' });
    expect(path.fields?.name).toMatch(/không hợp lệ/);
    app.close();
  });
});
