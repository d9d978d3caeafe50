// Unit codes that differ only by case (CQ014, cq014) name the same unit to anyone reading a list or a
// packet, so the database refuses a second one: a unique index on code without case (issue 8).
//
// A file may already hold such twins, entered before this rule. Nothing is renamed or merged (that is
// the user's call, and the codes travel in packets and documents): the first unit of each twin set is
// in the index, its later twins are left out of it by id, and each is written to the audit log as
// "duplicate_code" so the lead and support can find them. The app's own rule (core/org/rules.ts,
// which also folds non-ASCII letters SQLite's NOCASE does not) still lets a twin keep its code when it
// is edited, and refuses every new one.
import type { Migration } from './migration.ts';

export const m0010_unique_rules: Migration = {
  version: 10,
  name: 'unique_rules',
  up(db) {
    const twins = db
      .prepare<[], { id: number; code: string; first_id: number }>(
        `SELECT u.id, u.code, (SELECT min(o.id) FROM units o WHERE o.code = u.code COLLATE NOCASE) AS first_id
           FROM units u
          WHERE EXISTS (SELECT 1 FROM units o WHERE o.code = u.code COLLATE NOCASE AND o.id < u.id)
          ORDER BY u.id`,
      )
      .all();
    // Ids are integers read from the table itself, so writing them into the index's WHERE is safe;
    // SQLite allows no bound parameter there.
    const where = twins.length ? ` WHERE id NOT IN (${twins.map((t) => Number(t.id)).join(', ')})` : '';
    db.exec(`CREATE UNIQUE INDEX units_code_nocase ON units(code COLLATE NOCASE)${where}`);
    const note = db.prepare(
      "INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'duplicate_code', 'unit', ?, ?)",
    );
    const at = new Date().toISOString();
    for (const t of twins) note.run(at, t.id, JSON.stringify({ code: t.code, sameAs: t.first_id, migration: 10 }));
  },
};
