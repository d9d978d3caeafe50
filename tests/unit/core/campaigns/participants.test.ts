// The participants of a campaign as its plan names them, on a real database: every unit chosen for it
// (with or without a work), the khối/cụm each belongs to on the given day, a unit in a khối and a cụm
// counted in both, units of other campaigns and ended memberships left out.
import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../../../core/api/types.ts';
import { participantsOf } from '../../../../core/campaigns/participants.ts';
import { freshApp } from '../../helpers.ts';

describe('participantsOf', () => {
  it('counts the chosen units and groups them by khối, then cụm, on the day given', async () => {
    const app = freshApp();
    const u: UnitRow[] = [];
    for (const code of ['A', 'B', 'C', 'D']) u.push(await app.invoke('org.saveUnit', { code, name: `Đơn vị ${code}`, kind: 'khac' }));
    const cum = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    const khoi = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối 1' });
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: u[0].id, role: 'truong', validFrom: '2021-01-01' });
    await app.invoke('org.addMember', { groupId: cum.id, unitId: u[0].id, role: 'thanh_vien', validFrom: '2021-01-01' });
    const ended = await app.invoke('org.addMember', { groupId: khoi.id, unitId: u[1].id, role: 'thanh_vien', validFrom: '2021-01-01' });
    await app.invoke('org.endMember', { memberId: ended.members.find((m) => m.unitId === u[1].id)!.id, validTo: '2021-03-01' });
    // D is in the khối but not in the campaign.
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: u[3].id, role: 'thanh_vien', validFrom: '2021-01-01' });
    const campaign = await app.invoke('campaigns.save', {
      name: 'Đợt thi đua',
      form: 'chuyen_de',
      startDate: '2021-03-12',
      endDate: '2021-05-19',
      unitIds: [u[0].id, u[1].id, u[2].id],
    });
    expect(participantsOf(app.connection.raw, campaign.id, '2021-03-12')).toEqual({
      units: 3,
      groups: [
        { kind: 'khoi', name: 'Khối 1', units: 1 },
        { kind: 'cum', name: 'Cụm 1', units: 1 },
      ],
    });
    // Before B left the khối it counted there.
    expect(participantsOf(app.connection.raw, campaign.id, '2021-02-01').groups[0]).toEqual({ kind: 'khoi', name: 'Khối 1', units: 2 });
    app.close();
  });
});
