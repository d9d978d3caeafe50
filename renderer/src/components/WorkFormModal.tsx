// Register a work (công trình, phần việc) for a unit, or correct one. The review asks for a measurable
// target and a due date inside the campaign, so the form asks for them up front.
import { Alert, App, AutoComplete, Form, Input, Radio } from 'antd';
import type { CampaignDetail, WorkDetail, WorkRow } from '../../../core/api/types.ts';
import { workFlagLabel, workLevelLabel } from '../../../core/api/labels.ts';
import { isIsoDate, todayIso } from '../../../core/text/dates.ts';
import { fold } from '../../../core/text/fold.ts';
import { nearestDayIn } from '../../../core/campaigns/rules.ts';
import { planFacts, workFlags } from '../../../core/works/rules.ts';
import { ApiCallError, call } from '../api/client.ts';
import { dateShort } from '../format.ts';
import { DateInput, dateRule } from './DateInput.tsx';
import { FormModal } from './FormModal.tsx';
import { UnitSelect } from './UnitSelect.tsx';

interface Values {
  unitId: number;
  title: string;
  field: string;
  level: WorkRow['level'];
  target: string;
  dueDate: string | null;
  owner: string;
  registeredOn: string;
}

interface Props {
  campaign: CampaignDetail;
  work: WorkRow | null;
  onClose: () => void;
  onSaved: (w: WorkDetail) => void;
}

export function WorkFormModal({ campaign, work, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const saveWork = (v: Values, enrol?: boolean) =>
    call('works.save', {
      id: work?.id,
      campaignId: campaign.id,
      unitId: v.unitId,
      title: v.title,
      field: v.field ?? '',
      level: v.level,
      target: v.target ?? '',
      dueDate: v.dueDate ?? null,
      owner: v.owner ?? '',
      registeredOn: v.registeredOn,
      enrol,
    });
  const field = Form.useWatch('field', form) as string | undefined;
  const typedDue = Form.useWatch('dueDate', form) as string | null | undefined;
  // A refused text (dateRule says why) is no due date to check against the plan.
  const dueDate = typedDue && isIsoDate(typedDue) ? typedDue : null;
  // What the reviewer will be told against the plan, from the rule core stores the flags with; the
  // field's flag waits until the user has been to the field (or the work exists) to avoid a warning
  // on an empty form.
  const planFlags = workFlags({ target: '', dueDate, field: field ?? '', hasRepeat: false }, planFacts(campaign));
  const hints: string[] = [];
  if (planFlags.includes('field_not_in_plan') && (work || form.isFieldTouched('field'))) hints.push(`${workFlagLabel.field_not_in_plan}.`);
  if (planFlags.includes('outside_period')) {
    hints.push(`${workFlagLabel.outside_period} (${dateShort(campaign.startDate)} – ${dateShort(campaign.endDate)}).`);
  }

  return (
    <FormModal
      form={form}
      title={work ? 'Sửa công trình, phần việc' : 'Đăng ký công trình, phần việc'}
      okText={work ? 'Lưu' : 'Đăng ký'}
      width={720}
      testId="work-form"
      initialValues={
        work
          ? { ...work }
          : {
              level: 'co_so',
              field: '',
              target: '',
              owner: '',
              dueDate: null,
              registeredOn: nearestDayIn(todayIso(), campaign),
            }
      }
      save={async (v) => {
        try {
          onSaved(await saveWork(v));
        } catch (e) {
          // A unit outside the campaign is enrolled only if the user says so (core asks, with the question).
          if (!(e instanceof ApiCallError) || e.apiError.code !== 'confirm') throw e;
          const yes = await modal.confirm({
            title: 'Đơn vị chưa tham gia đợt thi đua',
            content: e.apiError.message,
            okText: 'Thêm vào đợt và đăng ký',
            cancelText: 'Không',
          });
          if (yes) onSaved(await saveWork(v, true));
        }
      }}
      onClose={onClose}
    >
      <Form.Item name="unitId" label="Đơn vị đăng ký" rules={[{ required: true, message: 'Chọn đơn vị đăng ký' }]}>
        <UnitSelect autoFocus={!work} aria-label="Đơn vị đăng ký" data-testid="work-unit" />
      </Form.Item>
      <Form.Item
        name="title"
        label="Tên công trình, phần việc"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên công trình, phần việc' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="field" label="Lĩnh vực" className="grow">
          <AutoComplete
            options={campaign.fields.map((f) => ({ value: f }))}
            showSearch={{ filterOption: (input, option) => !!option && fold(String(option.value)).includes(fold(input)) }}
            placeholder={campaign.fields.length ? 'Chọn trong kế hoạch' : 'Nhập lĩnh vực'}
            aria-label="Lĩnh vực"
          />
        </Form.Item>
        <Form.Item name="level" label="Cấp" rules={[{ required: true, message: 'Chọn cấp công trình' }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(workLevelLabel).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="target" label="Chỉ tiêu đo được" extra="Ví dụ: mở rộng 3 tuyến hẻm, tổng chiều dài 450 m.">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="dueDate" label="Thời hạn hoàn thành" rules={[dateRule({ label: 'Thời hạn hoàn thành' })]}>
          <DateInput aria-label="Thời hạn hoàn thành" />
        </Form.Item>
        <Form.Item name="owner" label="Người phụ trách" className="grow">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="registeredOn"
          label="Ngày đăng ký"
          rules={[{ required: true, message: 'Nhập ngày đăng ký' }, dateRule({ label: 'Ngày đăng ký' })]}
          tooltip="Số liệu «tính đến ngày» chỉ đếm công trình đăng ký từ ngày này."
        >
          <DateInput allowClear={false} aria-label="Ngày đăng ký" />
        </Form.Item>
      </div>
      {hints.length ? <Alert type="warning" showIcon title={hints.join(' ')} /> : null}
    </FormModal>
  );
}
