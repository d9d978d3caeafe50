// A person's name as official lists need it: one spelling (NFC, single spaces) and its parts, so a
// danh sách sorts by tên, then tên đệm, then họ. Pure: the add/edit form shows the computed tên with the
// very rule the server applies on save.
import { cleanText } from '../text/normalize.ts';
import type { NameParts } from '../text/collate.ts';

/** A refusal of one field of the person form, in Vietnamese. */
export interface NameProblem {
  field: 'fullName' | 'givenName';
  message: string;
}

export type NameResult = { ok: true; fullName: string; parts: NameParts; givenManual: boolean } | ({ ok: false } & NameProblem);

/**
 * Letters with their marks, joined by single spaces; an apostrophe or hyphen may join letters inside a
 * word because names of the Tây Nguyên peoples are written that way ("H'Hen Niê", "Y-Moan").
 */
const NAME = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)*$/u;

function lettersProblem(value: string, what: string): string | null {
  if (NAME.test(value)) return null;
  const bad = [...value].find((c) => !/[\p{L}\p{M} '’-]/u.test(c));
  return bad === undefined
    ? `${what} chỉ gồm chữ cái, cách nhau một dấu cách.`
    : `${what} chỉ gồm chữ cái: không được có "${bad}" (chữ số, ký hiệu).`;
}

const words = (s: string) => (s ? s.split(' ') : []);

/**
 * The name and its parts. Without a manual tên: họ is the first word, tên the last, tên đệm between.
 * A manual tên (a compound tên, "Thanh Tâm" of "Nguyễn Trần Thanh Tâm") must be the last words of the
 * name and leave the họ before it; it is taken with the name's own capitals.
 */
export function personName(fullNameInput: string, givenInput?: string | null): NameResult {
  const fullName = cleanText(fullNameInput);
  if (!fullName) return { ok: false, field: 'fullName', message: 'Nhập họ và tên.' };
  const fullProblem = lettersProblem(fullName, 'Họ và tên');
  if (fullProblem) return { ok: false, field: 'fullName', message: fullProblem };
  const all = words(fullName);
  const given = cleanText(givenInput ?? '');
  if (!given) {
    const ten = all[all.length - 1];
    const parts = all.length === 1 ? { ho: '', tenDem: '', ten } : { ho: all[0], tenDem: all.slice(1, -1).join(' '), ten };
    return { ok: true, fullName, parts, givenManual: false };
  }
  const givenProblem = lettersProblem(given, 'Tên');
  if (givenProblem) return { ok: false, field: 'givenName', message: givenProblem };
  const tail = words(given);
  const start = all.length - tail.length;
  const matches = start >= 1 && tail.every((w, i) => w.toLocaleLowerCase('vi') === all[start + i].toLocaleLowerCase('vi'));
  if (!matches) {
    return {
      ok: false,
      field: 'givenName',
      message: `Tên "${given}" phải là phần cuối của họ và tên "${fullName}" và không gồm họ (ví dụ tên "Thanh Tâm" của "Nguyễn Trần Thanh Tâm").`,
    };
  }
  return {
    ok: true,
    fullName,
    parts: { ho: all[0], tenDem: all.slice(1, start).join(' '), ten: all.slice(start).join(' ') },
    givenManual: tail.length > 1,
  };
}

/** Năm sinh from 1900 to the current year; null when none was given. */
export function birthYearProblem(year: number | null, now: Date): string | null {
  if (year === null) return null;
  const thisYear = now.getFullYear();
  if (!Number.isInteger(year) || year < 1900 || year > thisYear) return `Năm sinh phải từ 1900 đến ${thisYear}.`;
  return null;
}
