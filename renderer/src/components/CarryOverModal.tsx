// Works not finished by the end of one campaign continue toward the next: each becomes a new
// registration in the chosen campaign that keeps a link to where it came from.
import { Alert, App, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { workStatusLabel } from '../../../core/api/labels.ts';
import { UNFINISHED } from '../../../core/works/rules.ts';
import { call } from '../api/client.ts';
import { dateShort, num } from '../format.ts';
import { useSession } from '../state/session.tsx';
import { showApiError } from './formErrors.ts';

// The statuses named from the rule itself, so the sentence cannot fall behind it.
const UNFINISHED_WORDS = UNFINISHED.map((s) => workStatusLabel[s].toLocaleLowerCase('vi')).join(', ');

interface Props {
  fromCampaignId: number;
  workIds: number[];
  onClose: () => void;
  onDone: (created: number, toCampaignId: number) => void;
}

export function CarryOverModal({ fromCampaignId, workIds, onClose, onDone }: Props) {
  const { campaigns } = useSession();
  const { message } = App.useApp();
  const targets = campaigns.filter((c) => c.id !== fromCampaignId);
  const [to, setTo] = useState<number | undefined>(targets[0]?.id);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!to) return;
    setSaving(true);
    try {
      const { created } = await call('works.carryOver', { toCampaignId: to, workIds });
      onDone(created.length, to);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`Chuyển tiếp ${num(workIds.length)} công trình sang đợt khác`}
      okText="Chuyển tiếp"
      cancelText="Hủy"
      okButtonProps={{ disabled: !to }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={640}
    >
      {targets.length === 0 ? (
        <Alert type="info" showIcon title="Chưa có đợt thi đua nào khác. Hãy tạo đợt mới trước khi chuyển tiếp." />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>Chuyển sang đợt:</Typography.Text>
          <Select
            style={{ width: '100%' }}
            value={to}
            onChange={setTo}
            options={targets.map((c) => ({
              value: c.id,
              label: `${c.name} (${dateShort(c.startDate)} – ${dateShort(c.endDate)})`,
            }))}
          />
          <Typography.Text type="secondary">
            Chỉ công trình chưa hoàn thành ({UNFINISHED_WORDS}) được chuyển tiếp. Công trình mới được đăng ký từ ngày
            bắt đầu của đợt đích; công trình gốc vẫn giữ nguyên trong đợt này.
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
