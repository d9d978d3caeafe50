// The campaign the user works on, shared by Tổng quan, Công trình and Báo cáo đơn vị.
import { Select } from 'antd';
import { useSession } from '../state/session.tsx';
import { dateShort } from '../format.ts';

export function CampaignPicker({ width = 420 }: { width?: number }) {
  const { campaigns, campaignId, setCampaignId } = useSession();
  return (
    <Select
      data-testid="campaign-picker"
      aria-label="Đợt thi đua"
      style={{ width }}
      value={campaignId ?? undefined}
      placeholder="Chọn đợt thi đua"
      onChange={setCampaignId}
      popupMatchSelectWidth={false}
      options={campaigns.map((c) => ({
        value: c.id,
        label: c.name,
        title: `${c.name} (${dateShort(c.startDate)} – ${dateShort(c.endDate)})`,
      }))}
    />
  );
}
