// Under the dates of a báo cáo: which lists it carries (each a table, a long one a Phụ lục) and how the
// unfinished works are listed. For a báo cáo and a công văn, a word on the «…» figures in the texts.
// Fields of the composer's own form: their values travel with the request (request.ts).
import { Checkbox, Form, Select, Typography } from 'antd';
import { DEFAULT_REPORT_APPENDICES as D } from '../../../core/api/contract.ts';
import type { DocumentKind } from './kinds.ts';

const OUTSTANDING = [
  { value: 'none', label: 'Chỉ nêu số lượng trong báo cáo' },
  { value: 'by_unit', label: 'Số lượng theo từng đơn vị' },
  { value: 'overdue', label: 'Danh sách công trình quá hạn' },
  { value: 'all', label: 'Danh sách tất cả công trình' },
];

export function ReportOptions({ kind }: { kind: DocumentKind }) {
  if (kind !== 'bao_cao' && kind !== 'cong_van_don_doc') return null;
  const hint = (
    <Typography.Paragraph type="secondary" className="doc-hint" data-testid="figures-hint">
      Chữ trong dấu «…» ở nội dung là số liệu: chương trình tính lại theo «Tính đến ngày» mỗi khi xem trước hoặc tạo văn bản. Khi sửa
      nội dung, giữ nguyên cả cụm «…».
    </Typography.Paragraph>
  );
  if (kind === 'cong_van_don_doc') return hint;
  return (
    <>
      <Form.Item label="Bảng, phụ lục kèm theo" style={{ marginBottom: 4 }} data-testid="report-lists">
        <div className="form-row" style={{ alignItems: 'center' }}>
          <Form.Item name={['appendices', 'groups']} valuePropName="checked" initialValue={D.groups} noStyle>
            <Checkbox>Tổng hợp theo khối, cụm</Checkbox>
          </Form.Item>
          <Form.Item name={['appendices', 'notReported']} valuePropName="checked" initialValue={D.notReported} noStyle>
            <Checkbox>Đơn vị chưa báo cáo</Checkbox>
          </Form.Item>
          <Form.Item name={['appendices', 'completed']} valuePropName="checked" initialValue={D.completed} noStyle>
            <Checkbox>Công trình đã hoàn thành</Checkbox>
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item name={['appendices', 'outstanding']} label="Công trình chưa hoàn thành" initialValue={D.outstanding}>
        <Select options={OUTSTANDING} aria-label="Công trình chưa hoàn thành" data-testid="report-outstanding" />
      </Form.Item>
      {hint}
    </>
  );
}
