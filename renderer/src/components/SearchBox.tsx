// The search box of a list: cleared with one click, named for screen readers by `label`. What it
// finds is core's rule (core/text/fold via the API), so typing without diacritics finds the same.
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';

interface Props {
  value: string;
  onChange(value: string): void;
  placeholder: string;
  label: string;
  width: number;
  testId?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function SearchBox({ value, onChange, placeholder, label, width, testId, autoFocus, disabled }: Props) {
  return (
    <Input
      allowClear
      autoFocus={autoFocus}
      disabled={disabled}
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      aria-label={label}
      style={{ width }}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
