// Công trình quá hạn to Excel: the dashboard's list (stats.campaign at the same date): past their due
// date and not finished, with the days overdue.
import type { CampaignStats, OverdueWork } from '../../api/types.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList, type ListSheet } from '../layout.ts';
import { campaignFigures, figuresCaption } from './campaign-figures.ts';

const columns: Column<OverdueWork>[] = [
  sttColumn(),
  { header: 'Tên đơn vị', kind: 'text', value: (w) => w.unitName },
  { header: 'Tên công trình, phần việc', kind: 'text', value: (w) => w.title },
  { header: 'Thời hạn', kind: 'date', value: (w) => w.dueDate },
  { header: 'Số ngày quá hạn', kind: 'integer', value: (w) => w.daysOverdue },
];

export const OVERDUE_TITLE = 'Công trình, phần việc quá hạn';

export function overdueSheet(s: CampaignStats): ListSheet {
  return layoutList('Quá hạn', columns, s.overdueWorks, { caption: [OVERDUE_TITLE, ...figuresCaption(s)] });
}

export const exportOverdue: ListExport<'overdue'> = async (ctx, a) => ({
  title: OVERDUE_TITLE,
  sheets: [overdueSheet(await campaignFigures(ctx, a))],
});
