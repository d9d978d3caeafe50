// Add or edit one nominee of a proposal: a person picked from Cá nhân, a unit, a collective inside a unit
// (Tổ dân phố 5 of Phường Linh Trung) or a household; the form is one of the catalogue's rows in force on
// the proposal's date for that kind of recipient, so a Giấy khen for a person is never offered to a
// collective. What the rules think of the choice comes back as the proposal's warnings, not as a refusal.
import { Form, Input, Radio, Select } from 'antd';
import { nomineeKindLabel } from '../../../core/api/labels.ts';
import type { NomineeRow, ProposalDetail } from '../../../core/api/types.ts';
import { RECIPIENT_OF } from '../../../core/awards/nominees.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { FormModal } from '../components/FormModal.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { dateShort } from '../format.ts';
import { PersonSelect } from './PersonSelect.tsx';

type Kind = NomineeRow['kind'];

interface Values {
  kind: Kind;
  personId: number | null;
  unitId: number | null;
  name: string;
  formCode: string | undefined;
  achievement: string;
}

interface Props {
  proposal: ProposalDetail;
  nominee: NomineeRow | null;
  onClose: () => void;
  onSaved: (proposal: ProposalDetail) => void;
}

// The order the secretariat meets them in a proposal.
const KINDS: Kind[] = ['ca_nhan', 'tap_the', 'don_vi', 'ho_gia_dinh'];

export function NomineeFormModal({ proposal, nominee, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('kind', form) as Kind | undefined) ?? nominee?.kind ?? 'ca_nhan';
  const forms = useQuery('awardForms.list', { on: proposal.submissionDate ?? undefined, recipient: RECIPIENT_OF[kind] });
  const options = (forms.data ?? []).map((f) => ({ value: f.code, label: f.name }));
  const named = kind === 'tap_the' || kind === 'ho_gia_dinh';
  return (
    <FormModal<Values>
      form={form}
      title={nominee ? `Sửa người được đề nghị: ${nominee.name}` : 'Thêm người, tập thể được đề nghị'}
      width={720}
      testId="nominee-form"
      initialValues={
        nominee
          ? { kind: nominee.kind, personId: nominee.personId, unitId: nominee.unitId, name: nominee.kind === 'tap_the' || nominee.kind === 'ho_gia_dinh' ? nominee.name : '', formCode: nominee.formCode, achievement: nominee.achievement }
          : { kind: 'ca_nhan', personId: null, unitId: proposal.unitId, name: '', formCode: undefined, achievement: '' }
      }
      save={async (v) => {
        const args = {
          kind: v.kind,
          personId: v.kind === 'ca_nhan' ? (v.personId ?? null) : null,
          unitId: v.kind === 'ca_nhan' ? null : (v.unitId ?? null),
          name: named ? (v.name ?? '') : '',
          formCode: v.formCode ?? '',
          achievement: v.achievement ?? '',
        };
        onSaved(nominee ? await call('proposals.updateNominee', { ...args, id: nominee.id }) : await call('proposals.addNominee', { ...args, proposalId: proposal.id }));
      }}
      onClose={onClose}
    >
      <Form.Item name="kind" label="Đối tượng">
        <Radio.Group
          options={KINDS.map((k) => ({ value: k, label: nomineeKindLabel[k] }))}
          onChange={() => form.setFieldValue('formCode', undefined)}
          data-testid="nominee-kind"
        />
      </Form.Item>
      {kind === 'ca_nhan' ? (
        <Form.Item name="personId" label="Cá nhân" rules={[{ required: true, message: 'Chọn cá nhân được đề nghị' }]}>
          <PersonSelect autoFocus data-testid="nominee-person" />
        </Form.Item>
      ) : (
        <div className="form-row">
          <Form.Item
            name="unitId"
            label={kind === 'don_vi' ? 'Đơn vị' : 'Thuộc đơn vị'}
            className="grow"
            rules={kind === 'ho_gia_dinh' ? [] : [{ required: true, message: 'Chọn đơn vị' }]}
          >
            <UnitSelect allowClear={kind === 'ho_gia_dinh'} data-testid="nominee-unit" />
          </Form.Item>
          {named ? (
            <Form.Item
              name="name"
              label={kind === 'tap_the' ? 'Tên tập thể' : 'Tên hộ gia đình'}
              className="grow"
              rules={[{ required: true, whitespace: true, message: kind === 'tap_the' ? 'Nhập tên tập thể' : 'Nhập tên hộ gia đình' }]}
            >
              <Input maxLength={300} placeholder={kind === 'tap_the' ? 'Ví dụ: Tổ dân phố 5' : 'Ví dụ: Hộ ông Nguyễn Văn An'} data-testid="nominee-name" />
            </Form.Item>
          ) : null}
        </div>
      )}
      <Form.Item
        name="formCode"
        label="Hình thức đề nghị"
        rules={[{ required: true, message: 'Chọn hình thức khen thưởng' }]}
        extra={`Các hình thức dành cho ${nomineeKindLabel[kind].toLocaleLowerCase('vi')} có hiệu lực ngày ${dateShort(proposal.submissionDate) || 'hôm nay'}.`}
      >
        <Select
          placeholder="Chọn hình thức khen thưởng"
          loading={forms.loading && !forms.data}
          options={options}
          notFoundContent="Danh mục chưa có hình thức nào cho đối tượng này vào ngày đó."
          data-testid="nominee-form-code"
        />
      </Form.Item>
      <Form.Item name="achievement" label="Thành tích" extra="Tóm tắt thành tích; báo cáo thành tích đầy đủ đính kèm ở mục Tệp đính kèm.">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="nominee-achievement" />
      </Form.Item>
    </FormModal>
  );
}
