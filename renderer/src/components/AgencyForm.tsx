// The agency profile: the body that issues the documents (its name, parent body, địa danh and ký
// hiệu). Used at first start — with the first signer, so the first document can be signed — and later
// under "Cơ quan", where the signers have their own list.
import { App, Button, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import type { Agency } from '../../../core/api/types.ts';
import { AUTHORITY_LEVELS, authorityLabel } from '../../../core/awards/authority.ts';
import { formatPlaceDate, todayIso } from '../../../core/text/dates.ts';
import { parentBodyLine } from '../../../core/documents/parent-line.ts';
import { upperVi } from '../../../core/text/upper.ts';
import { ApiCallError, call } from '../api/client.ts';
import { abbreviationRule } from './abbreviationRule.ts';
import { SignerFields, type SignerValues } from './SignerFields.tsx';
import { useFormSave } from './useFormSave.ts';

const EMPTY: Agency = { parentBody: '', name: '', locality: '', abbreviation: '', authorityLevel: 'chu_tich_xa' };

type Values = Agency & { signer?: SignerValues };

/** The signer's refusals name "title", "authority": here those fields sit under "signer". */
async function saveFirstSigner(signer: SignerValues): Promise<void> {
  try {
    await call('agency.saveSigner', { authority: signer.authority ?? '', title: signer.title, name: signer.name });
  } catch (e) {
    if (e instanceof ApiCallError && e.apiError.fields) {
      e.apiError.fields = Object.fromEntries(Object.entries(e.apiError.fields).map(([k, v]) => [`signer.${k}`, v]));
    }
    throw e;
  }
}

interface Props {
  initial: Agency | null;
  submitText: string;
  /** First start: also asks for the first signer. */
  withFirstSigner?: boolean;
  onSaved: (agency: Agency) => void;
}

export function AgencyForm({ initial, submitText, withFirstSigner = false, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const parent = parentBodyLine({ name: values?.name ?? '', parentBody: values?.parentBody ?? '' });

  const { saving, submit } = useFormSave(form, async ({ signer, ...agency }) => {
    const saved = await call('settings.saveAgency', { ...EMPTY, ...agency });
    if (withFirstSigner && signer) await saveFirstSigner(signer);
    void message.success('Đã lưu thông tin cơ quan.');
    onSaved(saved);
  });

  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  return (
    <Form form={form} layout="vertical" initialValues={initial ?? EMPTY} onFinish={submit} data-testid="agency-form">
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="parentBody"
            label="Cơ quan chủ quản"
            extra="Để trống nếu cơ quan là Ủy ban nhân dân: văn bản của UBND không in dòng cơ quan chủ quản. Ví dụ cho Phòng Nội vụ: Ủy ban nhân dân TP Thủ Đức"
          >
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
          <Form.Item
            name="abbreviation"
            label="Viết tắt (ký hiệu văn bản)"
            rules={[...required('Nhập chữ viết tắt (ví dụ: UBND)'), abbreviationRule]}
            extra="Chỉ chữ và số, không khoảng trắng (nối bằng dấu -). Ví dụ: UBND trong 19/KH-UBND"
          >
            <Input maxLength={30} placeholder="UBND" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Phần đầu văn bản" tooltip="Như sẽ in ở góc trái trang đầu.">
            <div data-testid="header-preview">
              {parent ? <div>{upperVi(parent)}</div> : null}
              <div>
                <b>{upperVi(values?.name?.trim() ?? '') || '—'}</b>
              </div>
            </div>
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="authorityLevel"
            label="Thẩm quyền khen thưởng của người đứng đầu"
            extra="Danh hiệu, hình thức mà cấp này không được tự khen thì phải đề nghị lên cấp trên."
          >
            <Select options={AUTHORITY_LEVELS.map((l) => ({ value: l, label: authorityLabel[l] }))} data-testid="agency-authority" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Dòng địa danh, ngày tháng">
            <Typography.Text italic type="secondary" data-testid="place-date-preview">
              {values?.locality?.trim() ? formatPlaceDate(values.locality.trim(), todayIso()) : '—'}
            </Typography.Text>
          </Form.Item>
        </Col>
      </Row>
      {withFirstSigner ? (
        <>
          <Divider titlePlacement="start" plain>
            Người ký văn bản (thêm người ký khác ở mục «Cơ quan»)
          </Divider>
          <SignerFields path={['signer']} />
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitText}
      </Button>
    </Form>
  );
}
