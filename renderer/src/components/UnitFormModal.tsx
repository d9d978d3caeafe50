// Create or edit one unit. The checks here only spare a round trip; core checks again and its
// messages (e.g. a code already in use) land on the same fields.
import { Form, Input, Select } from 'antd';
import type { UnitRow } from '../../../core/api/types.ts';
import { unitKindLabel } from '../../../core/api/labels.ts';
import { call } from '../api/client.ts';
import { FormModal } from './FormModal.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface Values {
  code: string;
  name: string;
  shortName: string;
  kind: UnitRow['kind'];
  parentId: number | null;
}

interface Props {
  unit: UnitRow | null;
  onClose: () => void;
  onSaved: (unit: UnitRow) => void;
}

export function UnitFormModal({ unit, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      form={form}
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      width={620}
      testId="unit-form"
      initialValues={
        unit
          ? { code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind, parentId: unit.parentId }
          : { kind: 'co_quan', parentId: null, shortName: '' }
      }
      save={async (v) =>
        onSaved(
          await call('org.saveUnit', {
            id: unit?.id,
            code: v.code,
            name: v.name,
            shortName: v.shortName ?? '',
            kind: v.kind,
            parentId: v.parentId ?? null,
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Tên đơn vị"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }, { max: 300, message: 'Tối đa 300 ký tự' }]}
      >
        <Input autoFocus placeholder="Ví dụ: Ủy ban nhân dân phường Linh Trung" />
      </Form.Item>
      <div className="form-row">
        <Form.Item
          name="code"
          label="Mã đơn vị"
          className="grow"
          extra="Mã ngắn, cố định, dùng khi trao đổi dữ liệu (ví dụ: P-LT)."
          rules={[
            { required: true, whitespace: true, message: 'Nhập mã đơn vị' },
            { pattern: /^[\p{L}\p{N}._-]+$/u, message: 'Mã đơn vị chỉ gồm chữ, số và dấu . _ -' },
            { max: 40, message: 'Tối đa 40 ký tự' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label="Tên viết tắt" className="grow" rules={[{ max: 100, message: 'Tối đa 100 ký tự' }]}>
          <Input />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="kind" label="Loại đơn vị" className="grow" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select
            aria-label="Loại đơn vị"
            data-testid="unit-kind"
            options={Object.entries(unitKindLabel).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="parentId" label="Trực thuộc" className="grow">
          <UnitSelect allowClear placeholder="Không trực thuộc đơn vị nào" />
        </Form.Item>
      </div>
    </FormModal>
  );
}
