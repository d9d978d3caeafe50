// Record that a unit reported on a campaign, or correct a report recorded wrong: the date is what the
// "as of" figures count. The unit of a recorded report is not changed here (delete it and record the
// right one), so a correction never moves a report from one unit's count to another's.
import { App, Form, Input } from 'antd';
import type { CampaignDetail, UnitReport } from '../../../core/api/types.ts';
import { nearestDayIn } from '../../../core/campaigns/rules.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { call } from '../api/client.ts';
import { dateShort } from '../format.ts';
import { DateInput, dateRule } from './DateInput.tsx';
import { FormModal } from './FormModal.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface Values {
  unitId: number;
  reportDate: string;
  content: string;
  source: string;
}

interface Props {
  campaign: CampaignDetail;
  /** The report to correct; a new one when absent. */
  report?: UnitReport;
  onClose: () => void;
  onSaved: () => void;
}

export function ReportFormModal({ campaign, report, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  return (
    <FormModal
      form={form}
      title={report ? 'Sửa báo cáo của đơn vị' : 'Ghi nhận báo cáo của đơn vị'}
      okText={report ? 'Lưu' : 'Ghi nhận'}
      width={640}
      testId="report-form"
      initialValues={report ?? { reportDate: nearestDayIn(todayIso(), campaign), content: '', source: '' }}
      save={async (v) => {
        const texts = { reportDate: v.reportDate, content: v.content ?? '', source: v.source ?? '' };
        const r = report
          ? await call('reports.update', { id: report.id, ...texts })
          : await call('reports.add', { campaignId: campaign.id, unitId: v.unitId, ...texts });
        void message.success(`Đã ${report ? 'sửa' : 'ghi nhận'} báo cáo của "${r.unitName}" ngày ${dateShort(r.reportDate)}.`);
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item
        name="unitId"
        label="Đơn vị"
        rules={[{ required: true, message: 'Chọn đơn vị' }]}
        extra={report ? 'Báo cáo ghi nhầm đơn vị: hãy xóa và ghi nhận lại.' : 'Chỉ các đơn vị tham gia đợt thi đua.'}
      >
        <UnitSelect autoFocus={!report} disabled={!!report} restrictTo={campaign.unitIds} aria-label="Đơn vị" />
      </Form.Item>
      <div className="form-row">
        <Form.Item
          name="reportDate"
          label="Ngày báo cáo"
          rules={[
            { required: true, message: 'Nhập ngày báo cáo' },
            dateRule({
              label: 'Ngày báo cáo',
              min: campaign.startDate,
              minReason: `không được trước ngày bắt đầu đợt thi đua (${dateShort(campaign.startDate)})`,
            }),
          ]}
        >
          <DateInput allowClear={false} minDate={campaign.startDate} aria-label="Ngày báo cáo" />
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
