// Create or edit a campaign: the plan (kế hoạch) in the shape the secretariat writes it — name, form,
// theme, period and phases, the plan document, milestones, fields and participating units.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Divider, Drawer, Form, Input, Radio, Select, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Args } from '../../../core/api/contract.ts';
import type { CampaignDetail } from '../../../core/api/types.ts';
import { campaignFormLabel, milestoneLabel } from '../../../core/api/labels.ts';
import { isIsoDate } from '../../../core/text/dates.ts';
import { call } from '../api/client.ts';
import { DateInput, dateRule } from './DateInput.tsx';
import { showApiError } from './formErrors.ts';
import { UnitMultiPicker } from './UnitMultiPicker.tsx';
import { useFormSave } from './useFormSave.ts';

type Values = Omit<CampaignDetail, 'id'>;

const EMPTY: Values = {
  name: '',
  form: 'chuyen_de',
  theme: '',
  startDate: '',
  endDate: '',
  planNumber: '',
  planDate: null,
  planIssuer: '',
  upperPlan: '',
  phases: [],
  milestones: [],
  fields: [],
  unitIds: [],
};

interface Props {
  campaignId: number | null;
  onClose: () => void;
  onSaved: (c: CampaignDetail) => void;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** End date not before start date, in a Form.List row or at the top level; a text that is no date is dateRule's. */
const notBefore = (startPath: (string | number)[]) => ({ getFieldValue }: { getFieldValue: (p: (string | number)[]) => unknown }) => ({
  validator(_: unknown, value: string | null) {
    const start = getFieldValue(startPath) as string | null;
    return !value || !start || !isIsoDate(value) || !isIsoDate(start) || value >= start
      ? Promise.resolve()
      : Promise.reject(new Error('Ngày kết thúc không được trước ngày bắt đầu'));
  },
});

export function CampaignDrawer({ campaignId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState(campaignId === null);

  useEffect(() => {
    if (campaignId === null) return;
    call('campaigns.get', { id: campaignId })
      .then((c) => {
        form.setFieldsValue(c);
        setLoaded(true);
      })
      .catch((e) => {
        showApiError(e, message);
        onClose();
      });
  }, [campaignId, form, message, onClose]);

  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const args: Args<'campaigns.save'> = {
        ...EMPTY,
        ...v,
        id: campaignId ?? undefined,
        planDate: v.planDate ?? null,
        phases: v.phases ?? [],
        milestones: (v.milestones ?? []).map((m) => ({ ...m, label: m.label ?? '' })),
        fields: v.fields ?? [],
        unitIds: v.unitIds ?? [],
      };
      onSaved(await call('campaigns.save', args));
    },
    () => void message.warning('Còn trường chưa hợp lệ, xem các dòng báo đỏ.'),
  );

  return (
    <Drawer
      open
      size={860}
      title={campaignId ? 'Sửa đợt thi đua' : 'Tạo đợt thi đua'}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={saving} onClick={submit} data-testid="save-campaign">
            Lưu
          </Button>
        </Space>
      }
    >
      <Spin spinning={!loaded}>
        <Form form={form} layout="vertical" initialValues={EMPTY} data-testid="campaign-form">
          <Form.Item name="name" label="Tên đợt, phong trào thi đua" rules={required('Nhập tên đợt/phong trào thi đua')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
          </Form.Item>
          <div className="form-row">
            <Form.Item name="form" label="Hình thức" rules={[{ required: true, message: 'Chọn hình thức thi đua' }]}>
              <Radio.Group
                optionType="button"
                options={Object.entries(campaignFormLabel).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name="startDate" label="Từ ngày" rules={[{ required: true, message: 'Nhập ngày bắt đầu' }, dateRule()]}>
              <DateInput />
            </Form.Item>
            <Form.Item
              name="endDate"
              label="Đến ngày"
              dependencies={['startDate']}
              rules={[{ required: true, message: 'Nhập ngày kết thúc' }, dateRule(), notBefore(['startDate'])]}
            >
              <DateInput />
            </Form.Item>
          </div>
          <Form.Item name="theme" label="Chủ đề, nội dung chính">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>

          <Divider titlePlacement="start" plain>
            Văn bản kế hoạch
          </Divider>
          <div className="form-row">
            <Form.Item name="planNumber" label="Số, ký hiệu" style={{ width: 160 }}>
              <Input placeholder="19/KH-UBND" maxLength={50} />
            </Form.Item>
            <Form.Item name="planDate" label="Ngày ban hành" rules={[dateRule()]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="planIssuer" label="Cơ quan ban hành" className="grow">
              <Input placeholder="Ủy ban nhân dân thành phố Thủ Đức" maxLength={200} />
            </Form.Item>
          </div>
          <Form.Item
            name="upperPlan"
            label="Thực hiện kế hoạch cấp trên"
            extra='Kế hoạch in dòng "Thực hiện …" này sau các căn cứ pháp lý. Để trống nếu đợt thi đua không thực hiện kế hoạch nào của cấp trên.'
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 3 }}
              maxLength={500}
              placeholder="Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân Thành phố Hồ Chí Minh về …"
              data-testid="upper-plan"
            />
          </Form.Item>

          <Divider titlePlacement="start" plain>
            Giai đoạn
          </Divider>
          <Form.List name="phases">
            {(items, { add, remove }) => (
              <>
                {items.map(({ key, name }) => (
                  <div className="form-row" key={key}>
                    <Form.Item name={[name, 'name']} className="grow" rules={required('Nhập tên giai đoạn')}>
                      <Input placeholder="Tên giai đoạn" />
                    </Form.Item>
                    <Form.Item name={[name, 'startDate']} rules={[{ required: true, message: 'Nhập ngày' }, dateRule()]}>
                      <DateInput placeholder="Từ ngày" />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'endDate']}
                      dependencies={[['phases', name, 'startDate']]}
                      rules={[{ required: true, message: 'Nhập ngày' }, dateRule(), notBefore(['phases', name, 'startDate'])]}
                    >
                      <DateInput placeholder="Đến ngày" />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="Xóa giai đoạn" />
                  </div>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', startDate: null, endDate: null })}>
                  Thêm giai đoạn
                </Button>
              </>
            )}
          </Form.List>

          <Divider titlePlacement="start" plain>
            Các mốc (hạn đăng ký, báo cáo, sơ kết, tổng kết)
          </Divider>
          <Form.List name="milestones">
            {(items, { add, remove }) => (
              <>
                {items.map(({ key, name }) => (
                  <div className="form-row" key={key}>
                    <Form.Item name={[name, 'kind']} rules={[{ required: true, message: 'Chọn loại mốc' }]}>
                      <Select
                        style={{ width: 140 }}
                        options={Object.entries(milestoneLabel).map(([value, label]) => ({ value, label }))}
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'date']} rules={[{ required: true, message: 'Nhập ngày' }, dateRule()]}>
                      <DateInput />
                    </Form.Item>
                    <Form.Item name={[name, 'label']} className="grow">
                      <Input placeholder="Ghi chú (ví dụ: Hội nghị sơ kết 100 ngày)" />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="Xóa mốc" />
                  </div>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ kind: 'bao_cao', date: null, label: '' })}>
                  Thêm mốc
                </Button>
              </>
            )}
          </Form.List>

          <Divider titlePlacement="start" plain>
            Lĩnh vực
          </Divider>
          <Form.List name="fields">
            {(items, { add, remove }) => (
              <>
                {items.map(({ key, name }) => (
                  <div className="form-row" key={key}>
                    <Form.Item name={name} className="grow" rules={required('Nhập tên lĩnh vực')}>
                      <Input placeholder="Ví dụ: Chỉnh trang đô thị, mở rộng hẻm" />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label="Xóa lĩnh vực" />
                  </div>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add('')}>
                  Thêm lĩnh vực
                </Button>
              </>
            )}
          </Form.List>

          <Divider titlePlacement="start" plain>
            Đơn vị tham gia
          </Divider>
          <Form.Item name="unitIds">
            <UnitMultiPicker />
          </Form.Item>
        </Form>
      </Spin>
    </Drawer>
  );
}
