// What packet exchange keeps in the settings table: which unit this install belongs to (none: it is the
// secretariat's), and the sequence number of the packets each sender has sent from here.
import type BetterSqlite3 from 'better-sqlite3';
import { UserError } from '../api/envelope.ts';
import { codeKey } from '../org/rules.ts';

export const INSTALL_UNIT_KEY = 'installUnitCode';

/** The code of the unit this install works for; null on the secretariat's PC. */
export function installUnitCode(raw: BetterSqlite3.Database): string | null {
  const value = raw.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(INSTALL_UNIT_KEY);
  return value ? value : null;
}

/** The unit's own spelling of `code`, refusing a code no unit has: a packet must name a real sender. */
export function checkInstallUnit(raw: BetterSqlite3.Database, code: string): string {
  const codes = raw.prepare<[], string>('SELECT code FROM units').pluck().all();
  const found = codes.find((c) => codeKey(c) === codeKey(code));
  if (!found) {
    throw new UserError(`Không có đơn vị mã "${code}": nhập danh sách đơn vị (hoặc gói dữ liệu của đợt thi đua) trước khi chọn đơn vị của máy này.`, {
      fields: { installUnitCode: `Không có đơn vị mã "${code}"` },
    });
  }
  return found;
}

/** The next sequence number of `sender`'s packets (1 for the first), counted once per export. */
export function nextPacketSequence(raw: BetterSqlite3.Database, sender: { role: string; code: string }): number {
  const key = `packetSequence:${sender.role}:${sender.code}`;
  const value = raw
    .prepare<[string], string>(
      `INSERT INTO settings (key, value) VALUES (?, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
    )
    .pluck()
    .get(key)!;
  return Number(value);
}
