// `list proposals|meetings|decisions|awards --db FILE --json` in a real process against a real file: an
// award row names its decision and the recipient as printed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../helpers.ts';
import { awardsFixture } from '../../../awards/fixture.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli list of the award records', () => {
  it('lists proposals, meetings, decisions and the register as JSON', async () => {
    const f = await awardsFixture();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021, submissionNumber: '12/TTr-UBND' });
    const added = await f.app.invoke('proposals.addNominee', {
      proposalId: p.id,
      kind: 'ca_nhan',
      personId: f.person('Đặng Thị Hoa', 'P01', 'nu'),
      formCode: 'giay_khen_ca_nhan',
      achievement: 'Xuất sắc',
    });
    const m = await f.app.invoke('meetings.create', { campaignId: f.campaignId, date: '2021-04-18', membersTotal: 9, membersPresent: 8, proposalIds: [p.id] });
    await f.app.invoke('meetings.setVotes', { meetingId: m.id, votes: [{ nomineeId: added.nomineeList[0].id, agree: 8 }] });
    const d = await f.app.invoke('decisions.create', { meetingId: m.id, formCode: 'giay_khen_ca_nhan', date: '2021-04-20', signerId: f.signerId });
    await f.app.invoke('decisions.issue', { id: d.id });
    const db = f.app.dbPath;
    f.app.close();

    const json = (kind: string, ...more: string[]) => {
      const r = cli('list', kind, '--db', db, '--json', ...more);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(r.out);
    };
    expect(json('proposals')).toEqual([
      expect.objectContaining({ id: p.id, unitName: 'Phường Linh Trung', submissionNumber: '12/TTr-UBND', statusLabel: 'Dự thảo', nominees: 1 }),
    ]);
    expect(json('meetings', '--campaign', String(f.campaignId))).toEqual([
      expect.objectContaining({ id: m.id, date: '2021-04-18', membersPresent: 8, threshold: '80,00%', proposalIds: [p.id] }),
    ]);
    expect(json('decisions')).toEqual([expect.objectContaining({ id: d.id, number: '01/QĐ-UBND', statusLabel: 'Đã ban hành', lines: 1 })]);
    expect(json('awards', '--year', '2021')).toEqual([
      expect.objectContaining({
        decisionId: d.id,
        decisionNumber: '01/QĐ-UBND',
        bookYear: 2021,
        bookNumber: 1,
        salutation: 'Bà',
        name: 'Đặng Thị Hoa',
        unitName: 'Phường Linh Trung',
        amount: 447_000,
      }),
    ]);
    expect(json('awards', '--decision', '999')).toEqual([]);
    const bad = cli('list', 'awards', '--db', db, '--year', '21');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--year phải là năm có 4 chữ số/u);
  });
});
