// Tổng quan's controls: the campaign, the "as of" date, the round/truncate switch and a reload. Its
// own chunk: the select and the date picker are among antd's costliest components to set up, and the
// figures they control are on screen first.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { readTypedDate } from '../../../core/text/typed-date.ts';
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
  // A typed text that is no day stays in the field, marked, with the reason beside it; the figures
  // keep the last day taken rather than jumping to another one.
  const [refused, setRefused] = useState<{ text: string; reason: string } | null>(null);
  const take = (value: string | null) => {
    if (value === null) {
      setRefused(null);
      onAsOf(null);
      return;
    }
    const typed = readTypedDate(value);
    if (!typed.ok) {
      setRefused({ text: value, reason: typed.message });
      return;
    }
    setRefused(null);
    onAsOf(typed.iso);
  };
  return (
    <Space wrap>
      <CampaignPicker />
      <span>Tính đến ngày</span>
      <DateInput value={refused?.text ?? asOf} onChange={take} allowClear={false} data-testid="as-of" aria-label="Tính đến ngày" />
      {refused ? (
        <Typography.Text type="danger" data-testid="as-of-error">
          {refused.reason}
        </Typography.Text>
      ) : null}
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
