// Ban hành a draft decision from the register: the văn thư types the number or leaves it to the
// register's QĐ sequence, and the date (the decision's by default). Core's refusals (a number taken, a
// date before the meeting) land beside the field they name.
import { Form, InputNumber, Typography } from 'antd';
import type { DecisionRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';

interface Values {
  number: number | null;
  date: string;
}

interface Props {
  decision: DecisionRow;
  onClose: () => void;
  onIssued: (numberText: string, lines: number) => void;
}

export function IssueDecisionModal({ decision, onClose, onIssued }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      form={form}
      title="Ban hành quyết định khen thưởng"
      okText="Ban hành"
      width={520}
      testId="issue-form"
      initialValues={{ number: null, date: decision.date }}
      save={async (v) => {
        const issued = await call('decisions.issue', { id: decision.id, number: v.number ?? undefined, date: v.date });
        onIssued(issued.numberText, issued.awards.length);
      }}
      onClose={onClose}
    >
      <Typography.Paragraph>
        {decision.formName || 'Quyết định khen thưởng'} · {decision.lines} dòng. Khi ban hành, mỗi dòng được cấp số sổ khen thưởng; số sổ không đổi khi in lại.
      </Typography.Paragraph>
      <Form.Item name="number" label="Số quyết định" extra="Để trống: lấy số tiếp theo trong sổ văn bản.">
        <InputNumber autoFocus min={1} max={99_999} precision={0} style={{ width: 200 }} placeholder="Số tiếp theo của sổ" />
      </Form.Item>
      <Form.Item name="date" label="Ngày ban hành" rules={[{ required: true, message: 'Chọn ngày ban hành' }, dateRule({ label: 'Ngày ban hành' })]}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
