// Ban hành a draft decision from the register: the văn thư types the number or leaves it to the
// register's QĐ sequence, and the date (the decision's by default). Core's refusals (a number taken, a
// date before the meeting) land beside the field they name; those about the decision itself (no signer,
// a nominee already awarded) stay in the dialog above the fields, not only in a passing toast.
import { Alert, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { DecisionRow } from '../../../core/api/types.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
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
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <FormModal<Values>
      form={form}
      title="Ban hành quyết định khen thưởng"
      okText="Ban hành"
      width={520}
      testId="issue-form"
      initialValues={{ number: null, date: decision.date }}
      save={async (v) => {
        setRefusal(null);
        try {
          const issued = await call('decisions.issue', { id: decision.id, number: v.number ?? undefined, date: v.date });
          onIssued(issued.numberText, issued.awards.length);
        } catch (e) {
          const fields = e instanceof ApiCallError ? Object.keys(e.apiError.fields ?? {}) : [];
          if (!fields.some((f) => f === 'number' || f === 'date')) setRefusal(errorMessage(e));
          throw e;
        }
      }}
      onClose={onClose}
    >
      <Typography.Paragraph>
        {decision.formName || 'Quyết định khen thưởng'} · {decision.lines} dòng. Khi ban hành, mỗi dòng được cấp số sổ khen thưởng; số sổ không đổi khi in lại.
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="issue-refusal" />}
      <Form.Item name="number" label="Số quyết định" extra="Để trống: lấy số tiếp theo trong sổ văn bản.">
        <InputNumber autoFocus min={1} max={99_999} precision={0} style={{ width: 200 }} placeholder="Số tiếp theo của sổ" />
      </Form.Item>
      <Form.Item name="date" label="Ngày ban hành" rules={[{ required: true, message: 'Chọn ngày ban hành' }, dateRule({ label: 'Ngày ban hành' })]}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
