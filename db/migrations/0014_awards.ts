// From proposal to the award register (issue 9, DOMAIN.md §2.5–2.7, §2.9): the proposals (đề nghị) with
// their nominees and attachments, the council meeting with its votes, the decision, and the sổ khen
// thưởng — one line per recipient of an issued decision, with the số sổ reserved at issue — plus every
// print and every wasted blank. Nothing of a decision's history is ever deleted (Luật 06/2022 Chương VII:
// an award is revoked, not erased): the handlers refuse first, in Vietnamese; the triggers below are the
// last guard against any other writer.
import type { Migration } from './migration.ts';

export const m0014_awards: Migration = {
  version: 14,
  name: 'awards',
  up(db) {
    db.exec(`
      -- unit_id NULL: the secretariat's own proposal. campaign_id NULL: a yearly (thường xuyên) one.
      -- submission_*: the tờ trình the proposal came with ("12/TTr-UBND", its date).
      CREATE TABLE proposals (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        unit_id INTEGER REFERENCES units(id),
        campaign_id INTEGER REFERENCES campaigns(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        submission_number TEXT NOT NULL DEFAULT '',
        submission_date TEXT,
        status TEXT NOT NULL DEFAULT 'du_thao' CHECK (status IN ('du_thao', 'da_trinh')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX proposals_campaign ON proposals(campaign_id);

      -- kind: 'don_vi' a unit, 'tap_the' a named collective inside a unit, 'ca_nhan' a person,
      -- 'ho_gia_dinh' a named household. form_code names the proposed form across its periods.
      CREATE TABLE proposal_nominees (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('don_vi', 'tap_the', 'ca_nhan', 'ho_gia_dinh')),
        unit_id INTEGER REFERENCES units(id),
        person_id INTEGER REFERENCES people(id),
        name TEXT NOT NULL DEFAULT '',
        form_code TEXT NOT NULL CHECK (length(trim(form_code)) > 0),
        achievement TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (
          (kind = 'don_vi' AND unit_id IS NOT NULL AND person_id IS NULL) OR
          (kind = 'tap_the' AND unit_id IS NOT NULL AND person_id IS NULL AND length(trim(name)) > 0) OR
          (kind = 'ca_nhan' AND person_id IS NOT NULL) OR
          (kind = 'ho_gia_dinh' AND person_id IS NULL AND length(trim(name)) > 0)
        )
      );
      CREATE INDEX proposal_nominees_proposal ON proposal_nominees(proposal_id, sort);
      CREATE INDEX proposal_nominees_person ON proposal_nominees(person_id);
      CREATE INDEX proposal_nominees_unit ON proposal_nominees(unit_id);

      -- The báo cáo thành tích and other papers of a proposal; the bytes live in the database's data
      -- folder under stored_name (never the user's file name, which is only shown).
      CREATE TABLE proposal_attachments (
        id INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals(id),
        nominee_id INTEGER REFERENCES proposal_nominees(id),
        file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
        stored_name TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX proposal_attachments_proposal ON proposal_attachments(proposal_id);

      -- threshold_hundredths: the share of the members present that must agree, in hundredths of a
      -- percent (80,00% → 8000), copied from the settings when the meeting is created so a later change
      -- of the setting does not change a past result.
      CREATE TABLE council_meetings (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER REFERENCES campaigns(id),
        meeting_date TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        members_total INTEGER NOT NULL CHECK (members_total > 0),
        members_present INTEGER NOT NULL CHECK (members_present >= 0 AND members_present <= members_total),
        chair TEXT NOT NULL DEFAULT '',
        secretary TEXT NOT NULL DEFAULT '',
        threshold_hundredths INTEGER NOT NULL CHECK (threshold_hundredths BETWEEN 1 AND 10000),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- The proposals a meeting reviews: a vote is only for one of their nominees.
      CREATE TABLE meeting_proposals (
        meeting_id INTEGER NOT NULL REFERENCES council_meetings(id),
        proposal_id INTEGER NOT NULL REFERENCES proposals(id),
        PRIMARY KEY (meeting_id, proposal_id)
      );
      CREATE INDEX meeting_proposals_proposal ON meeting_proposals(proposal_id);
      CREATE TABLE meeting_votes (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES council_meetings(id),
        nominee_id INTEGER NOT NULL REFERENCES proposal_nominees(id),
        agree INTEGER NOT NULL CHECK (agree >= 0),
        UNIQUE (meeting_id, nominee_id)
      );
      CREATE INDEX meeting_votes_nominee ON meeting_votes(nominee_id);
      -- agree ≤ members present spans two tables: a CHECK cannot see the meeting.
      CREATE TRIGGER meeting_votes_agree_insert BEFORE INSERT ON meeting_votes
        WHEN NEW.agree > (SELECT members_present FROM council_meetings WHERE id = NEW.meeting_id)
        BEGIN SELECT RAISE(ABORT, 'meeting_votes: agree above members_present'); END;
      CREATE TRIGGER meeting_votes_agree_update BEFORE UPDATE ON meeting_votes
        WHEN NEW.agree > (SELECT members_present FROM council_meetings WHERE id = NEW.meeting_id)
        BEGIN SELECT RAISE(ABORT, 'meeting_votes: agree above members_present'); END;
      CREATE TRIGGER council_meetings_present_update BEFORE UPDATE OF members_present ON council_meetings
        WHEN EXISTS (SELECT 1 FROM meeting_votes WHERE meeting_id = NEW.id AND agree > NEW.members_present)
        BEGIN SELECT RAISE(ABORT, 'council_meetings: a vote above members_present'); END;

      -- A decision is a dự thảo (editable) until issued; issuing fixes its number in the (issuer, QĐ,
      -- year) sequence and copies what it printed: the issuer's ký hiệu and name, the signer's block
      -- (signer_id has no REFERENCES: the signers list may drop a person later, the issued decision keeps
      -- the block it was signed with). issuer_id NULL: the agency itself. list_order and unit_order (a
      -- JSON list of unit ids; empty: the khối/cụm order) order the danh sách, and so the số sổ given
      -- at issue follow the printed list.
      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER REFERENCES council_meetings(id),
        campaign_id INTEGER REFERENCES campaigns(id),
        form_code TEXT NOT NULL DEFAULT '',
        decision_date TEXT NOT NULL,
        issuer_id INTEGER REFERENCES issuers(id),
        signer_id INTEGER,
        status TEXT NOT NULL DEFAULT 'du_thao' CHECK (status IN ('du_thao', 'da_ban_hanh')),
        year INTEGER,
        number INTEGER CHECK (number IS NULL OR number BETWEEN 1 AND 99999),
        symbol TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        issuer_name TEXT NOT NULL DEFAULT '',
        signer_authority TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        signer_name TEXT NOT NULL DEFAULT '',
        achievement TEXT NOT NULL DEFAULT '',
        money INTEGER NOT NULL DEFAULT 1 CHECK (money IN (0, 1)),
        list_order TEXT NOT NULL DEFAULT 'by_unit' CHECK (list_order IN ('by_unit', 'alphabetical')),
        unit_order TEXT NOT NULL DEFAULT '[]',
        issued_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status = 'du_thao' OR (number IS NOT NULL AND year IS NOT NULL AND symbol <> '' AND signer_name <> '' AND issued_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX decisions_number ON decisions(issuer, year, number) WHERE number IS NOT NULL;
      CREATE INDEX decisions_meeting ON decisions(meeting_id);
      -- The nominees a decision awards, in the order chosen while it is a draft.
      CREATE TABLE decision_lines (
        decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        nominee_id INTEGER NOT NULL REFERENCES proposal_nominees(id),
        sort INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (decision_id, nominee_id)
      );
      CREATE INDEX decision_lines_nominee ON decision_lines(nominee_id);

      -- The sổ khen thưởng. What the line printed is copied here (salutation "Ông"/"Bà"/"Tập thể", name
      -- and its parts for sorting, position, unit), so later edits of people and units leave the register
      -- as it was issued. form_id is the catalogue row in force on the decision's date; amount in đồng.
      -- book_number (số sổ) runs per (book_year, form_code), reserved when the decision is issued.
      CREATE TABLE awards (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        decision_id INTEGER NOT NULL REFERENCES decisions(id),
        nominee_id INTEGER REFERENCES proposal_nominees(id),
        kind TEXT NOT NULL CHECK (kind IN ('don_vi', 'tap_the', 'ca_nhan', 'ho_gia_dinh')),
        unit_id INTEGER REFERENCES units(id),
        person_id INTEGER REFERENCES people(id),
        salutation TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        family_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        unit_name TEXT NOT NULL DEFAULT '',
        achievement TEXT NOT NULL DEFAULT '',
        form_id INTEGER NOT NULL REFERENCES award_forms(id),
        form_code TEXT NOT NULL,
        form_name TEXT NOT NULL,
        multiplier_milli INTEGER NOT NULL DEFAULT 0 CHECK (multiplier_milli >= 0),
        base_salary INTEGER NOT NULL DEFAULT 0 CHECK (base_salary >= 0),
        amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
        book_year INTEGER NOT NULL,
        book_number INTEGER NOT NULL CHECK (book_number > 0),
        sort INTEGER NOT NULL DEFAULT 0,
        revoked_at TEXT,
        revoked_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (book_year, form_code, book_number),
        CHECK (revoked_at IS NULL OR length(trim(revoked_reason)) > 0)
      );
      CREATE INDEX awards_decision ON awards(decision_id, sort);
      CREATE INDEX awards_nominee ON awards(nominee_id);
      CREATE INDEX awards_person ON awards(person_id);

      -- Each print or reprint of a line; paper 'giay_trang' (the full design) or 'phoi' (a blank).
      CREATE TABLE award_prints (
        id INTEGER PRIMARY KEY,
        award_id INTEGER NOT NULL REFERENCES awards(id),
        printed_at TEXT NOT NULL,
        template TEXT NOT NULL DEFAULT '',
        printer TEXT NOT NULL DEFAULT '',
        paper TEXT NOT NULL CHECK (paper IN ('giay_trang', 'phoi')),
        reprint INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1))
      );
      CREATE INDEX award_prints_award ON award_prints(award_id);
      -- A wasted blank (phôi hỏng): blanks are counted stock, so each one is accounted for.
      CREATE TABLE spoiled_blanks (
        id INTEGER PRIMARY KEY,
        award_id INTEGER REFERENCES awards(id),
        spoiled_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        count INTEGER NOT NULL CHECK (count > 0)
      );

      CREATE TRIGGER awards_no_delete BEFORE DELETE ON awards
        BEGIN SELECT RAISE(ABORT, 'awards: the register is never deleted'); END;
      -- A line changes once, when revoked: only revoked_at and revoked_reason, and only from not revoked.
      CREATE TRIGGER awards_only_revoke BEFORE UPDATE ON awards
        WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
          OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid OR NEW.decision_id IS NOT OLD.decision_id
          OR NEW.nominee_id IS NOT OLD.nominee_id OR NEW.kind IS NOT OLD.kind OR NEW.unit_id IS NOT OLD.unit_id
          OR NEW.person_id IS NOT OLD.person_id OR NEW.salutation IS NOT OLD.salutation OR NEW.name IS NOT OLD.name
          OR NEW.family_name IS NOT OLD.family_name OR NEW.middle_name IS NOT OLD.middle_name
          OR NEW.given_name IS NOT OLD.given_name OR NEW.position IS NOT OLD.position OR NEW.unit_name IS NOT OLD.unit_name
          OR NEW.achievement IS NOT OLD.achievement OR NEW.form_id IS NOT OLD.form_id OR NEW.form_code IS NOT OLD.form_code
          OR NEW.form_name IS NOT OLD.form_name OR NEW.multiplier_milli IS NOT OLD.multiplier_milli
          OR NEW.base_salary IS NOT OLD.base_salary OR NEW.amount IS NOT OLD.amount OR NEW.book_year IS NOT OLD.book_year
          OR NEW.book_number IS NOT OLD.book_number OR NEW.sort IS NOT OLD.sort OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'awards: only a revocation may change a line'); END;
      CREATE TRIGGER award_prints_no_delete BEFORE DELETE ON award_prints
        BEGIN SELECT RAISE(ABORT, 'award_prints: the print log is never deleted'); END;
      CREATE TRIGGER award_prints_no_update BEFORE UPDATE ON award_prints
        BEGIN SELECT RAISE(ABORT, 'award_prints: the print log is never changed'); END;
      CREATE TRIGGER spoiled_blanks_no_delete BEFORE DELETE ON spoiled_blanks
        BEGIN SELECT RAISE(ABORT, 'spoiled_blanks: the log is never deleted'); END;
      CREATE TRIGGER spoiled_blanks_no_update BEFORE UPDATE ON spoiled_blanks
        BEGIN SELECT RAISE(ABORT, 'spoiled_blanks: the log is never changed'); END;
      CREATE TRIGGER decisions_issued_no_delete BEFORE DELETE ON decisions WHEN OLD.status = 'da_ban_hanh'
        BEGIN SELECT RAISE(ABORT, 'decisions: an issued decision is never deleted'); END;
      CREATE TRIGGER decisions_issued_no_update BEFORE UPDATE ON decisions WHEN OLD.status = 'da_ban_hanh'
        BEGIN SELECT RAISE(ABORT, 'decisions: an issued decision is never changed'); END;
      CREATE TRIGGER decision_lines_issued_insert BEFORE INSERT ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) = 'da_ban_hanh'
        BEGIN SELECT RAISE(ABORT, 'decision_lines: the decision is issued'); END;
      CREATE TRIGGER decision_lines_issued_update BEFORE UPDATE ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) = 'da_ban_hanh'
        BEGIN SELECT RAISE(ABORT, 'decision_lines: the decision is issued'); END;
      CREATE TRIGGER decision_lines_issued_delete BEFORE DELETE ON decision_lines
        WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) = 'da_ban_hanh'
        BEGIN SELECT RAISE(ABORT, 'decision_lines: the decision is issued'); END;
    `);
  },
};
