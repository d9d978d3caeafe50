// Picking one person of Cá nhân among thousands: typed text matches without diacritics on the name, the
// position and the unit ("dang thi hoa linh trung" finds Đặng Thị Hoa of Phường Linh Trung), so two
// people of the same name are told apart by where they work.
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { useQuery } from '../api/useQuery.ts';

interface Option {
  value: number;
  label: string;
  search: string;
}

type Props = Omit<SelectProps<number, Option>, 'options' | 'showSearch' | 'mode'>;

export function PersonSelect(props: Props) {
  const people = useQuery('people.list', {});
  const options = useMemo<Option[]>(
    () =>
      (people.data ?? []).map((p) => {
        const where = [p.position, p.unitName].filter(Boolean).join(', ');
        return { value: p.id, label: where ? `${p.fullName} — ${where}` : p.fullName, search: fold(`${p.fullName} ${where}`) };
      }),
    [people.data],
  );
  return (
    <Select<number, Option>
      placeholder="Gõ họ tên, chức vụ hoặc đơn vị (không dấu được)"
      loading={!people.data}
      notFoundContent={people.data ? 'Không có ai khớp. Thêm người ở trang Cá nhân.' : 'Đang tải…'}
      {...props}
      options={options}
      showSearch={{ filterOption: (input, option) => !!option && matchesFolded(option.search, input) }}
    />
  );
}
