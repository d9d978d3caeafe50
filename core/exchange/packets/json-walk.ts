// One pass over a parsed JSON entry before its schema: keys that could reach an object's prototype are
// refused (JSON.parse makes "__proto__" an own key, but any later spread or merge of the record would
// treat it as the prototype), text in NFD is turned into NFC with a note (Word pastes and some Unikey
// settings produce it; stored as NFD it breaks search, dedupe and sort), and text that looks typed in
// the legacy TCVN3 encoding gets a note: a packet is written by the app, so such text came into the
// sender's database that way and converting it here would be a guess.
import { shortName } from '../../errors/validation.ts';
import type { ReadNote } from '../inputs.ts';
import { atPlace, placeText, refusal } from './places.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** data.json is five levels deep at most (works › history › entry › field); more is not a packet. */
const MAX_DEPTH = 8;

/**
 * Letters TCVN3 (ABC) puts where Unicode has Latin-1 punctuation and rare letters ("Phßng" for Phòng,
 * "C«ng" for Công, "Tr­êng" for Trường). Text holding one of them and none of the letters only
 * Vietnamese Unicode has (ă đ ơ ư, U+1EA0–U+1EF9) is very likely TCVN3.
 */
const TCVN3_MARKS = /[\u00a1-\u00bf\u00c6\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

export function looksLikeTcvn3(text: string): boolean {
  return TCVN3_MARKS.test(text) && !VIETNAMESE_UNICODE.test(text);
}

/**
 * Checks and cleans `value` (parsed from `entry` of the packet `file`) in place, adding its notes to
 * `notes`. Throws a UserError naming the entry and the record for a forbidden key or a structure too
 * deep to be a packet.
 */
export function walkJson(file: string, entry: string, value: unknown, notes: ReadNote[]): unknown {
  // One path array, pushed and popped: a packet of 10,000 works holds a few hundred thousand values.
  const path: PropertyKey[] = [];
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      let text = node;
      const nfc = text.normalize('NFC');
      if (nfc !== text) {
        notes.push({ place: { file, record: placeText(entry, path) }, message: atPlace(entry, path, 'văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).') });
        text = nfc;
      }
      if (looksLikeTcvn3(text)) {
        notes.push({
          place: { file, record: placeText(entry, path) },
          message: atPlace(entry, path, `"${shortName(text, 40)}" có vẻ được gõ bằng bảng mã TCVN3 (.VnTime), không phải Unicode: hãy kiểm tra lại ở bên gửi.`),
        });
      }
      return text;
    }
    if (node === null || typeof node !== 'object') return node;
    if (path.length >= MAX_DEPTH) throw refusal(file, atPlace(entry, path, 'dữ liệu lồng nhau quá sâu, không phải gói dữ liệu của phần mềm.'));
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        node[i] = visit(node[i]);
        path.pop();
      }
      return node;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) throw refusal(file, atPlace(entry, path, `trường "${key}" không được phép.`));
      path.push(key);
      record[key] = visit(record[key]);
      path.pop();
    }
    return record;
  };
  return visit(value);
}
