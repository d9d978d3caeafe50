// Correct one entry of a work's status history (a day or a status typed wrong). Core checks that the
// history still reads forward and says why next to the field when it does not.
import { Form, Input, Select } from 'antd';
import type { WorkDetail, WorkUpdate } from '../../../core/api/types.ts';
import { workStatusLabel } from '../../../core/api/labels.ts';
import { call } from '../api/client.ts';
import { dateShort } from '../format.ts';
import { DateInput, dateRule } from './DateInput.tsx';
import { FormModal } from './FormModal.tsx';

interface Values {
  status: WorkUpdate['status'];
  date: string;
  note: string;
}

interface Props {
  work: WorkDetail;
  entry: WorkUpdate;
  onClose: () => void;
  onSaved: (w: WorkDetail) => void;
}

export function HistoryEntryModal({ work, entry, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={`Sửa dòng lịch sử ngày ${dateShort(entry.date)}`}
      width={560}
      testId="history-form"
      initialValues={{ status: entry.status, date: entry.date, note: entry.note }}
      save={async (v) => onSaved(await call('works.updateHistory', { id: entry.id, status: v.status, date: v.date, note: v.note ?? '' }))}
      onClose={onClose}
    >
      <div className="form-row">
        <Form.Item name="status" label="Trạng thái" rules={[{ required: true, message: 'Chọn trạng thái' }]}>
          <Select
            style={{ width: 190 }}
            aria-label="Trạng thái"
            options={Object.entries(workStatusLabel).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label="Ngày"
          rules={[
            { required: true, message: 'Nhập ngày' },
            dateRule({ min: work.registeredOn, minReason: `không được trước ngày đăng ký ${dateShort(work.registeredOn)}` }),
          ]}
        >
          <DateInput allowClear={false} minDate={work.registeredOn} aria-label="Ngày" />
        </Form.Item>
      </div>
      <Form.Item name="note" label="Ghi chú, minh chứng">
        <Input maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
