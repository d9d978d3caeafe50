// Picking one unit among hundreds: typed text matches without diacritics ("linh trung", "dang" → "Đặng")
// on the name, short name or code. Only units still working are offered; one that stopped and is
// already chosen (an older work's unit) is still shown, marked, so the form never shows a bare id.
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import type { UnitRow } from '../../../core/api/types.ts';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { useQuery } from '../api/useQuery.ts';

interface Option {
  value: number;
  label: string;
  search: string;
  disabled?: boolean;
}

interface Props extends Omit<SelectProps<number, Option>, 'options' | 'showSearch' | 'mode'> {
  /** Only these units (e.g. a campaign's participants); all units when absent. Active ones either way. */
  restrictTo?: readonly number[];
  /** Units fetched by the caller, to avoid a second request. */
  units?: UnitRow[];
}

export const INACTIVE = 'ngừng hoạt động';

function phraseRank(option: Option, query: string): number {
  const phrase = fold(query);
  return phrase.includes(' ') && option.search.includes(phrase) ? 0 : 1;
}

export function UnitSelect({ restrictTo, units, ...rest }: Props) {
  const own = useQuery('org.listUnits', units ? null : { includeInactive: true });
  const all = units ?? own.data;
  const selected = rest.value;
  const options = useMemo<Option[]>(() => {
    const allowed = restrictTo ? new Set(restrictTo) : null;
    return (all ?? [])
      .filter((u) => u.id === selected || (u.active && (!allowed || allowed.has(u.id))))
      .map((u) => ({
        value: u.id,
        label: u.active ? `${u.name} (${u.code})` : `${u.name} (${u.code}) — ${INACTIVE}`,
        search: fold(`${u.name} ${u.shortName} ${u.code}`),
        disabled: !u.active,
      }));
  }, [all, restrictTo, selected]);
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
