// A millimetre (or point) box as a Vietnamese user types it: "12,5" with the comma; the number is
// taken on each keystroke that reads as one, so the paper follows the typing, and the text is written
// back the app's way when the box loses the focus. A text that is no number stays, marked, with why.
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { parseMm, typedMm } from '../../../core/certificates/template.ts';

interface Props {
  value: number;
  onChange: (value: number) => void;
  unit?: 'mm' | 'pt';
  label: string;
  testId?: string;
  width?: number;
}

export function MmInput({ value, onChange, unit = 'mm', label, testId, width = 104 }: Props) {
  const [text, setText] = useState(() => typedMm(value));
  const focused = useRef(false);
  // A drag or an arrow key changes the value from outside: show it, unless the user is typing here.
  useEffect(() => {
    if (!focused.current) setText(typedMm(value));
  }, [value]);
  const bad = parseMm(text) === null;
  return (
    <Input
      value={text}
      aria-label={label}
      title={bad ? `Nhập số ${unit === 'mm' ? 'milimét' : 'điểm'}, ví dụ 12,5` : undefined}
      status={bad ? 'error' : undefined}
      suffix={unit}
      inputMode="decimal"
      style={{ width }}
      data-testid={testId}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        if (parseMm(text) !== null) setText(typedMm(value));
      }}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseMm(e.target.value);
        if (n !== null) onChange(n);
      }}
      onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
    />
  );
}
