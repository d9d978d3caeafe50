// What a unit's `proposal` packet carries, read from its database: the unit's own proposals of the
// campaign (never one of another unit or the secretariat's own), their nominees, the people those name
// with the fields the secretariat's danh sách needs, and each paper's bytes from the data folder,
// checked against the sha256 recorded when it was attached. Lists are ordered by uuid, papers named by
// their sha256, so the same data gives the same packet on any PC.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { NomineeKind, PeopleTable, ProposalsTable } from '../../../db/schema.ts';
import { UserError } from '../../api/envelope.ts';
import type { StaffClass } from '../../api/labels.ts';
import { attachmentFolder } from '../../awards/attachments.ts';
import { codeKey } from '../../org/rules.ts';
import { ATTACHMENTS_FOLDER, type PersonRecord, type ProposalRecord } from './format.ts';
import type { PacketFile } from './write.ts';

export interface ProposalPacketData {
  people: PersonRecord[];
  proposals: ProposalRecord[];
  files: PacketFile[];
}

type ProposalSqlRow = Pick<Selectable<ProposalsTable>, 'id' | 'uuid' | 'year' | 'submission_number' | 'submission_date' | 'status' | 'note' | 'updated_at'>;

interface NomineeSqlRow {
  proposal_id: number;
  uuid: string;
  kind: NomineeKind;
  unit_code: string | null;
  person_id: number | null;
  person_uuid: string | null;
  name: string;
  form_code: string;
  achievement: string;
  sort: number;
  updated_at: string;
}

/** A people row as it travels: the table's own columns, its unit by code. */
type PersonSqlRow = Pick<
  Selectable<PeopleTable>,
  'id' | 'uuid' | 'full_name' | 'given_name' | 'given_manual' | 'gender' | 'birth_year' | 'position' | 'staff_class' | 'updated_at'
> & { unit_code: string | null };

interface AttachmentSqlRow {
  proposal_id: number;
  nominee_uuid: string | null;
  file_name: string;
  stored_name: string;
  sha256: string;
  bytes: number;
  created_at: string;
}

/** `unit`'s proposals of the campaign with everything they name; refused when there is none to send. */
export function collectProposals(raw: BetterSqlite3.Database, dataDir: string, campaignId: number, unit: { id: number; code: string }): ProposalPacketData {
  const proposals = raw
    .prepare<[number, number], ProposalSqlRow>(
      `SELECT id, uuid, year, submission_number, submission_date, status, note, updated_at FROM proposals
        WHERE campaign_id = ? AND unit_id = ? ORDER BY uuid`,
    )
    .all(campaignId, unit.id);
  if (proposals.length === 0) {
    throw new UserError(`Đơn vị ${unit.code} chưa có đề nghị khen thưởng nào trong đợt thi đua này: không có gì để gửi.`);
  }
  const ids = JSON.stringify(proposals.map((p) => p.id));
  const nominees = raw
    .prepare<[string], NomineeSqlRow>(
      `SELECT n.proposal_id, n.uuid, n.kind, u.code AS unit_code, n.person_id, p.uuid AS person_uuid, n.name, n.form_code, n.achievement, n.sort, n.updated_at
         FROM proposal_nominees n LEFT JOIN units u ON u.id = n.unit_id LEFT JOIN people p ON p.id = n.person_id
        WHERE n.proposal_id IN (SELECT value FROM json_each(?)) ORDER BY n.sort, n.uuid`,
    )
    .all(ids);
  const people = raw
    .prepare<[string], PersonSqlRow>(
      `SELECT p.id, p.uuid, p.full_name, p.given_name, p.given_manual, p.gender, p.birth_year, p.position, u.code AS unit_code, p.staff_class, p.updated_at
         FROM people p LEFT JOIN units u ON u.id = p.unit_id
        WHERE p.id IN (SELECT person_id FROM proposal_nominees WHERE proposal_id IN (SELECT value FROM json_each(?))) ORDER BY p.uuid`,
    )
    .all(ids);
  const attachments = raw
    .prepare<[string], AttachmentSqlRow>(
      `SELECT a.proposal_id, n.uuid AS nominee_uuid, a.file_name, a.stored_name, a.sha256, a.bytes, a.created_at
         FROM proposal_attachments a LEFT JOIN proposal_nominees n ON n.id = a.nominee_id
        WHERE a.proposal_id IN (SELECT value FROM json_each(?)) ORDER BY a.sha256, a.file_name, a.id`,
    )
    .all(ids);

  const own = codeKey(unit.code);
  // A unit proposes its own people and collectives: anything else would be refused by the secretariat.
  const foreign = [...nominees.map((n) => n.unit_code), ...people.map((p) => p.unit_code)].find((c) => c !== null && codeKey(c) !== own);
  if (foreign) {
    throw new UserError(`Đề nghị khen thưởng của đơn vị ${unit.code} có người, tập thể của đơn vị ${foreign}: một đơn vị chỉ gửi đề nghị cho chính mình. Hãy sửa đề nghị rồi xuất lại.`);
  }

  const folder = attachmentFolder(dataDir);
  const files = new Map<string, PacketFile>();
  const pathOf = (a: AttachmentSqlRow) => {
    const path = `${ATTACHMENTS_FOLDER}${a.sha256}${extname(a.stored_name).toLowerCase()}`;
    if (!files.has(path)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(folder, a.stored_name));
      } catch {
        throw new UserError(`Không đọc được tệp đính kèm "${a.file_name}" trong thư mục dữ liệu: tệp đã bị xóa hoặc di chuyển. Khôi phục từ bản sao lưu rồi xuất lại.`);
      }
      if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
        throw new UserError(`Tệp đính kèm "${a.file_name}" trong thư mục dữ liệu đã bị thay đổi, không còn là tệp đã đính kèm. Khôi phục từ bản sao lưu rồi xuất lại.`);
      }
      files.set(path, { path, bytes });
    }
    return path;
  };

  return {
    people: people.map((p) => ({
      uuid: p.uuid,
      fullName: p.full_name,
      givenName: p.given_manual === 1 ? p.given_name : null,
      gender: p.gender,
      birthYear: p.birth_year,
      position: p.position,
      unitCode: p.unit_code,
      staffClass: (p.staff_class || null) as StaffClass | null,
      updatedAt: p.updated_at,
    })),
    proposals: proposals.map((p) => ({
      uuid: p.uuid,
      unitCode: unit.code,
      year: p.year,
      submissionNumber: p.submission_number,
      submissionDate: p.submission_date,
      status: p.status,
      note: p.note,
      nominees: nominees
        .filter((n) => n.proposal_id === p.id)
        .map((n) => ({
          uuid: n.uuid,
          kind: n.kind,
          unitCode: n.unit_code,
          personUuid: n.person_uuid,
          name: n.name,
          formCode: n.form_code,
          achievement: n.achievement,
          sort: n.sort,
          updatedAt: n.updated_at,
        })),
      attachments: attachments
        .filter((a) => a.proposal_id === p.id)
        .map((a) => ({ path: pathOf(a), fileName: a.file_name, sha256: a.sha256, bytes: a.bytes, nomineeUuid: a.nominee_uuid, createdAt: a.created_at })),
      updatedAt: p.updated_at,
    })),
    files: [...files.values()],
  };
}
