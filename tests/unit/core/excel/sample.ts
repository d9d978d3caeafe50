// A small list with every kind of cell and the texts that look like formulas, for the writers' tests.
import type { Column } from '../../../../core/excel/layout.ts';

export interface Row {
  name: string;
  amount: number;
  count: number;
  rate: number;
  day: string;
}

export const columns: Column<Row>[] = [
  { header: 'Tên đơn vị', kind: 'text', value: (r) => r.name },
  { header: 'Số tiền', kind: 'number', digits: 1, value: (r) => r.amount },
  { header: 'Số công trình', kind: 'integer', value: (r) => r.count },
  { header: 'Tỷ lệ', kind: 'percent', value: (r) => r.rate },
  { header: 'Ngày', kind: 'date', value: (r) => r.day },
];

export const HOSTILE = ['=HYPERLINK("http://x.example/?a","Bấm")', '+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "='Đơn vị'!A1&\"<b>\""];

export const sample: Row[] = [
  { name: 'Phường Linh Trung', amount: 1234.5, count: 12, rate: 0.4646, day: '2021-03-12' },
  ...HOSTILE.map((name, i) => ({ name, amount: -i, count: i, rate: 1, day: '' })),
];

