// Rows written straight through prepared statements on the raw handle, inside the caller's transaction
// (DESIGN §6: about twice as fast as Kysely batches), for the demo database and the benchmark fixture.
// Every derived column is filled the way core fills it (search = searchText(...), title_key =
// fold(title)), so the queries that read these rows see what they would see over rows the app wrote.
import type BetterSqlite3 from 'better-sqlite3';
import type { MemberRole } from '../../db/schema.ts';
import { documentKind } from '../api/contract.ts';
import type { Agency, CampaignDetail, WorkRow } from '../api/types.ts';
import { searchText } from '../search.ts';
import { fold } from '../text/fold.ts';
import { personName } from '../people/rules.ts';
import type { DemoPerson } from './people.ts';
import type { DemoGroup, DemoUnit, demoSigners } from './thu-duc.ts';

type NewWork = Pick<WorkRow, 'campaignId' | 'unitId' | 'title' | 'field' | 'level' | 'target' | 'dueDate' | 'owner' | 'status' | 'registeredOn' | 'completedOn'> & {
  cancelledOn: string | null;
};

/** `stamp` is every row's created/updated time; `uuid` is seeded where the rows must come out the same. */
export function rowWriter(raw: BetterSqlite3.Database, stamp: string, uuid: () => string) {
  const agency = raw.prepare(
    `INSERT INTO agency (id, parent_body, name, locality, abbreviation, updated_at)
     VALUES (1, @parentBody, @name, @locality, @abbreviation, @at)
     ON CONFLICT(id) DO NOTHING`,
  );
  const unit = raw.prepare(
    `INSERT INTO units (uuid, code, name, short_name, kind, parent_id, active, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?)`,
  );
  const group = raw.prepare(
    'INSERT INTO groups (uuid, code, kind, name, active, search, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)',
  );
  const member = raw.prepare(
    'INSERT INTO group_members (uuid, group_id, unit_id, role, valid_from, valid_to, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const campaign = raw.prepare(
    `INSERT INTO campaigns (uuid, name, form, theme, start_date, end_date, plan_number, plan_date, plan_issuer, status, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'dang_dien_ra', ?, ?, ?)`,
  );
  const phase = raw.prepare('INSERT INTO campaign_phases (campaign_id, seq, name, start_date, end_date) VALUES (?, ?, ?, ?, ?)');
  const milestone = raw.prepare('INSERT INTO campaign_milestones (campaign_id, kind, date, label) VALUES (?, ?, ?, ?)');
  const field = raw.prepare('INSERT INTO campaign_fields (campaign_id, seq, name) VALUES (?, ?, ?)');
  const registration = raw.prepare(
    'INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const report = raw.prepare(
    `INSERT INTO unit_reports (uuid, campaign_id, unit_id, report_date, content, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'Văn bản giấy', ?, ?)`,
  );
  const work = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status,
       registered_on, completed_on, cancelled_on, evidence, carried_from, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL, ?, ?, ?)`,
  );
  const person = raw.prepare(
    `INSERT INTO people (uuid, full_name, family_name, middle_name, given_name, given_manual, gender, birth_year, position,
       unit_id, staff_class, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const id = (result: BetterSqlite3.RunResult) => Number(result.lastInsertRowid);

  return {
    /** An agency profile the user saved before loading the demo is kept. */
    agency(a: Agency): void {
      agency.run({ ...a, at: stamp });
    },
    /**
     * The demo's signers and the Hội đồng's header, unless the user already has signers: then theirs
     * sign the demo documents too. The Hội đồng row comes from migration 0006.
     */
    signers(list: typeof demoSigners, councilParent: string): void {
      if (raw.prepare('SELECT count(*) FROM signers').pluck().get()) return;
      const council = raw.prepare<[], number>("SELECT id FROM issuers WHERE abbreviation = 'HĐTĐKT'").pluck().get();
      const insert = raw.prepare('INSERT INTO signers (authority, title, name, sort, updated_at) VALUES (?, ?, ?, ?, ?)');
      const byDefault = raw.prepare('INSERT OR REPLACE INTO signer_defaults (issuer_id, kind, signer_id) VALUES (?, ?, ?)');
      list.forEach((s, i) => {
        const signerId = id(insert.run(s.authority, s.title, s.name, i + 1, stamp));
        const issuerId = s.defaultFor === 'agency' ? 0 : s.defaultFor === 'hoi_dong' ? council : undefined;
        if (issuerId === undefined) return;
        for (const kind of documentKind.options) byDefault.run(issuerId, kind, signerId);
      });
      if (council !== undefined) raw.prepare("UPDATE issuers SET parent_body = ? WHERE id = ? AND parent_body = ''").run(councilParent, council);
    },
    unit(u: DemoUnit): number {
      return id(unit.run(uuid(), u.code, u.name, u.shortName, u.kind, searchText(u.code, u.name, u.shortName), stamp, stamp));
    },
    group(g: Omit<DemoGroup, 'units'>): number {
      return id(group.run(uuid(), g.code, g.kind, g.name, searchText(g.code, g.name), stamp, stamp));
    },
    member(groupId: number, unitId: number, role: MemberRole, validFrom: string, validTo: string | null): void {
      member.run(uuid(), groupId, unitId, role, validFrom, validTo, stamp);
    },
    campaign(c: Omit<CampaignDetail, 'id' | 'unitIds' | 'upperPlan'>): number {
      const campaignId = id(
        campaign.run(
          uuid(), c.name, c.form, c.theme, c.startDate, c.endDate, c.planNumber, c.planDate, c.planIssuer,
          searchText(c.name, c.planNumber, c.theme), stamp, stamp,
        ),
      );
      for (const [i, p] of c.phases.entries()) phase.run(campaignId, i + 1, p.name, p.startDate, p.endDate);
      for (const m of c.milestones) milestone.run(campaignId, m.kind, m.date, m.label);
      for (const [i, f] of c.fields.entries()) field.run(campaignId, i + 1, f);
      return campaignId;
    },
    registration(campaignId: number, unitId: number, on: string): void {
      registration.run(uuid(), campaignId, unitId, on, stamp);
    },
    report(campaignId: number, unitId: number, date: string, content: string): void {
      report.run(uuid(), campaignId, unitId, date, content, stamp, stamp);
    },
    /** The name split by the rule people.create applies; a name it refuses is a bug of the demo's list. */
    person(p: DemoPerson, unitId: number): number {
      const name = personName(p.fullName, p.givenName);
      if (!name.ok) throw new Error(`demo person ${p.fullName}: ${name.message}`);
      const { ho, tenDem, ten } = name.parts;
      return id(
        person.run(
          uuid(), name.fullName, ho, tenDem, ten, name.givenManual ? 1 : 0, p.gender, p.birthYear, p.position, unitId,
          p.staffClass, searchText(name.fullName, p.position), stamp, stamp,
        ),
      );
    },
    work(w: NewWork): number {
      return id(
        work.run(
          uuid(), w.campaignId, w.unitId, w.title, fold(w.title), w.field, w.level, w.target, w.dueDate, w.owner, w.status,
          w.registeredOn, w.completedOn, w.cancelledOn, searchText(w.title, w.field, w.owner), stamp, stamp,
        ),
      );
    },
  };
}
