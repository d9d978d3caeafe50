// A date picker whose value is the app's ISO string. It shows dates the NĐ 30 way ("05/01/2021",
// "12/3/2021": months 1–2 keep their zero, the others do not) and accepts what people type: 12/3/2021,
// 12/03/2021, 2021-03-12.
import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

// No two-digit years: the picker parses while the user types, so "12/4/20" would already become 2020
// before the last two digits arrive.
// Parsing is strict, so each way of padding day and month needs its own pattern.
const PARSE_FORMATS = [
  'D/M/YYYY',
  'DD/MM/YYYY',
  'DD/M/YYYY',
  'D/MM/YYYY',
  'YYYY-MM-DD',
  'D-M-YYYY',
  'DD-MM-YYYY',
  'D.M.YYYY',
  'DD.MM.YYYY',
];

function displayFormat(d: Dayjs | null): string {
  return d && d.month() >= 2 ? 'DD/M/YYYY' : 'DD/MM/YYYY';
}

export function toDayjs(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso, 'YYYY-MM-DD') : null;
}

export function toIso(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

export interface DateInputProps
  extends Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'defaultValue' | 'minDate' | 'maxDate'> {
  value?: string | null;
  onChange?: (iso: string | null) => void;
  minDate?: string;
  maxDate?: string;
}

export function DateInput({ value, onChange, minDate, maxDate, placeholder, ...rest }: DateInputProps) {
  const d = toDayjs(value);
  return (
    <DatePicker
      {...rest}
      value={d}
      // A string first keeps the input typeable (a function format makes antd's input read-only).
      format={[displayFormat(d), ...PARSE_FORMATS]}
      placeholder={placeholder ?? 'ngày/tháng/năm'}
      minDate={toDayjs(minDate) ?? undefined}
      maxDate={toDayjs(maxDate) ?? undefined}
      onChange={(next) => onChange?.(toIso(next as Dayjs | null))}
      onKeyDown={(e) => {
        // Enter confirms the typed date; it must not also submit the surrounding form (recording a
        // status change before the user has looked at the rest of the line).
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
