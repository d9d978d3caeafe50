// A date picker whose value is the app's ISO string. It shows dates the NĐ 30 way ("05/01/2021",
// "12/3/2021": months 1–2 keep their zero, the others do not) and reads what people type (1/3/2021,
// 01/03/2021, 1-3-2021, 2021-03-01) by core's one rule (core/text/typed-date.ts).
//
// A typed date is never replaced silently. antd's picker drops a text it cannot take (31/02/2021, or
// a day outside minDate/maxDate) and puts back the value it had, often today's default; so when the
// field is left, the text itself decides: a real day becomes the value even outside the range (the
// form's dateRule then says why it is refused), anything else stays in the field as typed and becomes
// the value as typed, which dateRule (and core, if it ever gets there) refuses with the reason.
import { DatePicker } from 'antd';
import type { DatePickerProps, FormRule, GetRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { isIsoDate } from '../../../core/text/dates.ts';
import { readTypedDate } from '../../../core/text/typed-date.ts';
import { dateShort } from '../format.ts';

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
  return iso && isIsoDate(iso) ? dayjs(iso, 'YYYY-MM-DD') : null;
}

export function toIso(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

interface Bounds {
  /** The field's name as the message says it ("Ngày báo cáo"). */
  label?: string;
  min?: string;
  /** Why the day before `min` is refused; "không được trước 12/3/2021" by default. */
  minReason?: string;
  max?: string;
  maxReason?: string;
}

/**
 * The Form.Item rule of a date field: a text that is no day of the calendar, or a day outside the
 * bounds, is refused next to the field with the reason. Empty passes (a `required` rule says that).
 */
export function dateRule({ label = 'Ngày', min, minReason, max, maxReason }: Bounds = {}): FormRule {
  return {
    validator: async (_rule, value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return;
      const typed = readTypedDate(value);
      if (!typed.ok) throw new Error(typed.message);
      if (min && typed.iso < min) throw new Error(`${label} ${minReason ?? `không được trước ${dateShort(min)}`}.`);
      if (max && typed.iso > max) throw new Error(`${label} ${maxReason ?? `không được sau ${dateShort(max)}`}.`);
    },
  };
}

export interface DateInputProps
  extends Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'defaultValue' | 'minDate' | 'maxDate' | 'preserveInvalidOnBlur'> {
  /** An ISO date, or the text typed when it is no date (for the form's rule to refuse). */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Days outside are greyed in the calendar; a typed one is still taken, for dateRule to refuse. */
  minDate?: string;
  maxDate?: string;
}

export function DateInput({ value, onChange, minDate, maxDate, placeholder, onBlur, ...rest }: DateInputProps) {
  const picker = useRef<GetRef<typeof DatePicker>>(null);
  // While the value is a refused text the picker keeps its last day, so the text stays on screen as
  // typed (antd rewrites the input whenever its value changes).
  const lastDay = useRef<Dayjs | null>(null);
  const typedDay = toDayjs(value);
  if (typedDay || !value) lastDay.current = typedDay;
  const shown = value && !typedDay ? lastDay.current : typedDay;

  const takeTyped = (relatedTarget: EventTarget | null) => {
    // Focus moving into the calendar is not leaving the field.
    if (relatedTarget instanceof Element && relatedTarget.closest('.ant-picker-dropdown')) return;
    const input = picker.current?.nativeElement?.querySelector('input');
    if (!input) return;
    const text = input.value.trim();
    if (text === '') {
      if (value) onChange?.(null);
      return;
    }
    const typed = readTypedDate(text);
    const next = typed.ok ? typed.iso : text;
    if (next !== value) onChange?.(next);
  };

  return (
    <DatePicker
      {...rest}
      ref={picker}
      value={shown}
      // A string first keeps the input typeable (a function format makes antd's input read-only).
      format={[displayFormat(shown), ...PARSE_FORMATS]}
      placeholder={placeholder ?? 'ngày/tháng/năm'}
      minDate={toDayjs(minDate) ?? undefined}
      maxDate={toDayjs(maxDate) ?? undefined}
      preserveInvalidOnBlur
      status={value && !typedDay ? 'error' : rest.status}
      onChange={(next) => onChange?.(toIso(next as Dayjs | null))}
      onBlur={(e, info) => {
        takeTyped(e.relatedTarget);
        onBlur?.(e, info);
      }}
      onKeyDown={(e) => {
        // Enter confirms the typed date; it must not also submit the surrounding form (recording a
        // status change before the user has looked at the rest of the line).
        if (e.key === 'Enter') {
          e.preventDefault();
          takeTyped(null);
        }
      }}
    />
  );
}
