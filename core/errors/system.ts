// What went wrong under the app — SQLite and the file system — said to the user in Vietnamese with
// what to do about it. Their own texts ("FOREIGN KEY constraint failed", "database is locked",
// "ENOSPC: no space left on device, write") never reach the user: the router logs them. Errors are
// told apart by their code, which better-sqlite3 (SqliteError.code, e.g. "SQLITE_BUSY") and Node
// (errno codes, e.g. "ENOSPC") give in every language and on every platform.
import type { ErrorCode } from '../api/envelope.ts';

export interface Explained {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

/** Said after any failure the user cannot fix alone. */
export const SUPPORT_HINT =
  'Nếu lỗi lặp lại, vào trang Sao lưu, bấm "Xuất nhật ký" và gửi tệp nhật ký cho bộ phận hỗ trợ.';

const DB = {
  foreignKey: 'Dữ liệu tham chiếu tới một bản ghi không còn (hoặc bản ghi đang được nơi khác dùng nên không xóa được). Hãy tải lại danh sách, chọn lại rồi thử lại.',
  unique: 'Giá trị này đã được dùng cho một bản ghi khác. Hãy đổi giá trị rồi lưu lại.',
  notNull: 'Còn thiếu một giá trị bắt buộc nên dữ liệu chưa được lưu. Hãy điền đủ các ô rồi lưu lại.',
  check: 'Có giá trị nằm ngoài phạm vi cho phép nên dữ liệu chưa được lưu. Hãy kiểm tra lại các ô rồi lưu lại.',
  busy: 'Tệp dữ liệu đang bận: một chương trình khác (một cửa sổ TĐKT khác, lệnh dòng lệnh hoặc phần mềm sao chép) đang ghi vào tệp. Hãy đợi một lát rồi thử lại; nếu vẫn bận, đóng chương trình kia.',
  readonly: 'Không ghi được vào tệp dữ liệu: tệp hoặc thư mục chứa nó chỉ cho phép đọc. Hãy chép tệp sang thư mục có quyền ghi (không phải đĩa CD hay thư mục chỉ đọc) hoặc nhờ quản trị máy cấp quyền ghi, rồi mở lại.',
  full: 'Ổ đĩa chứa tệp dữ liệu đã đầy nên dữ liệu chưa được lưu. Hãy giải phóng dung lượng ổ đĩa rồi thử lại.',
  corrupt: `Tệp dữ liệu bị hỏng. Hãy khôi phục từ một bản sao lưu ở trang Sao lưu. ${SUPPORT_HINT}`,
  io: 'Không đọc hoặc ghi được tệp dữ liệu trên ổ đĩa (ổ đĩa bị rút ra, ổ mạng mất kết nối hoặc ổ đĩa lỗi). Hãy kiểm tra ổ đĩa rồi thử lại.',
  cantOpen: 'Không mở được tệp dữ liệu: thư mục chứa nó không còn hoặc không có quyền truy cập. Hãy kiểm tra thư mục rồi mở lại.',
  // SQLite undoes the whole transaction itself on a full disk or an I/O error; Kysely's own rollback
  // then fails with "cannot rollback - no transaction is active" and hides the first error.
  undone: 'Tệp dữ liệu không ghi được (thường do ổ đĩa đã đầy hoặc bị lỗi) nên thay đổi vừa rồi chưa được lưu; dữ liệu trước đó vẫn nguyên vẹn. Hãy kiểm tra dung lượng ổ đĩa rồi thử lại.',
  tooMany: 'Yêu cầu có quá nhiều mục cùng lúc. Hãy chọn ít mục hơn (chia làm nhiều lần) rồi thử lại.',
  memory: 'Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác rồi thử lại.',
  other: `Cơ sở dữ liệu gặp lỗi nên việc này chưa làm được; dữ liệu đã lưu trước đó vẫn còn nguyên. ${SUPPORT_HINT}`,
} as const;

/** "UNIQUE constraint failed: units.code" → the field "code" of the form. */
function uniqueField(message: string): string | undefined {
  const column = /constraint failed: \w+\.(\w+)/u.exec(message)?.[1];
  return column?.replace(/_(\w)/gu, (_, c: string) => c.toUpperCase());
}

function sqliteError(code: string, message: string): Explained {
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { code: 'conflict', message: DB.foreignKey };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const field = uniqueField(message);
    return { code: 'conflict', message: DB.unique, fields: field ? { [field]: 'Giá trị này đã được dùng' } : undefined };
  }
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return { code: 'invalid', message: DB.notNull };
  if (code.startsWith('SQLITE_CONSTRAINT')) return { code: 'invalid', message: DB.check };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'database', message: DB.busy };
  if (code.startsWith('SQLITE_READONLY')) return { code: 'database', message: DB.readonly };
  if (code === 'SQLITE_FULL') return { code: 'database', message: DB.full };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { code: 'database', message: DB.corrupt };
  if (code === 'SQLITE_NOMEM' || code === 'SQLITE_IOERR_NOMEM') return { code: 'database', message: DB.memory };
  if (code.startsWith('SQLITE_IOERR')) return { code: 'database', message: DB.io };
  if (code.startsWith('SQLITE_CANTOPEN')) return { code: 'database', message: DB.cantOpen };
  if (code === 'SQLITE_RANGE' || code === 'SQLITE_TOOBIG' || /too many (SQL variables|terms)/iu.test(message)) {
    return { code: 'invalid', message: DB.tooMany };
  }
  if (/cannot rollback - no transaction is active/u.test(message)) return { code: 'database', message: DB.undone };
  return { code: 'database', message: DB.other };
}

/** The file a Node error is about, by its full path: the user has to find it. */
function fileOf(error: { path?: unknown; dest?: unknown }): string {
  const path = typeof error.path === 'string' ? error.path : typeof error.dest === 'string' ? error.dest : '';
  return path ? ` "${path}"` : '';
}

function fileError(code: string, error: { path?: unknown; dest?: unknown }): Explained | null {
  const file = fileOf(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'database', message: `Ổ đĩa đã đầy nên không ghi được tệp${file}. Hãy giải phóng dung lượng ổ đĩa rồi thử lại.` };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'database',
        message: `Không có quyền mở hoặc ghi tệp${file}. Nếu tệp đang mở trong Word hay Excel, hãy đóng tệp; nếu không, hãy kiểm tra quyền của thư mục rồi thử lại.`,
      };
    case 'EBUSY':
      return { code: 'database', message: `Tệp${file} đang được một chương trình khác (ví dụ Word) mở. Hãy đóng tệp rồi thử lại.` };
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not_found', message: `Không tìm thấy tệp hoặc thư mục${file}. Có thể nó đã bị xóa, đổi tên hoặc ổ đĩa đã bị rút ra.` };
    case 'EROFS':
      return { code: 'database', message: `Ổ đĩa chỉ cho phép đọc nên không ghi được tệp${file}. Hãy chọn một thư mục trên ổ đĩa khác.` };
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'database', message: 'Máy đang mở quá nhiều tệp cùng lúc. Hãy đóng bớt chương trình khác rồi thử lại.' };
    case 'EEXIST':
      return { code: 'conflict', message: `Tệp${file} đã có. Hãy chọn tên khác hoặc xóa tệp cũ rồi thử lại.` };
    case 'EISDIR':
      return { code: 'invalid', message: `${file.trim() || 'Đường dẫn'} là một thư mục, không phải tệp. Hãy chọn một tệp.` };
    case 'ENOMEM':
      return { code: 'database', message: DB.memory };
    case 'EIO':
      return { code: 'database', message: DB.io };
    default:
      return null;
  }
}

/**
 * The Vietnamese sentence for a SQLite or file-system failure, or null when `error` is neither (a bug:
 * the caller says "Lỗi không mong đợi").
 */
export function explainSystemError(error: unknown): Explained | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (error.name === 'SqliteError' || code.startsWith('SQLITE_')) return sqliteError(code, error.message);
  return fileError(code, error as { path?: unknown; dest?: unknown });
}
