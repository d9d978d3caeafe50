// Sổ khen thưởng to Excel: the register the Sổ khen thưởng page shows (awards.list, same decision, year,
// form and search), in register order, with the money in đồng and the lines revoked.
import { nomineeKindLabel } from '../../api/labels.ts';
import type { AwardRow } from '../../api/types.ts';
import { registerRows } from '../../awards/register-app.ts';
import { todayIso } from '../../text/dates.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

const columns: Column<AwardRow>[] = [
  sttColumn(),
  { header: 'Năm', kind: 'integer', value: (a) => a.bookYear },
  { header: 'Số sổ', kind: 'integer', value: (a) => a.bookNumber },
  { header: 'Số quyết định', kind: 'text', value: (a) => a.decisionNumber },
  { header: 'Ngày quyết định', kind: 'date', value: (a) => a.decisionDate },
  { header: 'Hình thức khen thưởng', kind: 'text', value: (a) => a.formName },
  { header: 'Đối tượng', kind: 'text', value: (a) => nomineeKindLabel[a.kind] },
  { header: 'Ông/Bà/Tập thể', kind: 'text', value: (a) => a.salutation },
  { header: 'Họ và tên / Tên tập thể', kind: 'text', value: (a) => a.name },
  { header: 'Chức vụ', kind: 'text', value: (a) => a.position },
  { header: 'Đơn vị', kind: 'text', value: (a) => a.unitName },
  { header: 'Thành tích', kind: 'text', value: (a) => a.achievement },
  { header: 'Số tiền (đồng)', kind: 'integer', value: (a) => a.amount },
  { header: 'Số lần in', kind: 'integer', value: (a) => a.prints },
  { header: 'Ngày thu hồi', kind: 'date', value: (a) => (a.revokedAt ? todayIso(new Date(a.revokedAt)) : null) },
  { header: 'Lý do thu hồi', kind: 'text', value: (a) => a.revokedReason },
];

export const exportAwards: ListExport<'awards'> = async (ctx, a) => {
  const { list: _, ...filter } = a;
  const lines = registerRows(ctx.conn.raw, filter);
  const title = 'Sổ khen thưởng';
  const caption = [
    title,
    a.decisionId !== undefined && lines[0] ? `Quyết định số ${lines[0].decisionNumber}` : '',
    a.year !== undefined ? `Năm ${a.year}` : '',
    a.formCode && lines[0] ? `Hình thức: ${lines[0].formName}` : '',
    a.query?.trim() ? `Tìm: ${a.query.trim()}` : '',
  ];
  return { title, sheets: [layoutList('Sổ khen thưởng', columns, lines, { caption })] };
};
