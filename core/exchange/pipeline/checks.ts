// The checks that refuse a whole file before any record is looked at: it must say which campaign it
// belongs to and that campaign must be ours (a whole-campaign packet may bring it), and a packet sent
// by a unit's install may carry that unit's records only. Each refusal is its own Vietnamese sentence
// naming the file and the record, and nothing is written.
import { UserError } from '../../api/envelope.ts';
import { codeKey } from '../../org/rules.ts';
import type { ImportInput, SourcePlace } from '../inputs.ts';
import type { DbState } from './state.ts';

/** "data.json", "Đăng ký, dòng 12". */
export function placeText(p: SourcePlace): string {
  return [p.file, p.sheet, p.row ? `dòng ${p.row}` : undefined].filter(Boolean).join(', ');
}

/** The campaign the records belong to, by uuid; null for a file without one (a units workbook). */
export function campaignUuidOf(input: ImportInput): string | null {
  const carried = input.campaign?.uuid;
  if (carried && input.campaignUuid && carried !== input.campaignUuid) {
    throw new UserError(`Tệp "${input.source.file}" ghi hai đợt thi đua khác nhau: tệp không hợp lệ, không nhập.`);
  }
  return carried ?? input.campaignUuid ?? null;
}

const needsCampaign = (input: ImportInput) =>
  input.source.what !== 'units' || input.works.length + input.registrations.length + input.reports.length > 0;

/** Whole-file refusals that need what the database holds. */
export function checkFile(input: ImportInput, state: DbState, campaignUuid: string | null): void {
  const file = input.source.file;
  if (needsCampaign(input)) {
    if (!campaignUuid) throw new UserError(`Tệp "${file}" không cho biết thuộc đợt thi đua nào: không nhập được.`);
    if (!state.campaign && !(input.campaign && input.source.what === 'campaign')) {
      throw new UserError(
        `Tệp "${file}" thuộc một đợt thi đua không có trong dữ liệu này. Hãy nhập gói dữ liệu của đợt thi đua trước, hoặc kiểm tra lại tệp.`,
      );
    }
  }
  if (input.source.kind === 'packet' && (input.source.what === 'report' || input.source.what === 'proposal')) checkUnitPacket(input, state);
}

/** A packet from a unit's install (report, proposal) speaks for that unit alone. */
function checkUnitPacket(input: ImportInput, state: DbState): void {
  const file = input.source.file;
  const sender = input.source.sender;
  if (!sender) throw new UserError(`Gói dữ liệu "${file}" không ghi đơn vị gửi: không nhập được.`);
  if (!state.units.byCode.has(codeKey(sender.code))) {
    throw new UserError(`Đơn vị gửi gói dữ liệu "${file}" (mã "${sender.code}") không có trong danh sách đơn vị.`);
  }
  const own = codeKey(sender.code);
  const refuse = (what: string, code: string, place: SourcePlace): never => {
    throw new UserError(
      `Gói dữ liệu của đơn vị "${sender.code}" có ${what} của đơn vị "${code}" (${placeText(place)}): một đơn vị chỉ được gửi dữ liệu của chính mình. Không nhập gói này.`,
    );
  };
  if (input.campaign) throw new UserError(`Gói dữ liệu của đơn vị "${sender.code}" không được sửa đợt thi đua (${placeText(input.campaign.place)}). Không nhập gói này.`);
  for (const g of input.groups) refuse(`khối/cụm "${g.name}"`, g.code, g.place);
  for (const u of input.units) if (codeKey(u.code) !== own) refuse(`thông tin đơn vị "${u.name}"`, u.code, u.place);
  for (const r of input.registrations) if (codeKey(r.unitCode) !== own) refuse('đăng ký tham gia', r.unitCode, r.place);
  for (const w of input.works) if (codeKey(w.unitCode) !== own) refuse(`công trình "${w.title}"`, w.unitCode, w.place);
  for (const r of input.reports) if (codeKey(r.unitCode) !== own) refuse('báo cáo', r.unitCode, r.place);
  const foreign = (code: string | null) => code !== null && codeKey(code) !== own;
  for (const p of input.people ?? []) if (foreign(p.unitCode)) refuse(`cá nhân "${p.fullName}"`, p.unitCode!, recordPlace(p.place));
  for (const p of input.proposals ?? []) {
    if (foreign(p.unitCode)) refuse('đề nghị khen thưởng', p.unitCode, recordPlace(p.place));
    for (const n of p.nominees) if (foreign(n.unitCode)) refuse('người, tập thể được đề nghị', n.unitCode!, recordPlace(n.place));
  }
}

/** A packet's record named by the record itself: "data.json, đề nghị khen thưởng thứ 1". */
const recordPlace = (p: SourcePlace): SourcePlace => (p.record ? { file: `${p.file}, ${p.record}` } : p);
