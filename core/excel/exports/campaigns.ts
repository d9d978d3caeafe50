// Đợt thi đua to Excel: the list the Phong trào page shows (campaigns.list), newest first.
import { campaignFormLabel } from '../../api/labels.ts';
import type { CampaignRow } from '../../api/types.ts';
import { campaignHandlers } from '../../campaigns/app.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

const columns: Column<CampaignRow>[] = [
  sttColumn(),
  { header: 'Tên đợt, phong trào thi đua', kind: 'text', value: (c) => c.name },
  { header: 'Hình thức', kind: 'text', value: (c) => campaignFormLabel[c.form] },
  { header: 'Từ ngày', kind: 'date', value: (c) => c.startDate },
  { header: 'Đến ngày', kind: 'date', value: (c) => c.endDate },
  { header: 'Số kế hoạch', kind: 'text', value: (c) => c.planNumber },
  { header: 'Ngày kế hoạch', kind: 'date', value: (c) => c.planDate },
  { header: 'Số đơn vị tham gia', kind: 'integer', value: (c) => c.units },
  { header: 'Số công trình', kind: 'integer', value: (c) => c.works },
];

export const exportCampaigns: ListExport<'campaigns'> = async (ctx) => {
  const title = 'Danh sách đợt, phong trào thi đua';
  const campaigns = await campaignHandlers['campaigns.list'](ctx, {});
  return { title, sheets: [layoutList('Phong trào', columns, campaigns, { caption: [title] })] };
};
