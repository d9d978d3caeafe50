// A column of a workbook the app writes and reads back, and how a label typed in one of its cells is
// read as the stored code.
import { fold } from '../../text/fold.ts';

export interface FormColumn<K extends string> {
  key: K;
  header: string;
  width: number;
  date?: boolean;
  /** Longest text accepted (the API's own limit for the field). */
  max?: number;
  /** Kept for matching on the way back (the work's uuid and the version it was based on); not shown. */
  hidden?: boolean;
  /** A list typed by hand may leave this column out. */
  optional?: boolean;
}

/**
 * A label as typed or picked, matched without diacritics or case, and without the leading word `drop`
 * matches ("Cấp cơ sở", "co so", "CƠ SỞ" all read as co_so). The stored code itself is accepted too.
 */
export function labelReader<C extends string>(labels: Record<C, string>, drop?: RegExp): (typed: string) => C | null {
  const byKey = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    byKey.set(fold(label), code);
    byKey.set(fold(code.replaceAll('_', ' ')), code);
    if (drop) byKey.set(fold(label.replace(drop, '')), code);
  }
  // A column holds a handful of labels over thousands of rows: each is folded once.
  const read = new Map<string, C | null>();
  return (typed) => {
    let code = read.get(typed);
    if (code === undefined) {
      code = byKey.get(fold(drop ? typed.replace(drop, '') : typed)) ?? byKey.get(fold(typed)) ?? null;
      if (read.size < 1000) read.set(typed, code);
    }
    return code;
  };
}

