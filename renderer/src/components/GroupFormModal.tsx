// Create or rename a khối/cụm.
import { App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { GroupRow } from '../../../core/api/types.ts';
import { groupKindLabel } from '../../../core/api/labels.ts';
import { call } from '../api/client.ts';
import { showApiError } from './formErrors.ts';

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
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      onSaved(await call('org.saveGroup', { id: group?.id, code: v.code, kind: v.kind, name: v.name }));
    } catch (e) {
      showApiError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={group ? `Sửa: ${group.name}` : 'Thêm khối, cụm thi đua'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={group ? { code: group.code, kind: group.kind, name: group.name } : { kind: 'khoi' }}
        onFinish={() => void submit()}
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
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
