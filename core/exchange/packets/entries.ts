// The entries of a packet, read from its bytes without trusting them. The central directory is read
// first with nothing inflated (fflate's unzip filter sees every entry's declared sizes), so a zip bomb,
// too many entries, an unsafe or duplicate name are refused before a byte is decompressed. Inflating
// then writes into a buffer of the declared size, which fflate never grows: an entry that lies about its
// size comes out at another length and is refused, it cannot fill the memory.
import { unzipSync } from 'fflate';
import { shortName } from '../../errors/validation.ts';
import { refusal } from './places.ts';
import { ATTACHMENTS_FOLDER, CAPS, DATA_ENTRY, MANIFEST_ENTRY } from './format.ts';

interface DeclaredEntry {
  name: string;
  /** Uncompressed, as the central directory says. */
  size: number;
  method: number;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

function refuse(file: string, message: string): never {
  throw refusal(file, message);
}

/** Why an entry name could write or read outside the packet's folder; null when it is safe. */
export function unsafePathReason(name: string): string | null {
  if (name.length === 0) return 'tên trống';
  if (name.length > 255) return 'tên dài quá 255 ký tự';
  if (name.includes('\\')) return 'có dấu gạch ngược (\\)';
  if (name.startsWith('/')) return 'là đường dẫn tuyệt đối';
  if (/^[A-Za-z]:/u.test(name)) return 'có tên ổ đĩa';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\u0000-\u001f\u007f]/u.test(name)) return 'có ký tự điều khiển';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'có ".." (trỏ ra ngoài thư mục của gói)';
  if (segments.some((s) => s === '.' || s === '')) return 'có đoạn đường dẫn trống hoặc "."';
  return null;
}

function entryCap(name: string): number {
  if (name === MANIFEST_ENTRY) return CAPS.manifestBytes;
  if (name === DATA_ENTRY) return CAPS.dataBytes;
  return CAPS.attachmentBytes;
}

function declaredEntries(file: string, bytes: Uint8Array): DeclaredEntry[] {
  const entries: DeclaredEntry[] = [];
  try {
    unzipSync(bytes, {
      filter(f) {
        entries.push({ name: f.name, size: f.originalSize, method: f.compression });
        // Checked here too, so a directory of millions of entries stops at the cap, not at its end.
        if (entries.length > CAPS.entries) throw new TooMany();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooMany) refuse(file, `gói có quá nhiều tệp (tối đa ${CAPS.entries}).`);
    refuse(file, 'tệp nén bị hỏng hoặc bị cắt dở, không đọc được danh mục các tệp bên trong.');
  }
  return entries;
}

class TooMany extends Error {}

/**
 * Every entry's name, and the contents of those a packet may hold (manifest.json, data.json,
 * attachments/…): nothing else is inflated. Throws a UserError naming the file and the entry.
 */
export function readEntries(file: string, bytes: Uint8Array): { names: string[]; contents: Map<string, Uint8Array> } {
  if (bytes.length === 0) refuse(file, 'tệp rỗng, không có dữ liệu.');
  if (bytes.length > CAPS.compressedBytes) refuse(file, `gói lớn hơn ${mb(CAPS.compressedBytes)}.`);
  const magic = bytes.length >= 4 ? (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0 : 0;
  if (magic !== 0x04034b50 && magic !== 0x06054b50) refuse(file, 'không phải gói dữ liệu .tdkt (không phải tệp nén zip).');
  const entries = declaredEntries(file, bytes);
  if (entries.length === 0) refuse(file, 'gói không chứa tệp nào.');

  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const reason = unsafePathReason(e.name);
    if (reason) refuse(file, `tệp "${shortName(e.name)}" trong gói có đường dẫn không an toàn: ${reason}.`);
    if (seen.has(e.name)) refuse(file, `tệp "${shortName(e.name)}" có hai lần trong gói.`);
    seen.add(e.name);
    if (e.method !== 0 && e.method !== 8) refuse(file, `tệp "${shortName(e.name)}" được nén bằng cách không hỗ trợ (mã ${e.method}).`);
    const cap = entryCap(e.name);
    if (e.size > cap) refuse(file, `tệp "${shortName(e.name)}" khi giải nén lớn hơn ${mb(cap)}.`);
    total += e.size;
  }
  if (total > CAPS.uncompressedBytes) refuse(file, `tổng dung lượng các tệp khi giải nén lớn hơn ${mb(CAPS.uncompressedBytes)}.`);
  // Word and Excel files are zips too: a renamed .docx or .xlsx gets its own name.
  if (!seen.has(MANIFEST_ENTRY) && seen.has('[Content_Types].xml')) refuse(file, 'đây là tệp Word hoặc Excel (.docx, .xlsx) bị đổi đuôi, không phải gói dữ liệu .tdkt.');
  if (!seen.has(MANIFEST_ENTRY)) refuse(file, `thiếu tệp ${MANIFEST_ENTRY} (mô tả gói).`);
  if (!seen.has(DATA_ENTRY)) refuse(file, `thiếu tệp ${DATA_ENTRY} (dữ liệu của gói).`);

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => isPacketEntry(f.name) });
  } catch {
    refuse(file, 'tệp nén bị hỏng, không giải nén được.');
  }
  const contents = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (!Object.hasOwn(files, e.name)) continue;
    // Inflating stops at the declared size and a stored entry is cut at its compressed size: either way
    // a directory that lies about a size gives bytes of another length.
    if (files[e.name].length !== e.size) refuse(file, `tệp "${shortName(e.name)}" có kích thước khác với kích thước ghi trong tệp nén: tệp nén bị hỏng hoặc bị sửa.`);
    contents.set(e.name, files[e.name]);
  }
  return { names: entries.map((e) => e.name), contents };
}

/** The entries a packet may hold; anything else is refused as unlisted without being inflated. */
export function isPacketEntry(name: string): boolean {
  return name === MANIFEST_ENTRY || name === DATA_ENTRY || name.startsWith(ATTACHMENTS_FOLDER);
}
