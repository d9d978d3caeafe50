// Create or rename a khối/cụm.
import { Form, Input, Radio } from 'antd';
import type { GroupRow } from '../../../core/api/types.ts';
import { groupKindLabel } from '../../../core/api/labels.ts';
import { call } from '../api/client.ts';
import { FormModal } from './FormModal.tsx';

interface Values {
  code: string;
  kind: GroupRow['kind'];
  name: string;
}

interface Props {
  group: GroupRow | null;
  onClose: () => void;
  onSaved: (group: GroupRow) => void;
}

export function GroupFormModal({ group, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={group ? `Sửa: ${group.name}` : 'Thêm khối, cụm thi đua'}
      initialValues={group ? { code: group.code, kind: group.kind, name: group.name } : { kind: 'khoi' }}
      save={async (v) => onSaved(await call('org.saveGroup', { id: group?.id, code: v.code, kind: v.kind, name: v.name }))}
      onClose={onClose}
    >
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Chọn khối hoặc cụm' }]}>
        <Radio.Group
          options={Object.entries(groupKindLabel).map(([value, label]) => ({ value, label }))}
          optionType="button"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label="Tên"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên khối/cụm' }, { max: 200, message: 'Tối đa 200 ký tự' }]}
      >
        <Input autoFocus placeholder="Ví dụ: Khối thi đua các cơ quan Đảng" />
      </Form.Item>
      <Form.Item
        name="code"
        label="Mã"
        rules={[{ required: true, whitespace: true, message: 'Nhập mã khối/cụm' }, { max: 40, message: 'Tối đa 40 ký tự' }]}
      >
        <Input placeholder="Ví dụ: K01, C04" />
      </Form.Item>
    </FormModal>
  );
}
