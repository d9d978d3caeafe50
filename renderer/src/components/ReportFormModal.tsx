// Record that a unit reported on a campaign: the date is what the "as of" figures count.
import { App, Form, Input } from 'antd';
import type { CampaignDetail } from '../../../core/api/types.ts';
import { nearestDayIn } from '../../../core/campaigns/rules.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { call } from '../api/client.ts';
import { dateShort } from '../format.ts';
import { DateInput } from './DateInput.tsx';
import { FormModal } from './FormModal.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface Values {
  unitId: number;
  reportDate: string;
  content: string;
  source: string;
}

export function ReportFormModal({ campaign, onClose, onSaved }: { campaign: CampaignDetail; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  return (
    <FormModal
      form={form}
      title="Ghi nhận báo cáo của đơn vị"
      okText="Ghi nhận"
      width={640}
      testId="report-form"
      initialValues={{ reportDate: nearestDayIn(todayIso(), campaign), content: '', source: '' }}
      save={async (v) => {
        const r = await call('reports.add', {
          campaignId: campaign.id,
          unitId: v.unitId,
          reportDate: v.reportDate,
          content: v.content ?? '',
          source: v.source ?? '',
        });
        void message.success(`Đã ghi nhận báo cáo của "${r.unitName}" ngày ${dateShort(r.reportDate)}.`);
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item
        name="unitId"
        label="Đơn vị"
        rules={[{ required: true, message: 'Chọn đơn vị' }]}
        extra="Chỉ các đơn vị tham gia đợt thi đua."
      >
        <UnitSelect autoFocus restrictTo={campaign.unitIds} aria-label="Đơn vị" />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="reportDate" label="Ngày báo cáo" rules={[{ required: true, message: 'Nhập ngày báo cáo' }]}>
          <DateInput allowClear={false} minDate={campaign.startDate} />
        </Form.Item>
        <Form.Item name="source" label="Hình thức, số văn bản" className="grow">
          <Input placeholder="Ví dụ: Báo cáo số 25/BC-UBND; thư điện tử" maxLength={200} />
        </Form.Item>
      </div>
      <Form.Item name="content" label="Nội dung">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}

