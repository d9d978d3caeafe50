// Tổng quan's controls: the campaign, the "as of" date, the round/truncate switch and a reload. Its
// own chunk: the select and the date picker are among antd's costliest components to set up, and the
// figures they control are on screen first.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Tooltip } from 'antd';
import { CampaignPicker } from '../components/CampaignPicker.tsx';
import { DateInput } from '../components/DateInput.tsx';

interface Props {
  asOf: string | null;
  onAsOf: (iso: string | null) => void;
  truncate: boolean;
  /** False until the first figures are in: the switch shows the mode they were counted in. */
  ready: boolean;
  onTruncate: (next: boolean) => void;
  onReload: () => void;
}

export function DashboardToolbar({ asOf, onAsOf, truncate, ready, onTruncate, onReload }: Props) {
  return (
    <Space wrap>
      <CampaignPicker />
      <span>Tính đến ngày</span>
      <DateInput value={asOf} onChange={onAsOf} allowClear={false} data-testid="as-of" aria-label="Tính đến ngày" />
      <Tooltip title="Báo cáo viết tay thường cắt bỏ phần lẻ (46,45%) thay vì làm tròn (46,46%).">
        <Space size={4}>
          <Switch
            size="small"
            checked={truncate}
            disabled={!ready}
            onChange={onTruncate}
            data-testid="truncate-toggle"
            aria-label="Cắt bỏ phần lẻ của tỷ lệ"
          />
          <span>Cắt bỏ phần lẻ</span>
        </Space>
      </Tooltip>
      <Button icon={<ReloadOutlined />} onClick={onReload} aria-label="Tải lại" />
    </Space>
  );
}
