// Refusals of the argument schemas, in Vietnamese. zod's own texts are English ("Invalid input:
// expected string, received number"), and even its Vietnamese locale leaves the type names in English
// ("mong đợi string, nhận được object"); so every issue gets the app's own sentence here, zod's
// Vietnamese locale stays under it for anything this map does not know, and a schema's own message
// ("Nhập tên đơn vị") still wins over both. Imported by core/api/schemas.ts, so every host, and anything
// else that builds a schema from core/api, validates in Vietnamese.
import { z } from 'zod';
import { UserError } from '../api/envelope.ts';
import { formatNumber } from '../text/numbers.ts';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'giá trị đúng/sai (có hoặc không)',
  array: 'danh sách',
  object: 'nhóm trường có tên',
  record: 'nhóm trường có tên',
  date: 'ngày',
  null: 'giá trị trống',
};

/** Names in messages stay short: a hostile key can be a megabyte long. */
export function shortName(name: string, max = 60): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}

const count = (n: number | bigint) => formatNumber(Number(n));

function typeMessage(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined) return 'Chưa nhập giá trị';
  if (!issue.path?.length && (issue.expected === 'object' || issue.expected === 'record')) {
    return 'Dữ liệu gửi kèm phải là một nhóm trường có tên, ví dụ { "id": 1 }';
  }
  const name = TYPE_NAMES[issue.expected];
  return name ? `Phải là ${name}` : 'Sai kiểu dữ liệu';
}

function sizeMessage(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): string {
  const big = issue.code === 'too_big';
  const bound = big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum;
  const n = count(bound);
  switch (issue.origin) {
    case 'string':
      if (!big && Number(bound) === 1) return 'Không được để trống';
      return big ? `Tối đa ${n} ký tự` : `Tối thiểu ${n} ký tự`;
    case 'array':
    case 'set':
      if (!big && Number(bound) === 1) return 'Cần ít nhất một mục';
      return big ? `Tối đa ${n} mục` : `Cần ít nhất ${n} mục`;
    case 'file':
      return big ? `Tệp tối đa ${n} byte` : `Tệp tối thiểu ${n} byte`;
    default:
      if (big) return issue.inclusive ? `Không được lớn hơn ${n}` : `Phải nhỏ hơn ${n}`;
      return issue.inclusive ? `Không được nhỏ hơn ${n}` : `Phải lớn hơn ${n}`;
  }
}

function keysMessage(keys: readonly string[]): string {
  const names = keys.map((k) => `"${shortName(k)}"`).join(', ');
  return keys.length === 1 ? `Trường ${names} không được phép` : `Các trường ${names} không được phép`;
}

/** The app's sentence for each kind of issue; undefined leaves it to zod's Vietnamese locale. */
function issueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue);
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue);
    case 'invalid_format':
      return 'Sai định dạng';
    case 'not_multiple_of':
      return `Phải là bội số của ${count(issue.divisor)}`;
    case 'unrecognized_keys':
      return keysMessage(issue.keys);
    case 'invalid_key':
      return 'Tên trường không hợp lệ';
    case 'invalid_element':
      return 'Có phần tử không hợp lệ';
    case 'invalid_union': {
      // A union of a checked string and null (optional dates) is refused by the string's own reason.
      const inner = issue.errors?.flat().find((i) => i.code !== 'invalid_type');
      return inner?.message ?? 'Giá trị không hợp lệ';
    }
    case 'invalid_value':
      return issue.values.length === 1 ? 'Giá trị không hợp lệ' : 'Giá trị không nằm trong danh sách được chọn';
    case 'custom':
      return 'Giá trị không hợp lệ';
    default:
      return undefined;
  }
}

z.config(z.locales.vi());
z.config({ customError: issueMessage });

/** "phases.0.startDate" as a reader names it: phases › mục 1 › startDate. */
function placeName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `mục ${p + 1}` : shortName(String(p)))).join(' › ');
}

/**
 * The envelope's form of a refusal: every field path → its message (an unknown key gets its own path,
 * so a form can mark it), and one overall sentence naming the first field.
 */
export function validationError(error: z.ZodError): UserError {
  // A Map, not an object literal: a field named "__proto__" must be a field, not a prototype.
  const fields = new Map<string, string>();
  const add = (path: string, message: string) => {
    const key = shortName(path, 200);
    if (!fields.has(key)) fields.set(key, message);
  };
  let first: { path: readonly PropertyKey[]; message: string } | undefined;
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key].map(String).join('.'), 'Trường này không được phép');
    } else {
      add(issue.path.map(String).join('.') || '_', issue.message);
    }
    first ??= issue;
  }
  const where = first?.path.length ? ` (trường "${placeName(first.path)}")` : '';
  return new UserError(`Dữ liệu không hợp lệ${where}: ${first?.message ?? 'Giá trị không hợp lệ'}`, { fields: Object.fromEntries(fields) });
}
