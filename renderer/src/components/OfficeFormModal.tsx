// Add or edit one office of "Tổ chức thực hiện": its name as the plan heads its khoản, and its duty.
import { Form, Input, InputNumber, Switch } from 'antd';
import type { Office } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { FormModal } from './FormModal.tsx';

type Values = Omit<Office, 'id'>;

interface Props {
  office: Office | null;
  onClose: () => void;
  onSaved: (office: Office) => void;
}

export function OfficeFormModal({ office, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={office ? `Sửa: ${office.name}` : 'Thêm cơ quan, đơn vị thực hiện'}
      width={720}
      testId="office-form"
      initialValues={office ?? { duty: '', sort: 100, active: true }}
      save={async (v) => onSaved(await call('offices.save', { ...v, id: office?.id }))}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Tên cơ quan, đơn vị"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên cơ quan, đơn vị' }]}
        extra='Phần trong ngoặc chỉ in ở lần nêu đầu tiên, ví dụ: "Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)".'
      >
        <Input maxLength={300} autoFocus />
      </Form.Item>
      <Form.Item name="duty" label="Nhiệm vụ (mỗi dòng một đoạn; dòng bắt đầu bằng - là gạch đầu dòng)">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="sort" label="Thứ tự in" rules={[{ required: true, message: 'Nhập thứ tự' }]}>
          <InputNumber min={1} max={9999} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="active" label="Đưa vào kế hoạch" valuePropName="checked">
          <Switch />
        </Form.Item>
      </div>
    </FormModal>
  );
}
