// The Kysely interface (db/schema.ts) is what the code compiles against; this proves it matches the
// tables a migrated database really has, column for column.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open.ts';
import type { Database } from '../../../db/schema.ts';

// `Record<keyof …, true>` makes the compiler reject a missing or extra column name here.
const declared: { [T in keyof Database]: Record<keyof Database[T], true> } = {
  agency: { id: true, parent_body: true, name: true, locality: true, abbreviation: true, authority_level: true, updated_at: true },
  settings: { key: true, value: true },
  units: { id: true, uuid: true, code: true, name: true, short_name: true, kind: true, parent_id: true, active: true, search: true, created_at: true, updated_at: true },
  groups: { id: true, uuid: true, code: true, kind: true, name: true, active: true, search: true, created_at: true, updated_at: true },
  group_members: { id: true, uuid: true, group_id: true, unit_id: true, role: true, valid_from: true, valid_to: true, updated_at: true },
  campaigns: { id: true, uuid: true, name: true, form: true, theme: true, start_date: true, end_date: true, plan_number: true, plan_date: true, plan_issuer: true, upper_plan: true, status: true, search: true, created_at: true, updated_at: true },
  campaign_phases: { id: true, campaign_id: true, seq: true, name: true, start_date: true, end_date: true },
  campaign_milestones: { id: true, campaign_id: true, kind: true, date: true, label: true },
  campaign_fields: { id: true, campaign_id: true, seq: true, name: true },
  registrations: { id: true, uuid: true, campaign_id: true, unit_id: true, registered_on: true, updated_at: true },
  unit_reports: { id: true, uuid: true, campaign_id: true, unit_id: true, report_date: true, content: true, source: true, created_at: true, updated_at: true },
  works: { id: true, uuid: true, campaign_id: true, unit_id: true, title: true, title_key: true, field: true, level: true, target: true, due_date: true, owner: true, status: true, registered_on: true, completed_on: true, cancelled_on: true, evidence: true, carried_from: true, search: true, created_at: true, updated_at: true, featured: true },
  work_updates: { id: true, work_id: true, date: true, status: true, note: true, source: true, created_at: true },
  audit_log: { id: true, at: true, action: true, entity: true, entity_id: true, detail: true },
  doc_counters: { issuer: true, doc_type: true, year: true, last_number: true, updated_at: true },
  issued_documents: { id: true, uuid: true, campaign_id: true, kind: true, stage: true, status: true, issued_at: true, version: true, supersedes: true, request_json: true, issuer: true, doc_type: true, year: true, number: true, symbol: true, doc_date: true, as_of: true, summary: true, file_name: true, file_hash: true, bytes: true, search: true, created_at: true, updated_at: true, subject_type: true, subject_id: true },
  document_sections: { campaign_id: true, kind: true, key: true, text: true, updated_at: true, subject_type: true, subject_id: true },
  legal_bases: { id: true, text: true, valid_from: true, valid_to: true, kinds: true, sort: true, created_at: true, updated_at: true },
  offices: { id: true, name: true, duty: true, sort: true, active: true, created_at: true, updated_at: true },
  signers: { id: true, authority: true, title: true, name: true, sort: true, updated_at: true },
  issuers: { id: true, name: true, parent_body: true, abbreviation: true, sort: true, updated_at: true },
  signer_defaults: { issuer_id: true, kind: true, signer_id: true },
  recipients: { id: true, name: true, abbreviation: true, sort: true, updated_at: true },
  recipient_kinds: { recipient_id: true, kind: true },
  holidays: { id: true, date: true, name: true, updated_at: true },
  people: { id: true, uuid: true, full_name: true, family_name: true, middle_name: true, given_name: true, given_manual: true, gender: true, birth_year: true, position: true, unit_id: true, staff_class: true, search: true, created_at: true, updated_at: true },
  award_forms: { id: true, code: true, name: true, category: true, recipient: true, awarded_by: true, multiplier_milli: true, certificate_title: true, legal_basis: true, valid_from: true, valid_to: true, sort: true, created_at: true, updated_at: true },
  base_salaries: { id: true, valid_from: true, amount: true, legal_basis: true, created_at: true, updated_at: true },
  proposals: { id: true, uuid: true, unit_id: true, campaign_id: true, year: true, submission_number: true, submission_date: true, status: true, note: true, created_at: true, updated_at: true },
  proposal_nominees: { id: true, uuid: true, proposal_id: true, kind: true, unit_id: true, person_id: true, name: true, form_code: true, achievement: true, sort: true, created_at: true, updated_at: true },
  proposal_attachments: { id: true, proposal_id: true, nominee_id: true, file_name: true, stored_name: true, sha256: true, bytes: true, created_at: true },
  council_meetings: { id: true, uuid: true, campaign_id: true, meeting_date: true, place: true, members_total: true, members_present: true, chair: true, secretary: true, threshold_hundredths: true, note: true, created_at: true, updated_at: true },
  meeting_proposals: { meeting_id: true, proposal_id: true },
  meeting_votes: { id: true, meeting_id: true, nominee_id: true, agree: true },
  decisions: { id: true, uuid: true, meeting_id: true, campaign_id: true, form_code: true, decision_date: true, issuer_id: true, signer_id: true, status: true, year: true, number: true, symbol: true, issuer: true, issuer_name: true, issuer_parent_body: true, signer_authority: true, signer_title: true, signer_name: true, achievement: true, money: true, list_order: true, unit_order: true, issued_at: true, created_at: true, updated_at: true },
  decision_lines: { decision_id: true, nominee_id: true, sort: true },
  awards: { id: true, uuid: true, decision_id: true, nominee_id: true, kind: true, unit_id: true, person_id: true, salutation: true, name: true, family_name: true, middle_name: true, given_name: true, position: true, unit_name: true, achievement: true, form_id: true, form_code: true, form_name: true, multiplier_milli: true, base_salary: true, amount: true, book_year: true, book_number: true, sort: true, revoked_at: true, revoked_reason: true, created_at: true },
  award_prints: { id: true, award_id: true, printed_at: true, template: true, printer: true, paper: true, reprint: true },
  spoiled_blanks: { id: true, award_id: true, spoiled_at: true, reason: true, count: true },
  certificate_templates: { id: true, name: true, kind: true, title: true, width_mm: true, height_mm: true, fields: true, is_default: true, created_at: true, updated_at: true },
  printer_calibrations: { id: true, printer: true, tray: true, offset_x_mm: true, offset_y_mm: true, scale: true, created_at: true, updated_at: true },
  packets: { id: true, direction: true, source_kind: true, what: true, sender_code: true, sender_name: true, file_name: true, sha256: true, packet_uuid: true, sequence: true, campaign_uuid: true, at: true, counts: true, changes: true, undone_at: true },
  import_batches: { id: true, packet_id: true, at: true, before: true, max_ids: true, undone_at: true },
  row_versions: { entity: true, uuid: true, updated_at: true, fields: true, batch_id: true },
  certificate_backgrounds: { template_id: true, mime: true, image: true, created_at: true, updated_at: true },
};

describe('db/schema.ts against the live schema', () => {
  it('declares exactly the columns each table has', async () => {
    const conn = openDatabase(':memory:');
    const live = await conn.db.introspection.getTables();
    for (const [table, columns] of Object.entries(declared)) {
      const t = live.find((x) => x.name === table);
      expect(t, `table ${table}`).toBeDefined();
      expect(t!.columns.map((c) => c.name).sort(), `columns of ${table}`).toEqual(Object.keys(columns).sort());
    }
    conn.close();
  });
});
