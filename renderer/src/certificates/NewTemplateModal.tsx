// A new template: from one of the app's two designs (the full design on plain paper, the phôi) or as a
// copy of a template, background image included. Only the name is asked; the editor does the rest.
import { Form, Input, Radio } from 'antd';
import type { CertificateTemplateRow } from '../../../core/api/types.ts';
import type { CertificateTemplate } from '../../../core/certificates/template.ts';
import { call } from '../api/client.ts';
import { FormModal } from '../components/FormModal.tsx';

interface Values {
  name: string;
  starter: number;
}

interface Props {
  /** A copy of this template; null: a new one from a starter. */
  copyOf: CertificateTemplateRow | null;
  starters: CertificateTemplate[];
  taken: string[];
  onClose: () => void;
  onSaved: (row: CertificateTemplateRow) => void;
}

function freeName(base: string, taken: string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base} (${n})`)) return `${base} (${n})`;
}

export function NewTemplateModal({ copyOf, starters, taken, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    const row = copyOf
      ? await call('certificates.duplicateTemplate', { id: copyOf.id, name: v.name })
      : await call('certificates.saveTemplate', { template: { ...starters[v.starter], name: v.name } });
    onSaved(row);
  };
  return (
    <FormModal<Values>
      form={form}
      title={copyOf ? `Nhân bản mẫu "${copyOf.template.name}"` : 'Tạo mẫu giấy khen'}
      okText={copyOf ? 'Nhân bản' : 'Tạo và sửa'}
      testId="new-template-form"
      initialValues={{ name: freeName(copyOf ? `${copyOf.template.name} (bản sao)` : (starters[1]?.name ?? ''), taken), starter: 1 }}
      save={save}
      onClose={onClose}
    >
      {copyOf ? null : (
        <Form.Item name="starter" label="Bắt đầu từ">
          <Radio.Group
            onChange={(e) => form.setFieldValue('name', freeName(starters[Number(e.target.value)].name, taken))}
            options={starters.map((t, i) => ({ value: i, label: t.kind === 'phoi' ? 'Mẫu in lên phôi (chỉ các ô chữ)' : 'Mẫu in cả giấy khen trên giấy trắng (viền, Quốc hiệu, tiêu đề)' }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label="Tên mẫu" rules={[{ required: true, whitespace: true, message: 'Nhập tên mẫu giấy khen' }]}>
        <Input maxLength={120} />
      </Form.Item>
    </FormModal>
  );
}
