// The dialog every small form lives in: vertical fields, Enter or the OK button saves through
// useFormSave, Hủy or Esc closes without a trace.
import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useFormSave } from './useFormSave.ts';

interface Props<V> {
  form: FormInstance<V>;
  title: string;
  okText?: string;
  width?: number;
  testId?: string;
  initialValues: Partial<V>;
  save: (values: V) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

export function FormModal<V>({ form, title, okText = 'Lưu', width, testId, initialValues, save, onClose, children }: Props<V>) {
  const { saving, submit } = useFormSave(form, save);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      <Form form={form} layout="vertical" data-testid={testId} initialValues={initialValues} onFinish={submit}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
