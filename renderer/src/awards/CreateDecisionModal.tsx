// "Tạo quyết định": a draft decision from a meeting's result. One decision awards one form (its tập thể
// and cá nhân rows together), so the form is chosen among those the council passed someone for; core
// takes the nominees it passed for that form (decisions.create without nomineeIds). The signer is chosen
// here because issuing needs one.
import { Form, Input, Select, Switch, Typography } from 'antd';
import type { DecisionDetail, MeetingDetail } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { signerText } from '../components/signerText.ts';
import { dateShort, num } from '../format.ts';

interface Values {
  formCode: string | undefined;
  date: string;
  signerId: number | undefined;
  achievement: string;
  money: boolean;
}

interface Props {
  meeting: MeetingDetail;
  onClose: () => void;
  onCreated: (decision: DecisionDetail) => void;
}

/** The forms the council passed someone for, one entry per form name, with how many passed. */
function passedForms(meeting: MeetingDetail): { value: string; label: string }[] {
  const byName = new Map<string, { code: string; count: number }>();
  for (const v of meeting.votes) {
    if (!v.passed) continue;
    const seen = byName.get(v.formName);
    if (seen) seen.count += 1;
    else byName.set(v.formName, { code: v.formCode, count: 1 });
  }
  return [...byName].map(([name, f]) => ({ value: f.code, label: `${name} (${num(f.count)} đạt)` }));
}

export function CreateDecisionModal({ meeting, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const setup = useQuery('agency.issuing', {}).data;
  const forms = passedForms(meeting);
  const defaultSigner = setup?.defaults.find((d) => d.issuerId === null && d.kind === 'quyet_dinh')?.signerId ?? setup?.signers[0]?.id;
  if (!setup) return null;
  return (
    <FormModal<Values>
      form={form}
      title="Tạo dự thảo quyết định khen thưởng"
      okText="Tạo dự thảo"
      width={640}
      testId="decision-form"
      initialValues={{ formCode: forms[0]?.value, date: meeting.date, signerId: defaultSigner, achievement: '', money: true }}
      save={async (v) => {
        onCreated(
          await call('decisions.create', {
            meetingId: meeting.id,
            campaignId: meeting.campaignId,
            formCode: v.formCode ?? '',
            date: v.date,
            signerId: v.signerId ?? null,
            achievement: v.achievement ?? '',
            money: v.money,
          }),
        );
      }}
      onClose={onClose}
    >
      <Typography.Paragraph>
        Quyết định gồm những người, tập thể được Hội đồng họp ngày {dateShort(meeting.date)} xét đạt ở hình thức đã chọn. Dự thảo được mở ở trang Sổ khen thưởng để
        ban hành.
      </Typography.Paragraph>
      <Form.Item name="formCode" label="Hình thức khen thưởng" rules={[{ required: true, message: 'Chọn hình thức khen thưởng' }]}>
        <Select options={forms} placeholder="Chưa có ai đạt" notFoundContent="Chưa có ai được Hội đồng xét đạt." data-testid="decision-form-code" />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="date" label="Ngày quyết định" rules={[{ required: true, message: 'Chọn ngày quyết định' }, dateRule({ label: 'Ngày quyết định', min: meeting.date, minReason: 'không được trước ngày họp Hội đồng' })]}>
          <DateInput style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="signerId" label="Người ký" className="grow" rules={[{ required: true, message: 'Chọn người ký' }]}>
          <Select
            options={setup.signers.map((s) => ({ value: s.id, label: signerText(s) }))}
            placeholder="Chưa có người ký: thêm ở trang Cơ quan"
            data-testid="decision-signer"
          />
        </Form.Item>
      </div>
      <Form.Item
        name="achievement"
        label="Thành tích ghi trong quyết định và giấy khen"
        rules={[{ required: true, whitespace: true, message: 'Nhập thành tích ghi trong quyết định và giấy khen' }]}
      >
        <Input.TextArea
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 3 }}
          placeholder="Ví dụ: Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024"
          data-testid="decision-achievement"
        />
      </Form.Item>
      <Form.Item name="money" label="Kèm tiền thưởng" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
