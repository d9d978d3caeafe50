// The agency profile: who issues the documents and who signs them. Used at first start and later under
// "Cơ quan".
import { App, AutoComplete, Button, Col, Form, Input, Row, Typography } from 'antd';
import type { Agency } from '../../../core/api/types.ts';
import { formatPlaceDate, todayIso } from '../../../core/text/dates.ts';
import { upperVi } from '../../../core/text/upper.ts';
import { call } from '../api/client.ts';
import { useFormSave } from './useFormSave.ts';

const EMPTY: Agency = {
  parentBody: '',
  name: '',
  locality: '',
  abbreviation: '',
  signerTitle: '',
  signerName: '',
  signerAuthority: '',
};

const AUTHORITIES = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TM. HỘI ĐỒNG', 'KT. TRƯỞNG PHÒNG', 'TL. CHỦ TỊCH', 'Q. CHỦ TỊCH'];

interface Props {
  initial: Agency | null;
  submitText: string;
  onSaved: (agency: Agency) => void;
}

export function AgencyForm({ initial, submitText, onSaved }: Props) {
  const [form] = Form.useForm<Agency>();
  const { message } = App.useApp();
  const values = Form.useWatch([], form) as Partial<Agency> | undefined;

  const { saving, submit } = useFormSave(form, async (v) => {
    const saved = await call('settings.saveAgency', { ...EMPTY, ...v });
    void message.success('Đã lưu thông tin cơ quan.');
    onSaved(saved);
  });

  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  return (
    <Form form={form} layout="vertical" initialValues={initial ?? EMPTY} onFinish={submit} data-testid="agency-form">
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="parentBody" label="Cơ quan chủ quản" extra="Ví dụ: Ủy ban nhân dân Thành phố Hồ Chí Minh">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="name" label="Tên cơ quan" rules={required('Nhập tên cơ quan')} extra="Ví dụ: Ủy ban nhân dân thành phố Thủ Đức">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="locality" label="Địa danh" rules={required('Nhập địa danh (ví dụ: Thủ Đức)')}>
            <Input maxLength={100} placeholder="Thủ Đức" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="abbreviation" label="Viết tắt (ký hiệu văn bản)" extra="Ví dụ: UBND trong 19/KH-UBND">
            <Input maxLength={30} placeholder="UBND" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Dòng địa danh, ngày tháng">
            <Typography.Text italic type="secondary" data-testid="place-date-preview">
              {values?.locality?.trim() ? formatPlaceDate(values.locality.trim(), todayIso()) : '—'}
            </Typography.Text>
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="signerAuthority" label="Thẩm quyền ký" extra="Ví dụ: KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN">
            <AutoComplete options={AUTHORITIES.map((a) => ({ value: a }))} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="signerTitle" label="Chức vụ người ký" rules={required('Nhập chức vụ người ký')}>
            <Input maxLength={100} placeholder="Phó Chủ tịch" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="signerName" label="Họ tên người ký" rules={required('Nhập họ tên người ký')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      {values?.signerTitle?.trim() ? (
        <div className="signature-preview">
          <div>{upperVi(values.signerAuthority?.trim() ?? '')}</div>
          <div>{upperVi(values.signerTitle.trim())}</div>
          <div className="signature-space" />
          <div>{values.signerName?.trim()}</div>
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitText}
      </Button>
    </Form>
  );
}
