// The words the award documents share: "Giấy khen cho 02 tập thể và 12 cá nhân" from counts per form,
// "tập thể, cá nhân" for what a list holds.
import { count } from './wording.ts';

export type RecipientCounts = { tapThe: number; caNhan: number; hoGiaDinh: number };

const WORDS = [
  ['tapThe', 'tập thể'],
  ['caNhan', 'cá nhân'],
  ['hoGiaDinh', 'hộ gia đình'],
] as const;

/** "02 tập thể và 12 cá nhân"; "01 tập thể, 03 cá nhân và 02 hộ gia đình". */
export function countsPhrase(c: RecipientCounts): string {
  const parts = WORDS.filter(([k]) => c[k] > 0).map(([k, w]) => `${count(c[k])} ${w}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** "tập thể, cá nhân", "cá nhân": who a list holds, for a trích yếu. */
export function whoPhrase(c: RecipientCounts): string {
  return WORDS.filter(([k]) => c[k] > 0)
    .map(([, w]) => w)
    .join(', ');
}

/** Counts per form name (a form's tập thể and cá nhân rows carry two codes and one name), in first-seen order. */
export function countsByForm(lines: readonly { formName: string; kind: string }[]): { formName: string; counts: RecipientCounts }[] {
  const out: { formName: string; counts: RecipientCounts }[] = [];
  for (const l of lines) {
    let f = out.find((x) => x.formName === l.formName);
    if (!f) {
      f = { formName: l.formName, counts: { tapThe: 0, caNhan: 0, hoGiaDinh: 0 } };
      out.push(f);
    }
    if (l.kind === 'ca_nhan') f.counts.caNhan += 1;
    else if (l.kind === 'ho_gia_dinh') f.counts.hoGiaDinh += 1;
    else f.counts.tapThe += 1;
  }
  return out;
}

/** "Giấy khen cho 02 tập thể và 12 cá nhân; Bằng khen cho 01 cá nhân". */
export function formsPhrase(forms: readonly { formName: string; counts: RecipientCounts }[]): string {
  return forms.map((f) => `${f.formName} cho ${countsPhrase(f.counts)}`).join('; ');
}
