// Thu hồi one line of the register: the line stays in the sổ, marked, with the reason the user gives.
import { Form, Input } from 'antd';
import type { AwardRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { FormModal } from '../components/FormModal.tsx';

interface Props {
  award: AwardRow;
  onClose: () => void;
  onRevoked: (award: AwardRow) => void;
}

export function RevokeAwardModal({ award, onClose, onRevoked }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      form={form}
      title={`Thu hồi khen thưởng: ${award.name} (số sổ ${award.bookNumber})`}
      okText="Thu hồi"
      width={560}
      testId="revoke-form"
      initialValues={{ reason: '' }}
      save={async (v) => onRevoked(await call('awards.revoke', { id: award.id, reason: v.reason }))}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="Lý do thu hồi"
        extra="Dòng vẫn được giữ trong sổ khen thưởng, đánh dấu đã thu hồi."
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do thu hồi' }]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={1000} placeholder="Ví dụ: Kê khai không đúng thành tích" />
      </Form.Item>
    </FormModal>
  );
}
