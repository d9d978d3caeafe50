// Add or edit a council meeting: when and where, who sat (members total and present, chủ trì, thư ký),
// the proposals it reviews, and the share of those present a nominee needs — the settings' figure
// unless this meeting's Quy chế says otherwise. Core refuses more present than members, or dropping a
// proposal already voted on, beside the field.
import { Form, Input, InputNumber, Select } from 'antd';
import type { MeetingDetail, MeetingRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { dateShort } from '../format.ts';

interface Values {
  date: string;
  place: string;
  campaignId: number | null;
  membersTotal: number;
  membersPresent: number;
  chair: string;
  secretary: string;
  thresholdPercent: number | null;
  proposalIds: number[];
  note: string;
}

interface Props {
  meeting: MeetingRow | null;
  campaignId: number | null;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
}

export function MeetingFormModal({ meeting, campaignId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const campaigns = useQuery('campaigns.list', {});
  const proposals = useQuery('proposals.list', {});
  const settings = useQuery('settings.get', {});
  return (
    <FormModal<Values>
      form={form}
      title={meeting ? `Sửa cuộc họp ngày ${dateShort(meeting.date)}` : 'Thêm cuộc họp Hội đồng'}
      width={760}
      testId="meeting-form"
      initialValues={
        meeting
          ? { ...meeting, thresholdPercent: meeting.thresholdHundredths / 100 }
          : { date: '', place: '', campaignId, membersTotal: undefined, membersPresent: undefined, chair: '', secretary: '', thresholdPercent: null, proposalIds: [], note: '' }
      }
      save={async (v) => {
        const args = {
          date: v.date,
          place: v.place ?? '',
          campaignId: v.campaignId ?? null,
          membersTotal: v.membersTotal,
          membersPresent: v.membersPresent,
          chair: v.chair ?? '',
          secretary: v.secretary ?? '',
          thresholdPercent: v.thresholdPercent ?? undefined,
          proposalIds: v.proposalIds ?? [],
          note: v.note ?? '',
        };
        onSaved(meeting ? await call('meetings.update', { ...args, id: meeting.id }) : await call('meetings.create', args));
      }}
      onClose={onClose}
    >
      <div className="form-row">
        <Form.Item name="date" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp' }, dateRule({ label: 'Ngày họp' })]}>
          <DateInput autoFocus style={{ width: 170 }} data-testid="meeting-date" />
        </Form.Item>
        <Form.Item name="campaignId" label="Đợt thi đua" className="grow" tooltip="Để trống: khen thưởng theo năm.">
          <Select
            allowClear
            placeholder="Khen thưởng theo năm"
            loading={!campaigns.data}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            data-testid="meeting-campaign"
          />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="membersTotal" label="Tổng số thành viên" rules={[{ required: true, message: 'Nhập tổng số thành viên' }]}>
          <InputNumber min={1} max={100_000} precision={0} style={{ width: 150 }} data-testid="meeting-total" />
        </Form.Item>
        <Form.Item name="membersPresent" label="Số có mặt" rules={[{ required: true, message: 'Nhập số thành viên có mặt' }]}>
          <InputNumber min={1} max={100_000} precision={0} style={{ width: 130 }} data-testid="meeting-present" />
        </Form.Item>
        <Form.Item
          name="thresholdPercent"
          label="Tỷ lệ đồng ý cần đạt (%)"
          className="grow"
          extra={settings.data ? `Để trống: ${String(settings.data.councilThreshold).replace('.', ',')}% theo cài đặt của cơ quan.` : undefined}
        >
          <InputNumber min={50} max={100} step={0.01} decimalSeparator="," style={{ width: 150 }} placeholder={settings.data ? String(settings.data.councilThreshold) : ''} />
        </Form.Item>
      </div>
      <div className="form-row">
        <Form.Item name="place" label="Địa điểm" className="grow">
          <Input maxLength={300} placeholder="Ví dụ: Hội trường UBND thành phố" />
        </Form.Item>
        <Form.Item name="chair" label="Chủ trì" tooltip="Biên bản họp cần tên người chủ trì và thư ký." style={{ width: 200 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="secretary" label="Thư ký" tooltip="Biên bản họp cần tên người chủ trì và thư ký." style={{ width: 200 }}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <Form.Item name="proposalIds" label="Các đề nghị được xét">
        <Select
          mode="multiple"
          allowClear
          placeholder="Chọn các đề nghị khen thưởng"
          loading={!proposals.data}
          optionFilterProp="label"
          options={(proposals.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.unitName || 'Thường trực Hội đồng'}${p.submissionNumber ? ` — số ${p.submissionNumber}` : ''} (${p.campaignName || `năm ${p.year}`}, ${p.nominees} đề cử)`,
          }))}
          data-testid="meeting-proposals"
        />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
