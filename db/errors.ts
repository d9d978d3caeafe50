/**
 * Why a file could not be opened: 'in-use' when another process holds it (waiting or closing that
 * program helps; restoring a backup does not), 'refused' when its contents are not a database this
 * version can use, 'failed' for the disk or the file system.
 */
export type DatabaseErrorReason = 'in-use' | 'refused' | 'failed';

/** A database file that cannot be opened or migrated. The message is Vietnamese and names the file. */
export class DatabaseError extends Error {
  readonly path: string;
  readonly reason: DatabaseErrorReason;
  constructor(message: string, path: string, options?: { cause?: unknown; reason?: DatabaseErrorReason }) {
    super(message, options);
    this.name = 'DatabaseError';
    this.path = path;
    this.reason = options?.reason ?? 'refused';
  }
}

export const KEPT = 'Tệp được giữ nguyên.';

export function inUseText(label: string): string {
  return `Tệp dữ liệu "${label}" đang được mở bởi một chương trình khác (ứng dụng TĐKT, dòng lệnh hoặc chế độ trình duyệt). Hãy đóng chương trình đó rồi thử lại.`;
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The user's sentence for a SQLite or file-system failure on the file `label`; null when the cause is
 * none of the known ones. SQLite's and Node's own texts are English and say nothing about what to do,
 * so they stay in `cause` for the log.
 */
export function failureText(cause: unknown, label: string): { text: string; reason: DatabaseErrorReason } | null {
  const code = codeOf(cause);
  // EBUSY: Windows refuses to touch a file another program holds open.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return { text: inUseText(label), reason: 'in-use' };
  if (code === 'SQLITE_NOTADB') return { text: `Tệp "${label}" không phải là cơ sở dữ liệu TĐKT (SQLite).`, reason: 'refused' };
  if (code.startsWith('SQLITE_CORRUPT')) return { text: `Tệp "${label}" bị hỏng (kiểm tra toàn vẹn không đạt).`, reason: 'refused' };
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return { text: `Ổ đĩa chứa tệp "${label}" đã đầy. Hãy giải phóng dung lượng rồi thử lại.`, reason: 'failed' };
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      text: `Không ghi được vào tệp "${label}": tệp chỉ đọc hoặc không có quyền ghi vào thư mục chứa nó. Hãy chép tệp sang một thư mục có quyền ghi (ví dụ Tài liệu) rồi mở lại.`,
      reason: 'failed',
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
    return { text: `Không mở được tệp "${label}": đường dẫn không tồn tại, là một thư mục, hoặc không có quyền truy cập.`, reason: 'failed' };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return { text: `Lỗi đọc/ghi ổ đĩa với tệp "${label}". Hãy kiểm tra ổ đĩa (ổ USB có bị rút ra không) rồi thử lại.`, reason: 'failed' };
  }
  return null;
}

/** `cause` as a DatabaseError naming `label`; `kept` adds that the file was not modified. */
export function toDatabaseError(cause: unknown, path: string, label: string, kept: boolean): DatabaseError {
  if (cause instanceof DatabaseError) return cause;
  const known = failureText(cause, label) ?? { text: `Không mở được tệp dữ liệu "${label}".`, reason: 'failed' as const };
  const text = kept && known.reason !== 'in-use' ? `${known.text} ${KEPT}` : known.text;
  return new DatabaseError(text, path, { cause, reason: known.reason });
}

export function newerVersionText(label: string, version: number, supported: number): string {
  return `Tệp dữ liệu "${label}" được tạo bởi phiên bản mới hơn của phần mềm (lược đồ v${version}, phần mềm này hỗ trợ đến v${supported}). Hãy cập nhật phần mềm.`;
}
