// Where in a packet a problem is, as the user reads it: "data.json, công trình thứ 12, trường status".
// A JSON path alone ("works.11.status") means nothing to office staff, and the record's ordinal is what
// they can count to in a viewer.
import { UserError } from '../../api/envelope.ts';
import { shortName } from '../../errors/validation.ts';

const LIST_NAMES: Record<string, string> = {
  works: 'công trình',
  units: 'đơn vị',
  groups: 'khối/cụm',
  registrations: 'đăng ký tham gia',
  reports: 'báo cáo',
  memberships: 'thành viên khối/cụm',
  history: 'lần cập nhật tình trạng',
  phases: 'giai đoạn',
  milestones: 'mốc thời gian',
  fields: 'lĩnh vực',
  files: 'tệp',
  people: 'cá nhân',
  proposals: 'đề nghị khen thưởng',
  nominees: 'người/tập thể được đề nghị',
  attachments: 'tệp đính kèm',
};

const OBJECT_NAMES: Record<string, string> = {
  campaign: 'đợt thi đua',
  sender: 'bên gửi',
};

/** "công trình thứ 12, trường status" for ['works', 11, 'status']. */
export function recordText(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && key in LIST_NAMES) {
      parts.push(`${LIST_NAMES[key]} thứ ${next + 1}`);
      i++;
    } else if (typeof key === 'string' && key in OBJECT_NAMES && i < path.length - 1) {
      parts.push(OBJECT_NAMES[key]);
    } else if (typeof key === 'number') {
      parts.push(`mục thứ ${key + 1}`);
    } else {
      parts.push(`trường ${shortName(String(key))}`);
    }
  }
  return parts.join(', ');
}

/** "data.json, công trình thứ 12, trường status" for ['works', 11, 'status'] in data.json. */
export function placeText(entry: string, path: readonly PropertyKey[]): string {
  return path.length ? `${entry}, ${recordText(path)}` : entry;
}

/** The message with its place in front, the form every refusal of the reader takes. */
export function atPlace(entry: string, path: readonly PropertyKey[], message: string): string {
  return `${placeText(entry, path)}: ${message}`;
}

/** Every refusal of the reader: the file the user chose, then where in it and why. */
export function refusal(file: string, message: string, fields?: Record<string, string>): UserError {
  return new UserError(`Tệp "${shortName(file, 120)}": ${message}`, fields ? { fields } : {});
}
