// Properties of the pipeline over generated inputs (fast-check) on real database files: the import
// does what its preview said (same counts; the tables grow by exactly the new rows; afterwards the
// same records preview as unchanged), importing twice changes nothing the second time, and undo puts
// every data table back exactly.
import type BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportInput, WorkInput } from '../../../../../core/exchange/inputs.ts';
import { applyImport } from '../../../../../core/exchange/pipeline/apply.ts';
import { plan } from '../../../../../core/exchange/pipeline/plan.ts';
import { undoLastImport } from '../../../../../core/exchange/pipeline/undo.ts';
import { appWithCampaign, dataDump, input, unit, work } from './inputs.ts';

const FIRST = new Date('2021-04-01T03:00:00Z');
const NOW = new Date('2021-04-19T03:00:00Z');
const LATER = new Date('2021-04-25T03:00:00Z');

const UNITS = ['P01', 'P02', 'P03', 'P04'];
// Close titles ("hẻm 12" / "hẻm 21") give possible duplicates; a field outside the plan gives errors.
const TITLES = ['Trồng cây xanh', 'Cải tạo hẻm 12', 'Cải tạo hẻm 21', 'Làm đường giao thông nông thôn', 'Nhà tình nghĩa'];
const FIELDS = ['Trồng cây xanh', 'Cải cách hành chính', 'xyz'];
const DAYS = ['2021-03-12', '2021-03-20', '2021-04-02', '2021-04-15', '2021-05-01'];

const workArb: fc.Arbitrary<WorkInput> = fc
  .record({
    unitCode: fc.constantFrom(...UNITS),
    title: fc.constantFrom(...TITLES),
    field: fc.oneof({ arbitrary: fc.constantFrom(...FIELDS.slice(0, 2)), weight: 8 }, { arbitrary: fc.constant(FIELDS[2]), weight: 1 }),
    level: fc.constantFrom('co_so' as const, 'thanh_pho' as const),
    target: fc.constantFrom('', '100 cây', '2 km'),
    owner: fc.constantFrom('Nguyễn Văn A', 'Trần Thị B'),
    status: fc.constantFrom('da_dang_ky' as const, 'dang_thuc_hien' as const, 'hoan_thanh' as const, 'khong_hoan_thanh' as const, 'huy' as const),
    completedOn: fc.option(fc.constantFrom(...DAYS), { nil: null }),
    registeredOn: fc.option(fc.constantFrom(...DAYS.slice(0, 3)), { nil: undefined }),
  })
  .map((w) => work(w.unitCode, w.title, { ...w, completedOn: w.status === 'hoan_thanh' ? w.completedOn : null }));

const reportArb: fc.Arbitrary<ReportInput> = fc.record({
  unitCode: fc.constantFrom(...UNITS),
  reportDate: fc.constantFrom(...DAYS),
  content: fc.constantFrom('Đã trồng 100 cây', 'Hoàn thành 2 km đường'),
  source: fc.constantFrom('', 'Công văn 12'),
  place: fc.constant({ file: 'data.json' }),
});

// Mostly one record per natural key, so most rows are new or changed rather than refused as twins.
const byKey = (w: { unitCode: string; title?: string; reportDate?: string }) => `${w.unitCode}|${w.title ?? w.reportDate}`;

/** A work of the first import as the unit sends it back: maybe a new target, owner or status. */
const editArb = (w: WorkInput): fc.Arbitrary<WorkInput | null> =>
  fc
    .record({
      send: fc.boolean(),
      target: fc.constantFrom(w.target, '3 km'),
      owner: fc.constantFrom(w.owner, 'Lê Văn C'),
      status: fc.constantFrom(w.status, 'dang_thuc_hien' as const, 'hoan_thanh' as const),
      completedOn: fc.constantFrom<string | null>(null, '2021-04-15', '2021-05-01'),
    })
    .map(({ send, ...e }) => (send ? { ...w, ...e, completedOn: e.status === 'hoan_thanh' ? e.completedOn : null } : null));

const inputArb = fc
  .uniqueArray(
    workArb.filter((w) => w.unitCode <= 'P02'),
    { maxLength: 8, selector: byKey },
  )
  .chain((first) =>
    fc.record({
      first: fc.constant(first),
      edited: fc.tuple(...first.map(editArb)),
      extra: fc.uniqueArray(workArb, { maxLength: 6, selector: byKey }),
      reports: fc.uniqueArray(reportArb, { maxLength: 4, selector: byKey }),
      newUnits: fc.subarray(['P03', 'P04']),
    }),
  )
  .map(({ first, edited, extra, reports, newUnits }) => {
    const sent = edited.filter((w): w is WorkInput => w !== null);
    const keys = new Set(sent.map(byKey));
    return { first, works: [...sent, ...extra.filter((w) => !keys.has(byKey(w)))], reports, newUnits };
  });

const count = (raw: BetterSqlite3.Database, table: string) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('exchange pipeline: properties', () => {
  it('apply does what the preview said; twice changes nothing; undo restores every table', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async ({ first, works, reports, newUnits }) => {
        const app = await appWithCampaign();
        const raw = app.connection.raw;
        applyImport(raw, input({ works: first }), { now: FIRST });
        const packet = input({ units: newUnits.map((c) => unit(c)), works, reports });
        const before = dataDump(raw);
        const tables = { works: count(raw, 'works'), unit_reports: count(raw, 'unit_reports'), units: count(raw, 'units'), registrations: count(raw, 'registrations') };

        const preview = plan(raw, packet, { now: NOW });
        const result = applyImport(raw, packet, { now: NOW });
        expect(result.counts).toEqual(preview.counts);
        const c = preview.counts;
        expect(count(raw, 'works')).toBe(tables.works + c.works.new + c.works.duplicate);
        expect(count(raw, 'unit_reports')).toBe(tables.unit_reports + c.reports.new);
        expect(count(raw, 'units')).toBe(tables.units + c.units.new);
        expect(count(raw, 'registrations')).toBe(tables.registrations + c.registrations.new);
        expect(raw.pragma('foreign_key_check')).toEqual([]);

        // What was written is what the records say: previewed again (as another file), nothing is left to do.
        const after = dataDump(raw);
        const again = plan(raw, input({ ...packet, source: { file: 'lai.json' } }), { now: LATER });
        expect(again.writes).toEqual([]);
        for (const kind of Object.values(again.counts)) expect([kind.new, kind.changed, kind.duplicate, kind.conflict]).toEqual([0, 0, 0, 0]);
        expect(applyImport(raw, packet, { now: LATER }).packetId).toBeNull();
        expect(dataDump(raw)).toEqual(after);

        if (result.packetId !== null) {
          undoLastImport(raw, LATER);
          expect(dataDump(raw)).toEqual(before);
        } else expect(after).toEqual(before);
        app.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
