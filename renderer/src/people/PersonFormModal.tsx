// Add or edit one person. The name's parts are shown as the server will store them (the same rule,
// core/people/rules.ts), so a compound tên is seen and set before saving, not found wrong in a danh sách.
import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { type StaffClass, staffClassLabel } from '../../../core/api/labels.ts';
import type { PersonRow } from '../../../core/api/types.ts';
import { personName } from '../../../core/people/rules.ts';
import { call } from '../api/client.ts';
import { FormModal } from '../components/FormModal.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';

interface Values {
  fullName: string;
  givenName: string;
  gender: PersonRow['gender'];
  birthYear: number | null;
  position: string;
  unitId: number | null;
  staffClass: StaffClass | null;
}

interface Props {
  person: PersonRow | null;
  /** A new person's unit: the one the list is filtered by. */
  unitId?: number;
  onClose: () => void;
  onSaved: (person: PersonRow) => void;
}

const nameRule = (field: 'fullName' | 'givenName') => ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: async () => {
    const full = String(getFieldValue('fullName') ?? '');
    if (!full.trim()) return;
    const r = personName(full, String(getFieldValue('givenName') ?? ''));
    if (!r.ok && r.field === field) throw new Error(r.message);
  },
});

/** "Tên: Thanh Tâm · tên đệm: Trần · họ: Nguyễn", as the list sorts it. */
function PartsLine({ fullName, givenName }: { fullName: string; givenName: string }) {
  const r = personName(fullName ?? '', givenName ?? '');
  if (!r.ok) return null;
  const { ho, tenDem, ten } = r.parts;
  return (
    <Typography.Text type="secondary" data-testid="name-parts">
      Sắp xếp theo tên <b>{ten}</b>
      {tenDem ? (
        <>
          , tên đệm <b>{tenDem}</b>
        </>
      ) : null}
      {ho ? (
        <>
          , họ <b>{ho}</b>
        </>
      ) : null}
      {r.givenManual ? ' (tên ghép nhập tay)' : ''}
    </Typography.Text>
  );
}

export function PersonFormModal({ person, unitId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const fullName = Form.useWatch('fullName', form) ?? '';
  const givenName = Form.useWatch('givenName', form) ?? '';
  const computed = personName(fullName, '');
  const thisYear = new Date().getFullYear();
  return (
    <FormModal<Values>
      form={form}
      title={person ? `Sửa thông tin: ${person.fullName}` : 'Thêm cá nhân'}
      width={680}
      testId="person-form"
      initialValues={
        person
          ? { ...person, givenName: person.givenManual ? person.givenName : '' }
          : { fullName: '', givenName: '', gender: null, birthYear: null, position: '', unitId: unitId ?? null, staffClass: null }
      }
      save={async (v) => {
        const args = {
          fullName: v.fullName,
          givenName: v.givenName ?? '',
          gender: v.gender ?? null,
          birthYear: v.birthYear ?? null,
          position: v.position ?? '',
          unitId: v.unitId ?? null,
          staffClass: v.staffClass ?? null,
        };
        onSaved(person ? await call('people.update', { ...args, id: person.id }) : await call('people.create', args));
      }}
      onClose={onClose}
    >
      <div className="form-row">
        <Form.Item
          className="grow"
          name="fullName"
          label="Họ và tên"
          dependencies={['givenName']}
          rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }, nameRule('fullName')]}
        >
          <Input autoFocus maxLength={100} placeholder="Ví dụ: Nguyễn Trần Thanh Tâm" />
        </Form.Item>
        <Form.Item
          name="givenName"
          label="Tên (nếu là tên ghép)"
          dependencies={['fullName']}
          rules={[nameRule('givenName')]}
          tooltip='Để trống thì tên là chữ cuối của họ và tên. Nhập khi tên có hai chữ, ví dụ "Thanh Tâm", để danh sách xếp đúng.'
          style={{ width: 220 }}
        >
          <Input maxLength={60} placeholder={computed.ok ? computed.parts.ten : 'Tên'} />
        </Form.Item>
      </div>
      <div style={{ marginTop: -12, marginBottom: 12, minHeight: 22 }}>
        <PartsLine fullName={fullName} givenName={givenName} />
      </div>
      <div className="form-row">
        <Form.Item name="gender" label="Giới tính">
          <Radio.Group
            options={[
              { value: 'nam', label: 'Nam' },
              { value: 'nu', label: 'Nữ' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="birthYear"
          label="Năm sinh"
          rules={[{ type: 'number', min: 1900, max: thisYear, message: `Năm sinh phải từ 1900 đến ${thisYear}.` }]}
        >
          <InputNumber min={1900} max={thisYear} precision={0} controls={false} style={{ width: 110 }} placeholder="1985" />
        </Form.Item>
        <Form.Item name="staffClass" label="Đối tượng" className="grow">
          <Select
            allowClear
            placeholder="Chọn đối tượng"
            options={Object.entries(staffClassLabel).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="position" label="Chức vụ" rules={[{ max: 300, message: 'Tối đa 300 ký tự' }]}>
        <Input placeholder="Ví dụ: Phó Chủ tịch Ủy ban nhân dân phường" />
      </Form.Item>
      <Form.Item name="unitId" label="Đơn vị">
        <UnitSelect allowClear />
      </Form.Item>
    </FormModal>
  );
}
