// Add or edit one legal basis: the line as the document prints it, the days it is in force, and the
// kinds of document that cite it.
import { Checkbox, Form, Input, InputNumber } from 'antd';
import type { LegalBasis } from '../../../core/api/types.ts';
import { documentLabel } from '../../../core/api/labels.ts';
import { DOCUMENT_KIND_IDS } from '../../../core/documents/kinds.ts';
import { call } from '../api/client.ts';
import { DateInput } from './DateInput.tsx';
import { FormModal } from './FormModal.tsx';

type Values = Omit<LegalBasis, 'id'>;

interface Props {
  basis: LegalBasis | null;
  onClose: () => void;
  onSaved: (basis: LegalBasis) => void;
}

export function LegalBasisFormModal({ basis, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={basis ? 'Sửa căn cứ pháp lý' : 'Thêm căn cứ pháp lý'}
      width={720}
      testId="legal-basis-form"
      initialValues={basis ?? { validTo: null, kinds: ['ke_hoach'], sort: 30 }}
      save={async (v) => onSaved(await call('legalBases.save', { ...v, id: basis?.id, validTo: v.validTo ?? null }))}
      onClose={onClose}
    >
      <Form.Item
        name="text"
        label="Nội dung (in đúng như trong văn bản)"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung căn cứ' }]}
        extra='Ví dụ: "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ …". Dấu ";" hoặc "." cuối dòng được thêm tự động.'
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} autoFocus />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="validFrom" label="Có hiệu lực từ ngày" rules={[{ required: true, message: 'Nhập ngày có hiệu lực' }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="validTo" label="Hết hiệu lực sau ngày" extra="Để trống nếu còn hiệu lực">
          <DateInput />
        </Form.Item>
        <Form.Item name="sort" label="Thứ tự in" rules={[{ required: true, message: 'Nhập thứ tự' }]}>
          <InputNumber min={1} max={9999} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </div>
      <Form.Item
        name="kinds"
        label="Văn bản trích dẫn"
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một loại văn bản' }]}
        extra="Hiện nay kế hoạch in phần căn cứ từ danh sách này."
      >
        <Checkbox.Group options={DOCUMENT_KIND_IDS.map((k) => ({ value: k, label: documentLabel(k, null) }))} />
      </Form.Item>
    </FormModal>
  );
}
