// exchange.preview + exchange.apply of 10,000 works from 300 units, killed at random moments: after
// every kill the file passes integrity_check and holds the data from before the import or all of it
// (row counts of every table, the log and the undo batch included) — never part of an import.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import type { ImportInput } from '../../../core/exchange/inputs.ts';
import { applyImport } from '../../../core/exchange/pipeline/apply.ts';
import { tempDir } from '../helpers.ts';
import { CAMPAIGN } from '../core/exchange/pipeline/inputs.ts';
import { crashLoop, DB_NAME } from './harness.ts';

const UNITS = 300;
const WORKS = 10_000;
const unitCode = (u: number) => `DV${String(u).padStart(3, '0')}`;
const empty = { groups: [], units: [], registrations: [], works: [], reports: [], errors: [], notes: [] };

/** The campaign and its 300 units in the database; beside it, the 10k works to import. */
function template(): string {
  const dir = tempDir('tdkt-crash-template-');
  const app = new TdktApp({ dbPath: join(dir, DB_NAME), autoBackup: false });
  applyImport(app.connection.raw, {
    ...empty,
    source: { kind: 'packet', file: 'campaign.json', sha256: '1'.repeat(64), what: 'campaign' },
    campaign: CAMPAIGN,
    units: Array.from({ length: UNITS }, (_, u) => ({
      code: unitCode(u), name: `Đơn vị ${u}`, shortName: '', kind: 'co_quan' as const, parentCode: null, active: true, memberships: [], place: { file: 'campaign.json' },
    })),
  }, { now: new Date('2021-03-20T02:00:00Z') });
  app.close();
  const input: ImportInput = {
    ...empty,
    source: { kind: 'packet', file: 'data.json', sha256: '0'.repeat(64), what: 'campaign' },
    campaignUuid: CAMPAIGN.uuid,
    works: Array.from({ length: WORKS }, (_, i) => ({
      uuid: crypto.randomUUID(), unitCode: unitCode(i % UNITS), title: `Công trình số ${i + 1}: trồng cây xanh`, field: CAMPAIGN.fields[i % 2],
      level: 'co_so' as const, target: '100 cây', dueDate: '2021-05-10', owner: 'Nguyễn Văn An', status: i % 2 ? ('hoan_thanh' as const) : ('da_dang_ky' as const),
      completedOn: i % 2 ? '2021-04-10' : null, note: '', registeredOn: '2021-03-15', place: { file: 'data.json' },
    })),
  };
  writeFileSync(join(dir, 'data.json'), JSON.stringify(input));
  return dir;
}

describe('crash: importing 10,000 works', () => {
  it('is all or nothing after every kill, and the file stays whole', async () => {
    const report = await crashLoop({
      name: 'exchange.apply (10k works)',
      template: template(),
      task: (db) => ({ op: 'import', db, file: join(dirname(db), 'data.json') }),
      kills: 20,
      check: async (open) => {
        const log = await open.invoke('exchange.log', {});
        const works = open.connection.raw.prepare('SELECT count(*) FROM works').pluck().get();
        // The log line and the works come together or not at all.
        return (log.length === 2) === (works === WORKS) ? [] : [`nhật ký ${log.length} dòng nhưng ${works} công trình`];
      },
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, 600_000);
});
