// Ghi phôi hỏng: a wasted blank is logged, of the one line chosen or of none (a jammed sheet).
import { Form, Input, InputNumber, Typography } from 'antd';
import type { AwardRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { FormModal } from '../components/FormModal.tsx';

interface Values {
  reason: string;
  count: number;
}

interface Props {
  /** The line the blank was printed for, when exactly one is selected. */
  award: AwardRow | null;
  onClose: () => void;
  onSaved: (count: number) => void;
}

export function SpoilBlankModal({ award, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      form={form}
      title="Ghi phôi hỏng"
      okText="Ghi"
      width={520}
      testId="spoil-form"
      initialValues={{ reason: '', count: 1 }}
      save={async (v) => {
        const row = await call('awards.spoil', { awardId: award?.id ?? null, reason: v.reason, count: v.count });
        onSaved(row.count);
      }}
      onClose={onClose}
    >
      <Typography.Paragraph>
        {award ? `Phôi của ${award.name} (số sổ ${award.bookNumber}).` : 'Phôi không gắn với dòng nào của sổ (chọn đúng một dòng để gắn).'}
      </Typography.Paragraph>
      <Form.Item name="reason" label="Lý do hỏng" rules={[{ required: true, whitespace: true, message: 'Nhập lý do hỏng phôi' }]}>
        <Input autoFocus maxLength={1000} placeholder="Ví dụ: Kẹt giấy, in lệch" />
      </Form.Item>
      <Form.Item name="count" label="Số phôi hỏng" rules={[{ required: true, message: 'Nhập số phôi hỏng' }]}>
        <InputNumber min={1} max={10_000} precision={0} style={{ width: 140 }} />
      </Form.Item>
    </FormModal>
  );
}
