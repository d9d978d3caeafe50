// Add or edit a proposal's head: who proposes (a unit, or the secretariat itself when left empty), for
// which campaign or for a year, the tờ trình's number and date (the date decides which catalogue rows
// its nominees may take), and whether it is still a draft.
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { proposalStatusLabel } from '../../../core/api/labels.ts';
import type { ProposalDetail, ProposalRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';

interface Values {
  unitId: number | null;
  campaignId: number | null;
  year: number;
  submissionNumber: string;
  submissionDate: string | null;
  status: ProposalRow['status'];
  note: string;
}

interface Props {
  proposal: ProposalRow | null;
  /** A new proposal's campaign: the one the app works on. */
  campaignId: number | null;
  onClose: () => void;
  onSaved: (proposal: ProposalDetail) => void;
}

export function ProposalFormModal({ proposal, campaignId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const campaigns = useQuery('campaigns.list', {});
  return (
    <FormModal<Values>
      form={form}
      title={proposal ? 'Sửa đề nghị khen thưởng' : 'Thêm đề nghị khen thưởng'}
      width={680}
      testId="proposal-form"
      initialValues={
        proposal ?? { unitId: null, campaignId, year: new Date().getFullYear(), submissionNumber: '', submissionDate: null, status: 'du_thao', note: '' }
      }
      save={async (v) => {
        const args = {
          unitId: v.unitId ?? null,
          campaignId: v.campaignId ?? null,
          year: v.year,
          submissionNumber: v.submissionNumber ?? '',
          submissionDate: v.submissionDate ?? null,
          status: v.status,
          note: v.note ?? '',
        };
        onSaved(proposal ? await call('proposals.update', { ...args, id: proposal.id }) : await call('proposals.create', args));
      }}
      onClose={onClose}
    >
      <Form.Item name="unitId" label="Đơn vị đề nghị" extra="Để trống: đề nghị của chính cơ quan (Thường trực Hội đồng).">
        <UnitSelect allowClear autoFocus data-testid="proposal-unit" />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="campaignId" label="Đợt thi đua" className="grow" extra="Để trống: khen thưởng theo năm.">
          <Select
            allowClear
            placeholder="Khen thưởng theo năm"
            loading={!campaigns.data}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            data-testid="proposal-campaign"
          />
        </Form.Item>
        <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
          <InputNumber min={1900} max={2200} precision={0} controls={false} style={{ width: 100 }} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="submissionNumber" label="Số tờ trình" className="grow">
          <Input maxLength={50} placeholder="Ví dụ: 12/TTr-UBND" />
        </Form.Item>
        <Form.Item name="submissionDate" label="Ngày tờ trình" rules={[dateRule({ label: 'Ngày tờ trình' })]}>
          <DateInput style={{ width: 170 }} data-testid="proposal-date" />
        </Form.Item>
        <Form.Item name="status" label="Trạng thái">
          <Radio.Group options={Object.entries(proposalStatusLabel).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </div>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
