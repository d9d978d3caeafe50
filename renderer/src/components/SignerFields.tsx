// The fields of one signature block (NĐ 30 ô 7) and how it will print: authority lines (TM., KT., TL.,
// TUQ.), the chức vụ ("Q." belongs here), the name. Used inside the first-start form and the signer
// dialog of the Cơ quan page; `path` places the fields under a sub-object of the form.
import { Col, Form, Input, Row } from 'antd';
import { upperVi } from '../../../core/text/upper.ts';

export interface SignerValues {
  authority: string;
  title: string;
  name: string;
}

export function SignerFields({ path = [] }: { path?: string[] }) {
  const form = Form.useFormInstance();
  const watched = Form.useWatch(path.length ? path : [], form) as Partial<SignerValues> | undefined;
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  const lines = (watched?.authority ?? '')
    .split(/\s*\n\s*|\s+(?=(?:TM|KT|TL|TUQ)\.\s)/u)
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name={[...path, 'authority']}
            label="Thẩm quyền ký"
            extra="Mỗi dòng một dòng: TM. Ủy ban nhân dân / KT. Chủ tịch, TL. Chủ tịch, TUQ. Chủ tịch. Để trống nếu người đứng đầu ký."
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} placeholder={'TM. Ủy ban nhân dân\nKT. Chủ tịch'} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={[...path, 'title']}
            label="Chức vụ người ký"
            rules={required('Nhập chức vụ người ký')}
            extra='Ví dụ: Phó Chủ tịch, Chánh Văn phòng; cấp phó phụ trách ghi "Q. Chủ tịch".'
          >
            <Input maxLength={100} placeholder="Phó Chủ tịch" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={[...path, 'name']} label="Họ tên người ký" rules={required('Nhập họ tên người ký')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      {watched?.title?.trim() ? (
        <div className="signature-preview" data-testid="signature-preview">
          {lines.map((l) => (
            <div key={l}>{upperVi(l)}</div>
          ))}
          <div>{upperVi(watched.title.trim())}</div>
          <div className="signature-space" />
          <div>{watched.name?.trim()}</div>
        </div>
      ) : null}
    </>
  );
}
