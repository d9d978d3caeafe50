// Page margins of every generated document, and how its rates are rounded (documentPercentMode: the
// dashboard's "Cắt bỏ phần lẻ" only changes the view). The form checks NĐ 30's ranges to spare a round
// trip; core checks them again and names what it refuses "margins.left", the same path as the field here.
import { App, Button, Col, Form, InputNumber, Radio, Row, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { DEFAULT_MARGINS, MARGIN_RANGES, type Margins, marginRangeRule } from '../../../core/api/margins.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from './formErrors.ts';
import { useFormSave } from './useFormSave.ts';

type Side = keyof Margins;

interface Values {
  margins: Margins;
  documentPercentMode: 'round' | 'truncate';
}

const SIDES: Side[] = ['top', 'bottom', 'left', 'right'];

export function MarginsForm() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const settings = useQuery('settings.get', {});
  useEffect(() => {
    if (settings.error) showApiError(settings.error, message);
  }, [settings.error, message]);

  const { saving, submit } = useFormSave(form, async ({ margins, documentPercentMode }) => {
    const saved = await call('settings.save', { margins, documentPercentMode });
    form.setFieldsValue({ margins: saved.margins, documentPercentMode: saved.documentPercentMode });
    void message.success('Đã lưu lề trang.');
  });

  // The defaults fill the form only: saving them stays one deliberate click on Lưu.
  const reset = () =>
    form.setFields(SIDES.map((side) => ({ name: ['margins', side], value: DEFAULT_MARGINS[side], errors: [] })));

  if (!settings.data) return <Skeleton active paragraph={{ rows: 2 }} />;

  return (
    <Form form={form} layout="vertical" initialValues={{ margins: settings.data.margins, documentPercentMode: settings.data.documentPercentMode }} onFinish={submit} data-testid="margins-form">
      <Row gutter={12}>
        {SIDES.map((side) => {
          const { label, min, max } = MARGIN_RANGES[side];
          return (
            <Col span={6} key={side}>
              <Form.Item
                name={['margins', side]}
                label={label}
                extra={`Từ ${min} đến ${max} mm theo NĐ 30/2020`}
                rules={[
                  { required: true, message: `Nhập ${label.toLowerCase()} (mm)` },
                  { type: 'number', min, max, message: marginRangeRule(side) },
                ]}
              >
                {/* No min/max here: the input would clamp 40 to 35 silently instead of saying why. */}
                <InputNumber decimalSeparator="," suffix="mm" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
      <Form.Item
        name="documentPercentMode"
        label="Tỷ lệ phần trăm trong văn bản"
        extra="Mỗi văn bản vẫn có thể chọn riêng. Nút «Cắt bỏ phần lẻ» ở Tổng quan chỉ đổi cách xem, không đổi văn bản."
      >
        <Radio.Group
          options={[
            { value: 'round', label: 'Làm tròn 2 chữ số (14,29%)' },
            { value: 'truncate', label: 'Cắt bỏ phần lẻ (14,28%)' },
          ]}
          data-testid="document-percent-mode"
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu
        </Button>
        <Button onClick={reset}>Mặc định</Button>
      </Space>
    </Form>
  );
}
