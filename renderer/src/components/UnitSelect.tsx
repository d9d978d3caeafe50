// Picking one unit among hundreds: typed text matches without diacritics ("linh trung", "dang" → "Đặng")
// on the name, short name or code.
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import type { UnitRow } from '../../../core/api/types.ts';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { useQuery } from '../api/useQuery.ts';

interface Option {
  value: number;
  label: string;
  search: string;
}

interface Props extends Omit<SelectProps<number, Option>, 'options' | 'showSearch' | 'mode'> {
  /** Only these units (e.g. a campaign's participants); all active units when absent. */
  restrictTo?: readonly number[];
  /** Units fetched by the caller, to avoid a second request. */
  units?: UnitRow[];
}

function phraseRank(option: Option, query: string): number {
  const phrase = fold(query);
  return phrase.includes(' ') && option.search.includes(phrase) ? 0 : 1;
}

export function UnitSelect({ restrictTo, units, ...rest }: Props) {
  const own = useQuery('org.listUnits', units ? null : {});
  const all = units ?? own.data;
  const options = useMemo<Option[]>(() => {
    const allowed = restrictTo ? new Set(restrictTo) : null;
    return (all ?? [])
      .filter((u) => !allowed || allowed.has(u.id))
      .map((u) => ({ value: u.id, label: `${u.name} (${u.code})`, search: fold(`${u.name} ${u.shortName} ${u.code}`) }));
  }, [all, restrictTo]);
  return (
    <Select<number, Option>
      placeholder="Gõ tên hoặc mã đơn vị"
      loading={!all}
      {...rest}
      options={options}
      showSearch={{
        filterOption: (input, option) => !!option && matchesFolded(option.search, input),
        // Whole-phrase matches first: "linh trung" puts the ward before "Trường Trung học … Linh Chiểu".
        filterSort: (a, b, { searchValue }) => phraseRank(a, searchValue) - phraseRank(b, searchValue),
      }}
    />
  );
}
