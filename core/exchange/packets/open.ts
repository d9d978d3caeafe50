// Opening a packet: its bytes → an ImportInput, or a refusal in Vietnamese naming the file, the entry and
// the record. Nothing is written and the database is not read: the checks that need it (known units, the
// right campaign, a unit install's own records, what changed since baseUpdatedAt) are the pipeline's.
// The checks run in this order, each with its own message, so the first thing wrong is the one named:
// sizes and entry names (entries.ts) → manifest: JSON, format, version, kind, schema → the listed files'
// byte counts and sha256, unlisted entries → data.json: JSON, forbidden keys and NFC (json-walk.ts), the
// schema record by record → what the kind allows (a report carries its sender's records only) →
// duplicate uuids and natural keys → references inside the packet (a proposal packet's own checks are
// proposal-open.ts).
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { latestVersion } from '../../../db/migrations/index.ts';
import { shortName } from '../../errors/validation.ts';
import { codeKey } from '../../org/rules.ts';
import type { ImportInput, ReadNote, SourcePlace } from '../inputs.ts';
import { readEntries, isPacketEntry, unsafePathReason } from './entries.ts';
import {
  DATA_ENTRY,
  dataShellSchema,
  MANIFEST_ENTRY,
  type Manifest,
  manifestSchema,
  PACKET_FORMAT,
  PACKET_KINDS,
  PACKET_VERSION,
  type PacketData,
  RECORD_LISTS,
  recordSchemas,
} from './format.ts';
import { walkJson } from './json-walk.ts';
import { checkNoProposals, checkProposalPacket, proposalInputs } from './proposal-open.ts';
import { atPlace, placeText, recordText, refusal } from './places.ts';

/** A refusal lists at most this many schema problems; the first is the message. */
const MAX_LISTED = 20;

export interface OpenedPacket {
  manifest: Manifest;
  data: PacketData;
  input: ImportInput;
}

/** Refuses on behalf of one file, so every check names it the same way. */
interface Refusal {
  refuse(message: string, fields?: Record<string, string>): never;
}

function parseJson(r: Refusal, entry: string, bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    r.refuse(`${entry} không phải văn bản UTF-8.`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    r.refuse(`${entry} không phải JSON hợp lệ (tệp bị hỏng hoặc bị sửa tay).`);
  }
}

function zodRefusal(r: Refusal, entry: string, prefix: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]): never {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of issues.slice(0, MAX_LISTED)) {
    const path = [...prefix, ...issue.path];
    // An unknown key is named itself, not the object holding it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const at = key === null ? path : [...path, key];
      const message = key === null ? issue.message : 'trường này không có trong định dạng gói';
      messages.push(atPlace(entry, at, message));
      fields[placeText(entry, at)] = message;
    }
  }
  const more = issues.length > 1 ? ` (cùng ${issues.length - 1} lỗi khác)` : '';
  r.refuse(`${messages[0]}${more}`, fields);
}

function checkManifest(r: Refusal, value: unknown): Manifest {
  const head = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  if (head.format !== PACKET_FORMAT) {
    r.refuse(`không phải gói dữ liệu TĐKT (${MANIFEST_ENTRY}, trường format phải là "${PACKET_FORMAT}").`);
  }
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > PACKET_VERSION) {
    r.refuse(`gói được tạo theo định dạng phiên bản ${head.version}, mới hơn phiên bản ${PACKET_VERSION} mà phần mềm này đọc được: hãy cập nhật phần mềm.`);
  }
  if (head.version !== PACKET_VERSION) r.refuse(`${MANIFEST_ENTRY}, trường version: phiên bản định dạng gói không hợp lệ.`);
  if (!PACKET_KINDS.includes(head.kind as never)) {
    r.refuse(`${MANIFEST_ENTRY}, trường kind: loại gói "${shortName(String(head.kind))}" không có (chỉ có campaign, report, proposal).`);
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) zodRefusal(r, MANIFEST_ENTRY, [], parsed.error.issues);
  return parsed.data;
}

function checkFiles(r: Refusal, manifest: Manifest, names: readonly string[], contents: Map<string, Uint8Array>): void {
  const listed = new Set<string>();
  manifest.files.forEach((f, i) => {
    const where = placeText(MANIFEST_ENTRY, ['files', i]);
    const reason = unsafePathReason(f.path);
    if (reason) r.refuse(`${where}: đường dẫn "${shortName(f.path)}" không an toàn: ${reason}.`);
    if (f.path === MANIFEST_ENTRY || !isPacketEntry(f.path)) r.refuse(`${where}: gói không được chứa tệp "${shortName(f.path)}".`);
    if (listed.has(f.path)) r.refuse(`${where}: tệp "${shortName(f.path)}" được liệt kê hai lần.`);
    listed.add(f.path);
    const bytes = contents.get(f.path);
    if (!bytes) r.refuse(`${where}: tệp "${shortName(f.path)}" được liệt kê nhưng không có trong gói.`);
    if (bytes.length !== f.bytes) {
      r.refuse(`tệp ${shortName(f.path)} có ${bytes.length} byte, ${MANIFEST_ENTRY} ghi ${f.bytes} byte: gói đã bị sửa hoặc hỏng trên đường truyền.`);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== f.sha256) {
      r.refuse(`tệp ${shortName(f.path)} sai mã kiểm tra sha256 ghi trong ${MANIFEST_ENTRY}: gói đã bị sửa hoặc hỏng trên đường truyền.`);
    }
  });
  if (!listed.has(DATA_ENTRY)) r.refuse(`${MANIFEST_ENTRY} không liệt kê tệp ${DATA_ENTRY}.`);
  for (const name of names) {
    if (name !== MANIFEST_ENTRY && !listed.has(name)) {
      r.refuse(`tệp "${shortName(name)}" có trong gói nhưng không được liệt kê trong ${MANIFEST_ENTRY}.`);
    }
  }
}

function checkData(r: Refusal, value: unknown): PacketData {
  const shell = dataShellSchema.safeParse(value);
  if (!shell.success) zodRefusal(r, DATA_ENTRY, [], shell.error.issues);
  const out: Record<string, unknown[]> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const list of RECORD_LISTS) {
    const schema = recordSchemas[list];
    const records = shell.data[list];
    // A list only a proposal packet carries is left out of the others, not written empty.
    if (records === undefined) continue;
    const parsed: unknown[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const one = schema.safeParse(records[i]);
      if (one.success) parsed[i] = one.data;
      else if (issues.length < MAX_LISTED) for (const issue of one.error.issues) issues.push({ ...issue, path: [list, i, ...issue.path] });
    }
    out[list] = parsed;
  }
  if (issues.length) zodRefusal(r, DATA_ENTRY, [], issues);
  return { ...(shell.data.campaign ? { campaign: shell.data.campaign } : {}), ...(out as unknown as Omit<PacketData, 'campaign'>) };
}

/** A report's records all belong to its sender; a campaign packet comes from the secretariat, with its campaign. */
function checkKind(r: Refusal, manifest: Manifest, data: PacketData, contents: ReadonlyMap<string, Uint8Array>): void {
  if (manifest.kind === 'proposal') {
    checkProposalPacket(r, manifest, data, contents);
    return;
  }
  checkNoProposals(r, data);
  if (manifest.kind === 'campaign') {
    if (manifest.sender.role !== 'secretariat') r.refuse(`${MANIFEST_ENTRY}, bên gửi: gói của đợt thi đua phải do cơ quan thường trực gửi, không phải một đơn vị.`);
    if (!data.campaign) r.refuse(`${DATA_ENTRY} thiếu thông tin đợt thi đua (trường campaign).`);
    if (data.campaign.uuid !== manifest.campaign.uuid) r.refuse(`${DATA_ENTRY}, đợt thi đua: mã uuid khác với mã ghi trong ${MANIFEST_ENTRY}.`);
    return;
  }
  if (manifest.sender.role !== 'unit') r.refuse(`${MANIFEST_ENTRY}, bên gửi: gói báo cáo phải do một đơn vị gửi.`);
  if (data.campaign) r.refuse(`${DATA_ENTRY}: gói báo cáo của đơn vị không được chứa thông tin đợt thi đua (trường campaign).`);
  if (data.groups.length) r.refuse(`${placeText(DATA_ENTRY, ['groups', 0])}: gói báo cáo của đơn vị không được chứa khối/cụm.`);
  const own = codeKey(manifest.sender.code);
  const lists = [
    ['units', data.units.map((u) => u.code)],
    ['registrations', data.registrations.map((x) => x.unitCode)],
    ['works', data.works.map((x) => x.unitCode)],
    ['reports', data.reports.map((x) => x.unitCode)],
  ] as const;
  for (const [list, codes] of lists) {
    codes.forEach((code, i) => {
      if (codeKey(code) !== own) {
        r.refuse(`${placeText(DATA_ENTRY, [list, i])}: gói dữ liệu của đơn vị ${manifest.sender.code} chứa ${list === 'works' ? 'công trình' : 'dữ liệu'} của đơn vị ${code}.`);
      }
    });
  }
}

/**
 * Each uuid once in the packet, and each natural key once in its list: unit code, khối/cụm code, a
 * unit's registration, a unit's membership of a khối/cụm from a date. Works are not refused for a
 * repeated title: the app itself allows a unit two works of one title (it flags them), so that is the
 * pipeline's "possible duplicate", not a broken packet.
 */
function checkDuplicates(r: Refusal, data: PacketData): void {
  const uuids = new Map<string, string>();
  const seeUuid = (uuid: string, path: PropertyKey[]) => {
    const key = uuid.toLowerCase();
    const first = uuids.get(key);
    if (first) r.refuse(`${placeText(DATA_ENTRY, path)}: mã uuid ${uuid} trùng với ${first}.`);
    uuids.set(key, recordText(path));
  };
  const unique = (list: string, keyOf: (i: number) => string | null, label: (i: number) => string, n: number) => {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = keyOf(i);
      if (key === null) continue;
      const first = seen.get(key);
      if (first !== undefined) r.refuse(`${placeText(DATA_ENTRY, [list, i])}: ${label(i)} trùng với ${recordText([list, first])}.`);
      seen.set(key, i);
    }
  };
  if (data.campaign) seeUuid(data.campaign.uuid, ['campaign']);
  data.groups.forEach((g, i) => {
    seeUuid(g.uuid, ['groups', i]);
  });
  data.units.forEach((u, i) => {
    seeUuid(u.uuid, ['units', i]);
    u.memberships.forEach((m, j) => {
      seeUuid(m.uuid, ['units', i, 'memberships', j]);
    });
  });
  data.registrations.forEach((x, i) => {
    seeUuid(x.uuid, ['registrations', i]);
  });
  data.works.forEach((x, i) => {
    seeUuid(x.uuid, ['works', i]);
  });
  data.reports.forEach((x, i) => {
    seeUuid(x.uuid, ['reports', i]);
  });

  unique('groups', (i) => codeKey(data.groups[i].code), (i) => `mã khối/cụm "${data.groups[i].code}"`, data.groups.length);
  unique('units', (i) => codeKey(data.units[i].code), (i) => `mã đơn vị "${data.units[i].code}"`, data.units.length);
  unique(
    'registrations',
    (i) => codeKey(data.registrations[i].unitCode),
    (i) => `đăng ký của đơn vị "${data.registrations[i].unitCode}"`,
    data.registrations.length,
  );
  data.units.forEach((u, i) => {
    const seen = new Set<string>();
    u.memberships.forEach((m, j) => {
      const key = `${codeKey(m.groupCode)}\u0000${m.validFrom}`;
      if (seen.has(key)) r.refuse(`${placeText(DATA_ENTRY, ['units', i, 'memberships', j])}: đơn vị ${u.code} có hai lần thành viên khối/cụm "${m.groupCode}" từ ngày ${m.validFrom}.`);
      seen.add(key);
    });
  });
}

/** In a campaign packet every record names a unit and a khối/cụm the packet itself carries. */
function checkReferences(r: Refusal, manifest: Manifest, data: PacketData): void {
  if (manifest.kind !== 'campaign') return;
  const groups = new Set(data.groups.map((g) => codeKey(g.code)));
  const units = new Set(data.units.map((u) => codeKey(u.code)));
  data.units.forEach((u, i) => {
    u.memberships.forEach((m, j) => {
      if (!groups.has(codeKey(m.groupCode))) r.refuse(`${placeText(DATA_ENTRY, ['units', i, 'memberships', j])}: khối/cụm mã "${m.groupCode}" không có trong gói.`);
    });
  });
  const lists = [
    ['registrations', data.registrations],
    ['works', data.works],
    ['reports', data.reports],
  ] as const;
  for (const [list, records] of lists) {
    records.forEach((x, i) => {
      if (!units.has(codeKey(x.unitCode))) r.refuse(`${placeText(DATA_ENTRY, [list, i])}: đơn vị mã "${x.unitCode}" không có trong danh sách đơn vị của gói.`);
    });
  }
}

function toInput(file: string, bytes: Uint8Array, manifest: Manifest, data: PacketData, notes: ReadNote[]): ImportInput {
  const place = (path: PropertyKey[]): SourcePlace => ({ file, record: placeText(DATA_ENTRY, path) });
  const c = data.campaign;
  return {
    source: {
      kind: 'packet',
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      what: manifest.kind,
      packetUuid: manifest.packetUuid,
      sender: { code: manifest.sender.code, name: manifest.sender.name, role: manifest.sender.role },
      sequence: manifest.sequence,
      createdAt: manifest.createdAt,
    },
    campaignUuid: manifest.campaign.uuid,
    ...(c
      ? {
          campaign: {
            uuid: c.uuid,
            name: c.name,
            form: c.form,
            theme: c.theme,
            startDate: c.startDate,
            endDate: c.endDate,
            planNumber: c.planNumber,
            planDate: c.planDate,
            planIssuer: c.planIssuer,
            upperPlan: c.upperPlan,
            status: c.status,
            fields: c.fields,
            phases: c.phases,
            milestones: c.milestones,
            baseUpdatedAt: c.baseUpdatedAt ?? c.updatedAt,
            place: place(['campaign']),
          },
        }
      : {}),
    groups: data.groups.map((g, i) => ({ uuid: g.uuid, code: g.code, kind: g.kind, name: g.name, active: g.active, baseUpdatedAt: g.baseUpdatedAt ?? g.updatedAt, place: place(['groups', i]) })),
    units: data.units.map((u, i) => ({
      uuid: u.uuid,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      parentCode: u.parentCode,
      active: u.active,
      memberships: u.memberships.map((m) => ({ uuid: m.uuid, groupCode: m.groupCode, role: m.role, validFrom: m.validFrom, validTo: m.validTo, baseUpdatedAt: m.updatedAt })),
      baseUpdatedAt: u.baseUpdatedAt ?? u.updatedAt,
      place: place(['units', i]),
    })),
    registrations: data.registrations.map((x, i) => ({ uuid: x.uuid, unitCode: x.unitCode, registeredOn: x.registeredOn, baseUpdatedAt: x.updatedAt, place: place(['registrations', i]) })),
    works: data.works.map((w, i) => ({
      uuid: w.uuid,
      unitCode: w.unitCode,
      title: w.title,
      field: w.field,
      level: w.level,
      target: w.target,
      dueDate: w.dueDate,
      owner: w.owner,
      status: w.status,
      completedOn: w.completedOn,
      // A packet carries the record as stored; a ghi chú exists only on a form's row.
      note: '',
      registeredOn: w.registeredOn,
      cancelledOn: w.cancelledOn,
      evidence: w.evidence,
      featured: w.featured,
      history: w.history,
      baseUpdatedAt: w.baseUpdatedAt ?? w.updatedAt,
      place: place(['works', i]),
    })),
    reports: data.reports.map((x, i) => ({
      uuid: x.uuid,
      unitCode: x.unitCode,
      reportDate: x.reportDate,
      content: x.content,
      source: x.source,
      baseUpdatedAt: x.baseUpdatedAt ?? x.updatedAt,
      place: place(['reports', i]),
    })),
    errors: [],
    notes,
  };
}

/** Reads `bytes` (the file the user chose, named `file`) as a packet; throws a UserError on any refusal. */
export function openPacket(file: string, bytes: Uint8Array): OpenedPacket {
  const r: Refusal = {
    refuse(message, fields) {
      throw refusal(file, message, fields);
    },
  };
  const { names, contents } = readEntries(file, bytes);
  const notes: ReadNote[] = [];
  const manifest = checkManifest(r, walkJson(file, MANIFEST_ENTRY, parseJson(r, MANIFEST_ENTRY, contents.get(MANIFEST_ENTRY)!), notes));
  checkFiles(r, manifest, names, contents);
  const data = checkData(r, walkJson(file, DATA_ENTRY, parseJson(r, DATA_ENTRY, contents.get(DATA_ENTRY)!), notes));
  checkKind(r, manifest, data, contents);
  checkDuplicates(r, data);
  checkReferences(r, manifest, data);
  if (manifest.schemaVersion > latestVersion) {
    notes.push({
      place: { file, record: MANIFEST_ENTRY },
      message: `Gói được tạo bởi phiên bản phần mềm mới hơn (cơ sở dữ liệu phiên bản ${manifest.schemaVersion}, máy này ${latestVersion}); dữ liệu vẫn đọc được theo định dạng gói phiên bản ${manifest.version}.`,
    });
  }
  const input = toInput(file, bytes, manifest, data, notes);
  return { manifest, data, input: manifest.kind === 'proposal' ? { ...input, ...proposalInputs(file, data, contents) } : input };
}
