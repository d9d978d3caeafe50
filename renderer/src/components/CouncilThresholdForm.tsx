// The Hội đồng's voting threshold (settings.councilThreshold, 80 % by default): the share of the members
// present a nominee's agree votes must reach. A new meeting takes the figure in force when it is created
// and keeps it; changing it here changes no meeting already held. Core checks the range (50–100 %) again.
import { App, Button, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from './formErrors.ts';
import { useFormSave } from './useFormSave.ts';

interface Values {
  councilThreshold: number;
}

export function CouncilThresholdForm() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const settings = useQuery('settings.get', {});
  useEffect(() => {
    if (settings.error) showApiError(settings.error, message);
  }, [settings.error, message]);

  const { saving, submit } = useFormSave(form, async ({ councilThreshold }) => {
    const saved = await call('settings.save', { councilThreshold });
    form.setFieldsValue({ councilThreshold: saved.councilThreshold });
    void message.success('Đã lưu tỷ lệ phiếu đồng ý cần đạt.');
  });

  if (!settings.data) return <Skeleton active paragraph={{ rows: 1 }} />;

  return (
    <Form form={form} layout="inline" initialValues={{ councilThreshold: settings.data.councilThreshold }} onFinish={submit} data-testid="council-threshold-form">
      <Form.Item
        name="councilThreshold"
        label="Tỷ lệ phiếu đồng ý cần đạt"
        rules={[
          { required: true, message: 'Nhập tỷ lệ phiếu đồng ý cần đạt (%)' },
          { type: 'number', min: 50, max: 100, message: 'Tỷ lệ phiếu đồng ý cần đạt từ 50% đến 100%' },
        ]}
      >
        {/* No min/max on the input: it would clamp 120 to 100 silently instead of saying why. */}
        <InputNumber decimalSeparator="," precision={2} suffix="%" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu
        </Button>
      </Form.Item>
      <Typography.Text type="secondary">
        So với số thành viên Hội đồng có mặt. Cuộc họp mới lấy tỷ lệ này; cuộc họp đã tạo giữ tỷ lệ của nó.
      </Typography.Text>
    </Form>
  );
}
