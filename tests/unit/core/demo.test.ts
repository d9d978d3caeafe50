import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../core/app.ts';
import { wards } from '../../../core/demo/thu-duc.ts';
import { demoApp, refusal } from '../helpers.ts';

function dump(app: TdktApp): string {
  const raw = app.connection.raw;
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((t) => `${t}:${JSON.stringify(raw.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())}`).join('\n');
}

describe('demo data', () => {
  it('is the same database every time', async () => {
    const a = await demoApp();
    const b = await demoApp();
    expect(dump(a)).toBe(dump(b));
    a.close();
    b.close();
  });

  it('holds the 34 phường by their real names, 254 units, 703 works and the plan 19/KH-UBND', async () => {
    const app = await demoApp();
    const units = await app.invoke('org.listUnits', {});
    expect(units).toHaveLength(254);
    for (const w of wards) expect(units.some((u) => u.name === `Ủy ban nhân dân phường ${w}`)).toBe(true);
    const [c] = await app.invoke('campaigns.list', {});
    expect(c).toMatchObject({ planNumber: '19/KH-UBND', planDate: '2021-03-12', units: 254, works: 703 });
    const groups = await app.invoke('org.listGroups', {});
    expect(groups.filter((g) => g.kind === 'khoi')).toHaveLength(25);
    expect(groups.filter((g) => g.kind === 'cum')).toHaveLength(4);
    expect(groups.every((g) => g.leader)).toBe(true);
    const agency = await app.invoke('settings.getAgency', {});
    expect(agency).toMatchObject({ locality: 'Thủ Đức', abbreviation: 'UBND' });
    const { signers, issuers } = await app.invoke('agency.issuing', {});
    expect(signers.map((s) => s.name)).toContain('Nguyễn Kỳ Phùng');
    expect(issuers.map((i) => i.abbreviation)).toEqual(['UBND', 'HĐTĐKT']);
    app.close();
  });

  it('goes only into an empty database', async () => {
    const app = await demoApp();
    const e = await refusal(app, 'demo.load', {});
    expect(e.message).toMatch(/cơ sở dữ liệu trống/);
    expect(await app.invoke('org.listUnits', {})).toHaveLength(254);
    app.close();
  });
});
