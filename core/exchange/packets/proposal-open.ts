// What a `proposal` packet (a unit's install → the secretariat, DESIGN.md §5) may hold, checked without
// the database: it comes from a unit and speaks for that unit alone — its proposals, nominees of its
// own (a person, a collective, the unit itself), the people they name, and the papers as files of the
// packet whose sha256 the manifest lists. Then the records as the pipeline's ImportInput, each
// attachment with its bytes. The checks that need the database (the form catalogue, a person we hold
// under another unit, a proposal a meeting has already considered) are the pipeline's.
import { codeKey } from '../../org/rules.ts';
import type { PersonInput, ProposalInput, SourcePlace } from '../inputs.ts';
import { ATTACHMENTS_FOLDER, DATA_ENTRY, MANIFEST_ENTRY, type Manifest, type PacketData } from './format.ts';
import { placeText, recordText } from './places.ts';

interface Refusal {
  refuse(message: string): never;
}

/** The lists a proposal packet never carries, with the words a refusal uses for them. */
const FOREIGN_LISTS = [
  ['groups', 'khối/cụm'],
  ['units', 'thông tin đơn vị'],
  ['registrations', 'đăng ký tham gia'],
  ['works', 'công trình'],
  ['reports', 'báo cáo'],
] as const;

/** A campaign or report packet carries no proposals: they travel in their own kind. */
export function checkNoProposals(r: Refusal, data: PacketData): void {
  if (data.proposals?.length) r.refuse(`${placeText(DATA_ENTRY, ['proposals', 0])}: chỉ gói đề nghị khen thưởng (kind "proposal") được chứa đề nghị khen thưởng.`);
  if (data.people?.length) r.refuse(`${placeText(DATA_ENTRY, ['people', 0])}: chỉ gói đề nghị khen thưởng (kind "proposal") được chứa danh sách cá nhân.`);
}

export function checkProposalPacket(r: Refusal, manifest: Manifest, data: PacketData, contents: ReadonlyMap<string, Uint8Array>): void {
  const sender = manifest.sender.code;
  if (manifest.sender.role !== 'unit') r.refuse(`${MANIFEST_ENTRY}, bên gửi: gói đề nghị khen thưởng phải do một đơn vị gửi.`);
  if (data.campaign) r.refuse(`${DATA_ENTRY}: gói đề nghị khen thưởng không được chứa thông tin đợt thi đua (trường campaign).`);
  for (const [list, noun] of FOREIGN_LISTS) {
    if (data[list].length) r.refuse(`${placeText(DATA_ENTRY, [list, 0])}: gói đề nghị khen thưởng không được chứa ${noun}.`);
  }
  const proposals = data.proposals ?? [];
  const people = data.people ?? [];
  if (proposals.length === 0) r.refuse(`${DATA_ENTRY}: gói đề nghị khen thưởng không có đề nghị nào (trường proposals).`);

  const own = codeKey(sender);
  people.forEach((p, i) => {
    if (p.unitCode !== null && codeKey(p.unitCode) !== own) {
      r.refuse(`${placeText(DATA_ENTRY, ['people', i])}: gói dữ liệu của đơn vị ${sender} chứa cá nhân "${p.fullName}" của đơn vị ${p.unitCode}.`);
    }
  });

  const uuids = new Map<string, string>();
  const seeUuid = (uuid: string, path: PropertyKey[]) => {
    const first = uuids.get(uuid.toLowerCase());
    if (first) r.refuse(`${placeText(DATA_ENTRY, path)}: mã uuid ${uuid} trùng với ${first}.`);
    uuids.set(uuid.toLowerCase(), recordText(path));
  };
  for (const [i, p] of people.entries()) seeUuid(p.uuid, ['people', i]);
  const personUuids = new Set(people.map((p) => p.uuid.toLowerCase()));
  const referenced = new Set<string>();
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const usedFiles = new Set<string>();

  proposals.forEach((p, i) => {
    const at = ['proposals', i];
    seeUuid(p.uuid, at);
    if (codeKey(p.unitCode) !== own) r.refuse(`${placeText(DATA_ENTRY, at)}: gói dữ liệu của đơn vị ${sender} chứa đề nghị khen thưởng của đơn vị ${p.unitCode}.`);
    const nominees = new Set<string>();
    p.nominees.forEach((n, j) => {
      const where = placeText(DATA_ENTRY, [...at, 'nominees', j]);
      seeUuid(n.uuid, [...at, 'nominees', j]);
      nominees.add(n.uuid.toLowerCase());
      if (n.unitCode !== null && codeKey(n.unitCode) !== own) {
        r.refuse(`${where}: gói dữ liệu của đơn vị ${sender} đề nghị khen thưởng cho người, tập thể của đơn vị ${n.unitCode}; một đơn vị chỉ đề nghị cho chính mình.`);
      }
      if (n.kind === 'ca_nhan') {
        if (n.personUuid === null) r.refuse(`${where}: cá nhân được đề nghị thiếu mã người (trường personUuid).`);
        if (!personUuids.has(n.personUuid.toLowerCase())) r.refuse(`${where}: cá nhân mã ${n.personUuid} không có trong danh sách cá nhân của gói.`);
        referenced.add(n.personUuid.toLowerCase());
      } else if (n.personUuid !== null) {
        r.refuse(`${where}: chỉ cá nhân mới ghi mã người (trường personUuid).`);
      }
      if ((n.kind === 'don_vi' || n.kind === 'tap_the') && n.unitCode === null) r.refuse(`${where}: thiếu đơn vị (trường unitCode).`);
      if ((n.kind === 'tap_the' || n.kind === 'ho_gia_dinh') && !n.name.trim()) r.refuse(`${where}: tập thể, hộ gia đình được đề nghị chưa có tên.`);
    });
    p.attachments.forEach((a, j) => {
      const where = placeText(DATA_ENTRY, [...at, 'attachments', j]);
      const file = listed.get(a.path);
      if (!a.path.startsWith(ATTACHMENTS_FOLDER) || !file || !contents.has(a.path)) r.refuse(`${where}: tệp "${a.path}" không có trong gói.`);
      if (file.sha256 !== a.sha256 || file.bytes !== a.bytes) r.refuse(`${where}: mã sha256 hoặc kích thước khác với ${MANIFEST_ENTRY} ghi cho tệp "${a.path}".`);
      if (a.nomineeUuid !== null && !nominees.has(a.nomineeUuid.toLowerCase())) r.refuse(`${where}: người, tập thể mã ${a.nomineeUuid} không thuộc đề nghị này.`);
      usedFiles.add(a.path);
    });
  });
  people.forEach((p, i) => {
    if (!referenced.has(p.uuid.toLowerCase())) r.refuse(`${placeText(DATA_ENTRY, ['people', i])}: cá nhân "${p.fullName}" không được đề nghị nào nêu tên.`);
  });
  for (const f of manifest.files) {
    if (f.path.startsWith(ATTACHMENTS_FOLDER) && !usedFiles.has(f.path)) r.refuse(`${MANIFEST_ENTRY} liệt kê tệp "${f.path}" mà không đề nghị nào đính kèm.`);
  }
}

/** The packet's people and proposals as the pipeline takes them; the attachments with their bytes. */
export function proposalInputs(file: string, data: PacketData, contents: ReadonlyMap<string, Uint8Array>): { people: PersonInput[]; proposals: ProposalInput[] } {
  const place = (path: PropertyKey[]): SourcePlace => ({ file, record: placeText(DATA_ENTRY, path) });
  return {
    people: (data.people ?? []).map((p, i) => ({
      uuid: p.uuid,
      fullName: p.fullName,
      givenName: p.givenName,
      gender: p.gender,
      birthYear: p.birthYear,
      position: p.position,
      unitCode: p.unitCode,
      staffClass: p.staffClass,
      baseUpdatedAt: p.updatedAt,
      place: place(['people', i]),
    })),
    proposals: (data.proposals ?? []).map((p, i) => ({
      uuid: p.uuid,
      unitCode: p.unitCode,
      year: p.year,
      submissionNumber: p.submissionNumber,
      submissionDate: p.submissionDate,
      status: p.status,
      note: p.note,
      nominees: p.nominees.map((n, j) => ({
        uuid: n.uuid,
        kind: n.kind,
        unitCode: n.unitCode,
        personUuid: n.personUuid,
        name: n.name,
        formCode: n.formCode,
        achievement: n.achievement,
        sort: n.sort,
        baseUpdatedAt: n.updatedAt,
        place: place(['proposals', i, 'nominees', j]),
      })),
      attachments: p.attachments.map((a, j) => ({
        fileName: a.fileName,
        sha256: a.sha256,
        bytes: contents.get(a.path)!,
        nomineeUuid: a.nomineeUuid,
        place: place(['proposals', i, 'attachments', j]),
      })),
      baseUpdatedAt: p.updatedAt,
      place: place(['proposals', i]),
    })),
  };
}
