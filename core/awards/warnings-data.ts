// The warnings of a proposal (warnings.ts) from what the database holds now: the other proposals of its
// campaign, the register lines of that campaign, the forms in force on its day, the agency's authority.
import type BetterSqlite3 from 'better-sqlite3';
import { authorityLevel, type NomineeRecord, nomineeLabel, nomineesOf, type ProposalSql, proposalName } from './records.ts';
import { formsOn } from './stand-ins.ts';
import { type NomineeFacts, proposalWarnings } from './warnings.ts';

const facts = (n: NomineeRecord): NomineeFacts => ({ ...n, label: nomineeLabel(n) });

export function warningsOf(raw: BetterSqlite3.Database, p: ProposalSql, nominees: NomineeRecord[], day: string) {
  const others =
    p.campaign_id === null
      ? []
      : raw.prepare<[number, number], ProposalSql>('SELECT * FROM proposals WHERE campaign_id = ? AND id != ?').all(p.campaign_id, p.id);
  const names = new Map(others.map((o) => [o.id, proposalName(raw, o).replace(/^Đề nghị/u, 'đề nghị')]));
  const otherNominees = nomineesOf(raw, others.map((o) => o.id)).map((n) => ({ ...facts(n), where: names.get(n.proposalId) ?? '' }));
  const awarded =
    p.campaign_id === null
      ? []
      : raw
          .prepare<[number], { kind: NomineeFacts['kind']; unit_id: number | null; person_id: number | null; name: string; form_code: string; number: number; symbol: string }>(
              `SELECT a.kind, a.unit_id, a.person_id, a.name, a.form_code, d.number, d.symbol
                 FROM awards a JOIN decisions d ON d.id = a.decision_id
                WHERE d.campaign_id = ? AND a.revoked_at IS NULL`,
            )
            .all(p.campaign_id)
            .map((a) => ({
              kind: a.kind,
              unitId: a.unit_id,
              personId: a.person_id,
              // A collective's register line carries its own name; a unit's, the unit's.
              name: a.name,
              formCode: a.form_code,
              decision: `Quyết định số ${String(a.number).padStart(2, '0')}/${a.symbol}`,
            }));
  return proposalWarnings({
    nominees: nominees.map(facts),
    otherNominees,
    forms: formsOn(raw, day).map((f) => ({ code: f.code, name: f.name, recipient: f.recipient, awardedBy: f.awarded_by })),
    authorityLevel: authorityLevel(raw),
    awarded,
  });
}

