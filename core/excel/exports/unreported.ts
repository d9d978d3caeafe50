// Đơn vị chưa báo cáo to Excel: the dashboard's list (stats.campaign at the same date), to send the
// reminder to.
import type { CampaignStats } from '../../api/types.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList, type ListSheet } from '../layout.ts';
import { campaignFigures, figuresCaption } from './campaign-figures.ts';

type NotReported = CampaignStats['notReported'][number];

const columns: Column<NotReported>[] = [
  sttColumn(),
  { header: 'Mã đơn vị', kind: 'text', value: (u) => u.code },
  { header: 'Tên đơn vị', kind: 'text', value: (u) => u.name },
  { header: 'Khối, cụm', kind: 'text', value: (u) => u.group ?? 'Chưa xếp khối, cụm' },
  { header: 'Số công trình đăng ký', kind: 'integer', value: (u) => u.works },
];

export const UNREPORTED_TITLE = 'Đơn vị chưa báo cáo';

export function unreportedSheet(s: CampaignStats): ListSheet {
  return layoutList('Chưa báo cáo', columns, s.notReported, { caption: [UNREPORTED_TITLE, ...figuresCaption(s)] });
}

export const exportUnreported: ListExport<'unreported'> = async (ctx, a) => ({
  title: UNREPORTED_TITLE,
  sheets: [unreportedSheet(await campaignFigures(ctx, a))],
});
