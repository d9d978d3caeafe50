// A unit's proposals in the one classification (plan.ts): each proposal, its nominees, the people they
// name and its papers are matched by uuid, merged field by field against what we last received from
// that unit, and turned into preview rows and writes. Two rules of their own:
// - a proposal is all or nothing: one nominee with an unknown form or a broken person refuses the
//   proposal (a list of 11 where the unit sent 12 would mislead the council);
// - a proposal the secretariat has already taken up (a meeting, a vote, a decision, the register)
//   cannot be changed by a packet: the preview says so and nothing of it is written. Sent again
//   unchanged, it is simply "unchanged".
// A nominee or paper the unit no longer lists is kept (a note says so): nothing is deleted by an import.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { Gender, NomineeKind, PeopleTable, ProposalStatus, ProposalsTable } from '../../../db/schema.ts';
import type { ImportKind } from '../../api/types.ts';
import { genderLabel, nomineeKindLabel, proposalStatusLabel, type StaffClass, staffClassLabel } from '../../api/labels.ts';
import { cleanFileName } from '../../awards/attachments.ts';
import { codeKey } from '../../org/rules.ts';
import { birthYearProblem, personName } from '../../people/rules.ts';
import { searchText } from '../../search.ts';
import { formatDateShort } from '../../text/dates.ts';
import type { AttachmentInput, NomineeInput, PersonInput, ProposalInput, SourcePlace } from '../inputs.ts';
import type { Base, Fields } from './merge.ts';
import type { Planner } from './plan.ts';

/** What an import writes into a people row: every column but the row's identity and time stamps. */
export type PersonColumns = Omit<Selectable<PeopleTable>, 'id' | 'uuid' | 'created_at' | 'updated_at'>;

/** A proposal an import writes always has its unit and campaign: the packet's sender and campaign. */
export type ProposalColumns = Omit<Selectable<ProposalsTable>, 'id' | 'uuid' | 'created_at' | 'updated_at' | 'unit_id' | 'campaign_id'> & {
  unit_id: number;
  campaign_id: number;
};

export interface NomineeColumns {
  kind: NomineeKind;
  unit_id: number | null;
  name: string;
  form_code: string;
  achievement: string;
  sort: number;
}

/** The writes of a proposal packet; rows not yet inserted are named by uuid until apply gives them ids. */
export type ProposalWrite =
  | { t: 'person_insert'; key: string; uuid: string; columns: PersonColumns; after: Fields }
  | { t: 'person_update'; key: string; id: number; uuid: string; columns: PersonColumns; take: Fields; after: Fields }
  | { t: 'proposal_insert'; key: string; uuid: string; columns: ProposalColumns; after: Fields }
  | { t: 'proposal_update'; key: string; id: number; uuid: string; columns: ProposalColumns; take: Fields; after: Fields }
  | { t: 'nominee_insert'; key: string; uuid: string; proposalUuid: string; personUuid: string | null; columns: NomineeColumns; after: Fields }
  | { t: 'nominee_update'; key: string; id: number; uuid: string; personUuid: string | null; columns: NomineeColumns; take: Fields; after: Fields }
  | { t: 'attachment_insert'; key: string; uuid: string; proposalUuid: string; nomineeUuid: string | null; fileName: string; a: AttachmentInput };

export const PROPOSAL_WRITES: ReadonlySet<string> = new Set([
  'person_insert', 'person_update', 'proposal_insert', 'proposal_update', 'nominee_insert', 'nominee_update', 'attachment_insert',
]);

const LABELS = {
  people: {
    fullName: 'Họ và tên', givenName: 'Tên (đặt tay)', gender: 'Giới tính', birthYear: 'Năm sinh', position: 'Chức vụ', unitCode: 'Đơn vị',
    staffClass: 'Đối tượng',
  },
  proposals: { year: 'Năm', submissionNumber: 'Số tờ trình', submissionDate: 'Ngày tờ trình', status: 'Tình trạng', note: 'Ghi chú' },
  nominees: {
    kind: 'Loại', unitCode: 'Đơn vị', person: 'Cá nhân', name: 'Tên tập thể, hộ gia đình', formCode: 'Hình thức khen thưởng',
    achievement: 'Thành tích', sort: 'Thứ tự',
  },
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/u;

function show(field: string, value: string): string {
  if (value === '') return '';
  if (field === 'gender') return genderLabel[value as Gender] ?? value;
  if (field === 'staffClass') return staffClassLabel[value as StaffClass] ?? value;
  if (field === 'status') return proposalStatusLabel[value as ProposalStatus] ?? value;
  if (field === 'kind') return nomineeKindLabel[value as NomineeKind] ?? value;
  if (isoDay.test(value)) return formatDateShort(value);
  return value;
}

const words = (kind: keyof typeof LABELS) => ({ labels: LABELS[kind], show });

const personInputFields = (x: PersonInput): Fields => ({
  fullName: x.fullName, givenName: x.givenName ?? '', gender: x.gender ?? '', birthYear: x.birthYear === null ? '' : String(x.birthYear),
  position: x.position, unitCode: x.unitCode ?? '', staffClass: x.staffClass ?? '',
});
const proposalInputFields = (x: ProposalInput): Fields => ({
  year: String(x.year), submissionNumber: x.submissionNumber, submissionDate: x.submissionDate ?? '', status: x.status, note: x.note,
});
const nomineeInputFields = (x: NomineeInput): Fields => ({
  kind: x.kind, unitCode: x.unitCode ?? '', person: x.personUuid ?? '', name: x.name, formCode: x.formCode, achievement: x.achievement, sort: String(x.sort),
});

/** A people row as the import reads it, with its unit's code: the table's own columns. */
type PersonDb = Pick<
  Selectable<PeopleTable>,
  'id' | 'uuid' | 'full_name' | 'given_name' | 'given_manual' | 'gender' | 'birth_year' | 'position' | 'unit_id' | 'staff_class' | 'updated_at'
> & { unit_code: string | null };

type ProposalDb = Pick<
  Selectable<ProposalsTable>,
  'id' | 'uuid' | 'unit_id' | 'campaign_id' | 'year' | 'submission_number' | 'submission_date' | 'status' | 'note' | 'updated_at'
>;

interface NomineeDb {
  id: number;
  uuid: string;
  proposal_id: number;
  kind: NomineeKind;
  unit_code: string | null;
  person_uuid: string | null;
  name: string;
  form_code: string;
  achievement: string;
  sort: number;
  updated_at: string;
}

const personFields = (x: PersonDb): Fields => ({
  fullName: x.full_name, givenName: x.given_manual === 1 ? x.given_name : '', gender: x.gender ?? '', birthYear: x.birth_year === null ? '' : String(x.birth_year),
  position: x.position, unitCode: x.unit_code ?? '', staffClass: x.staff_class,
});
const proposalFields = (x: ProposalDb): Fields => ({
  year: String(x.year), submissionNumber: x.submission_number, submissionDate: x.submission_date ?? '', status: x.status, note: x.note,
});
const nomineeFields = (x: NomineeDb): Fields => ({
  kind: x.kind, unitCode: x.unit_code ?? '', person: x.person_uuid ?? '', name: x.name, formCode: x.form_code, achievement: x.achievement, sort: String(x.sort),
});

/** Rows of `table` by uuid, for the uuids the input names. */
function byUuid<T extends { uuid: string }>(raw: BetterSqlite3.Database, sql: string, uuids: string[]): Map<string, T> {
  return new Map(raw.prepare<[string], T>(sql).all(JSON.stringify(uuids)).map((r) => [r.uuid.toLowerCase(), r]));
}

/** Why the secretariat's side holds this proposal fast, or null. */
function takenUp(raw: BetterSqlite3.Database, proposalId: number): string | null {
  const inNominees = 'SELECT id FROM proposal_nominees WHERE proposal_id = ?';
  if (raw.prepare(`SELECT 1 FROM awards WHERE nominee_id IN (${inNominees})`).get(proposalId)) return 'đã vào sổ khen thưởng';
  if (raw.prepare(`SELECT 1 FROM decision_lines WHERE nominee_id IN (${inNominees})`).get(proposalId)) return 'đã có trong quyết định khen thưởng';
  if (raw.prepare(`SELECT 1 FROM meeting_votes WHERE nominee_id IN (${inNominees})`).get(proposalId)) return 'đã được Hội đồng bỏ phiếu';
  const meeting = raw
    .prepare<[number], string>(
      'SELECT m.meeting_date FROM meeting_proposals mp JOIN council_meetings m ON m.id = mp.meeting_id WHERE mp.proposal_id = ? ORDER BY m.meeting_date LIMIT 1',
    )
    .pluck()
    .get(proposalId);
  return meeting ? `đã được đưa vào cuộc họp Hội đồng ngày ${formatDateShort(meeting)}` : null;
}

type Entity = 'people' | 'proposals' | 'nominees';

/**
 * What theirs was edited from. A unit's record carries its own updatedAt, which we never stored; what we
 * do know is the version we last received from that unit (the row_versions an import kept): that is the
 * common ancestor of their next edit and ours.
 */
function baseOf(p: Planner, entity: Entity, uuid: string, ourUpdatedAt: string, theirs: string | undefined): Base {
  const known = p.versions.baseOf(entity, uuid, ourUpdatedAt, theirs);
  if (known.kind !== 'unknown') return known;
  const last = p.raw
    .prepare<[string, string, string], { updated_at: string; fields: string }>(
      `SELECT updated_at, json_extract(fields, '$."' || ? || '"') AS fields FROM row_versions
        WHERE entity = ? AND uuid = '*' AND json_extract(fields, '$."' || ? || '"') IS NOT NULL ORDER BY updated_at DESC LIMIT 1`,
    )
    .get(uuid, entity, uuid);
  if (!last) return known;
  return last.updated_at === ourUpdatedAt ? { kind: 'ours_unchanged' } : { kind: 'known', fields: JSON.parse(last.fields) as Fields };
}

interface Mark {
  rows: number;
  writes: number;
  unresolved: number;
  people: string[];
}

interface Problem {
  kind: ImportKind;
  key: string;
  label: string;
  place: SourcePlace;
  message: string;
}

const where = (place: SourcePlace) => place.record ?? place.file;

/** Plans the proposals (and the people they name); returns the notes for the preview. */
export function planProposals(p: Planner, proposals: readonly ProposalInput[], people: readonly PersonInput[]): string[] {
  const raw = p.raw;
  const notes: string[] = [];
  const sender = p.state.units.byCode.get(codeKey(p.input.source.sender?.code ?? ''));
  const campaign = p.state.campaign;
  if (!sender || !campaign) return notes;
  const forms = new Set(raw.prepare<[], string>('SELECT DISTINCT code FROM award_forms').pluck().all());
  const unitId = (code: string | null) => (code === null ? null : (p.state.units.byCode.get(codeKey(code))?.id ?? null));

  const ourPeople = byUuid<PersonDb>(
    raw,
    `SELECT p.id, p.uuid, p.full_name, p.given_name, p.given_manual, p.gender, p.birth_year, p.position, p.unit_id, u.code AS unit_code, p.staff_class, p.updated_at
       FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.uuid IN (SELECT value FROM json_each(?))`,
    people.map((x) => x.uuid),
  );
  const ourProposals = byUuid<ProposalDb>(
    raw,
    'SELECT id, uuid, unit_id, campaign_id, year, submission_number, submission_date, status, note, updated_at FROM proposals WHERE uuid IN (SELECT value FROM json_each(?))',
    proposals.map((x) => x.uuid),
  );
  const ourNominees = byUuid<NomineeDb>(
    raw,
    `SELECT n.id, n.uuid, n.proposal_id, n.kind, u.code AS unit_code, pe.uuid AS person_uuid, n.name, n.form_code, n.achievement, n.sort, n.updated_at
       FROM proposal_nominees n LEFT JOIN units u ON u.id = n.unit_id LEFT JOIN people pe ON pe.id = n.person_id
      WHERE n.uuid IN (SELECT value FROM json_each(?))`,
    proposals.flatMap((x) => x.nominees.map((n) => n.uuid)),
  );
  const papersOf = raw.prepare<[number], { sha256: string; file_name: string }>('SELECT sha256, file_name FROM proposal_attachments WHERE proposal_id = ?');
  const nomineeUuidsOf = raw.prepare<[number], string>('SELECT uuid FROM proposal_nominees WHERE proposal_id = ?').pluck();

  const personAt = new Map(people.map((x, i) => [x.uuid.toLowerCase(), { x, i }]));
  /** Person uuid → null (planned, fine) or why it cannot be imported. */
  const planned = new Map<string, string | null>();

  const planPerson = (uuid: string, mark: Mark): string | null => {
    const id = uuid.toLowerCase();
    if (planned.has(id)) return planned.get(id)!;
    const { x, i } = personAt.get(id)!;
    const key = `people:${i}`;
    const label = x.birthYear ? `${x.fullName} (${x.birthYear})` : x.fullName;
    const ours = ourPeople.get(id);
    let problem: string | null = null;
    const name = personName(x.fullName, x.givenName);
    if (!name.ok) problem = name.message;
    else problem = birthYearProblem(x.birthYear, new Date(`${p.today}T12:00:00Z`));
    if (!problem && ours && ours.unit_id !== null && ours.unit_id !== sender.id) problem = 'Cá nhân này thuộc đơn vị khác trong dữ liệu của chúng tôi.';
    mark.people.push(id);
    planned.set(id, problem);
    if (problem || !name.ok) {
      p.error('people', key, label, x.place, problem ?? '');
      return problem;
    }
    const columnsOf = (f: Fields): PersonColumns => {
      const n = personName(f.fullName, f.givenName || null);
      const parts = n.ok ? n : name;
      return {
        full_name: parts.fullName, family_name: parts.parts.ho, middle_name: parts.parts.tenDem, given_name: parts.parts.ten,
        given_manual: parts.givenManual ? 1 : 0, gender: (f.gender || null) as Gender | null, birth_year: f.birthYear ? Number(f.birthYear) : null,
        position: f.position, unit_id: unitId(f.unitCode || null), staff_class: f.staffClass, search: searchText(parts.fullName, f.position),
      };
    };
    const theirs = personInputFields({ ...x, fullName: name.fullName });
    if (!ours) {
      p.row('people', key, 'new', label, x.place);
      p.writes.push({ t: 'person_insert', key, uuid: x.uuid, columns: columnsOf(theirs), after: theirs });
      return null;
    }
    const ourFields = personFields(ours);
    const take = p.matched('people', key, label, x.place, 'uuid', ourFields, theirs, baseOf(p, 'people', ours.uuid, ours.updated_at, x.baseUpdatedAt), words('people'));
    if (take) {
      const after = { ...ourFields, ...take };
      p.writes.push({ t: 'person_update', key, id: ours.id, uuid: ours.uuid, columns: columnsOf(after), take, after });
    }
    return null;
  };

  const rollback = (mark: Mark) => {
    for (const r of p.rows.splice(mark.rows)) p.counts[r.kind][r.action]--;
    p.writes.splice(mark.writes);
    p.unresolved = mark.unresolved;
    for (const id of mark.people) planned.delete(id);
  };

  proposals.forEach((x, i) => {
    const key = `proposals:${i}`;
    const label = `${x.unitCode} · ${x.submissionNumber ? `Đề nghị số ${x.submissionNumber}` : `Đề nghị năm ${x.year}`}`;
    const mark: Mark = { rows: p.rows.length, writes: p.writes.length, unresolved: p.unresolved, people: [] };
    const ours = ourProposals.get(x.uuid.toLowerCase());
    if (ours && ours.unit_id !== sender.id) {
      p.error('proposals', key, label, x.place, 'Đề nghị này thuộc đơn vị khác trong dữ liệu của chúng tôi.');
      return;
    }
    if (ours && ours.campaign_id !== campaign.id) {
      p.error('proposals', key, label, x.place, 'Đề nghị này thuộc một đợt thi đua khác trong dữ liệu của chúng tôi.');
      return;
    }
    const columns = (f: Fields): ProposalColumns => ({
      unit_id: sender.id, campaign_id: campaign.id, year: Number(f.year), submission_number: f.submissionNumber,
      submission_date: f.submissionDate || null, status: f.status as ProposalStatus, note: f.note,
    });
    const theirs = proposalInputFields(x);
    if (!ours) {
      p.row('proposals', key, 'new', label, x.place);
      p.writes.push({ t: 'proposal_insert', key, uuid: x.uuid, columns: columns(theirs), after: theirs });
    } else {
      const ourFields = proposalFields(ours);
      const take = p.matched('proposals', key, label, x.place, 'uuid', ourFields, theirs, baseOf(p, 'proposals', ours.uuid, ours.updated_at, x.baseUpdatedAt), words('proposals'));
      if (take) {
        const after = { ...ourFields, ...take };
        p.writes.push({ t: 'proposal_update', key, id: ours.id, uuid: ours.uuid, columns: columns(after), take, after });
      }
    }

    const problems: Problem[] = [];
    for (const [j, n] of x.nominees.entries()) {
      const nkey = `${key}:nominees:${j}`;
      const who = n.kind === 'ca_nhan' ? (personAt.get(n.personUuid?.toLowerCase() ?? '')?.x.fullName ?? '') : n.kind === 'don_vi' ? (n.unitCode ?? '') : n.name;
      const nlabel = `${nomineeKindLabel[n.kind]} ${who} · ${n.formCode}`;
      const problem = (message: string) => problems.push({ kind: 'nominees', key: nkey, label: nlabel, place: n.place, message });
      const ourN = ourNominees.get(n.uuid.toLowerCase());
      const personProblem = n.kind === 'ca_nhan' && n.personUuid ? planPerson(n.personUuid, mark) : null;
      if (!forms.has(n.formCode)) {
        problem(`Hình thức khen thưởng "${n.formCode}" không có trong danh mục khen thưởng.`);
        continue;
      }
      if (personProblem) {
        problem(`Cá nhân "${who}" không nhập được: ${personProblem}`);
        continue;
      }
      if (ourN && ourN.proposal_id !== ours?.id) {
        problem('Người, tập thể này thuộc một đề nghị khác trong dữ liệu của chúng tôi.');
        continue;
      }
      const nColumns = (f: Fields): NomineeColumns => ({
        kind: f.kind as NomineeKind, unit_id: unitId(f.unitCode || null), name: f.name, form_code: f.formCode, achievement: f.achievement, sort: Number(f.sort),
      });
      const nTheirs = nomineeInputFields(n);
      if (!ourN) {
        p.row('nominees', nkey, 'new', nlabel, n.place);
        p.writes.push({ t: 'nominee_insert', key: nkey, uuid: n.uuid, proposalUuid: x.uuid, personUuid: n.personUuid, columns: nColumns(nTheirs), after: nTheirs });
        continue;
      }
      const ourFields = nomineeFields(ourN);
      const take = p.matched('nominees', nkey, nlabel, n.place, 'uuid', ourFields, nTheirs, baseOf(p, 'nominees', ourN.uuid, ourN.updated_at, n.baseUpdatedAt), words('nominees'));
      if (take) {
        const after = { ...ourFields, ...take };
        p.writes.push({ t: 'nominee_update', key: nkey, id: ourN.id, uuid: ourN.uuid, personUuid: after.person || null, columns: nColumns(after), take, after });
      }
    }

    const papers = new Set(ours ? papersOf.all(ours.id).map((a) => `${a.sha256}\u0000${a.file_name}`) : []);
    for (const [j, a] of x.attachments.entries()) {
      const akey = `${key}:attachments:${j}`;
      const fileName = cleanFileName(a.fileName);
      if (!fileName) {
        problems.push({ kind: 'attachments', key: akey, label: a.fileName, place: a.place, message: `Tên tệp "${a.fileName}" không dùng được trên máy này.` });
        continue;
      }
      if (papers.has(`${a.sha256}\u0000${fileName}`)) {
        p.row('attachments', akey, 'unchanged', fileName, a.place, { matchedBy: 'key' });
        continue;
      }
      papers.add(`${a.sha256}\u0000${fileName}`);
      p.row('attachments', akey, 'new', fileName, a.place);
      p.writes.push({ t: 'attachment_insert', key: akey, uuid: a.sha256, proposalUuid: x.uuid, nomineeUuid: a.nomineeUuid, fileName, a });
    }

    if (problems.length > 0) {
      rollback(mark);
      const first = problems[0];
      const more = problems.length > 1 ? ` (cùng ${problems.length - 1} lỗi khác)` : '';
      p.error('proposals', key, label, x.place, `Đề nghị chưa nhập được vì ${where(first.place)}: ${first.message}${more}`);
      for (const e of problems) p.error(e.kind, e.key, e.label, e.place, e.message);
      return;
    }
    const held = ours ? takenUp(raw, ours.id) : null;
    // A conflict counts as a change too: answering "take theirs" would write it.
    if (held && (p.writes.length > mark.writes || p.unresolved > mark.unresolved)) {
      const changes = p.writes.length - mark.writes + p.unresolved - mark.unresolved;
      rollback(mark);
      p.error(
        'proposals', key, label, x.place,
        `Đề nghị này ${held}: gói dữ liệu không sửa được đề nghị nữa (${changes} thay đổi không được nhập). Nếu cần sửa, đơn vị hãy liên hệ Thường trực Hội đồng.`,
      );
      return;
    }
    if (ours) {
      const sent = new Set(x.nominees.map((n) => n.uuid.toLowerCase()));
      const kept = nomineeUuidsOf.all(ours.id).filter((u) => !sent.has(u.toLowerCase())).length;
      if (kept > 0) notes.push(`${label}: ${kept} người, tập thể có ở đây nhưng gói không còn ghi; vẫn giữ nguyên, hãy xem lại ở trang Đề nghị khen thưởng.`);
    }
  });
  return notes;
}
