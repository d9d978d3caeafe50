// Cơ quan ban hành: the agency itself (edited above) and the bodies that issue in their own name under
// it, each with its own ký hiệu and so its own number sequence — the Hội đồng Thi đua - Khen thưởng.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import type { IssuerRow, IssuingSetup } from '../../../core/api/types.ts';
import { parentBodyLine } from '../../../core/documents/parent-line.ts';
import { upperVi } from '../../../core/text/upper.ts';
import { call } from '../api/client.ts';
import { showApiError } from './formErrors.ts';
import { abbreviationRule } from './abbreviationRule.ts';
import { FormModal } from './FormModal.tsx';
import { EditRemoveActions } from './EditRemoveActions.tsx';

type Values = Omit<IssuerRow, 'id'>;

export function IssuersCard({ setup, onChanged }: { setup: IssuingSetup; onChanged: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<IssuerRow | 'new' | null>(null);
  const agency = setup.issuers.find((i) => i.id === null);
  // A body under the agency with no parent of its own prints the agency's name (core/documents/issuing.ts).
  const parentOf = (i: IssuerRow) =>
    parentBodyLine({ name: i.name, parentBody: i.id === null ? i.parentBody : i.parentBody.trim() || (agency?.name ?? '') });

  const save = async (v: Values) => {
    const id = editing !== 'new' ? editing?.id : null;
    await call('agency.saveIssuer', { name: v.name, parentBody: v.parentBody, abbreviation: v.abbreviation, ...(id ? { id } : {}) });
    void message.success('Đã lưu cơ quan ban hành.');
    setEditing(null);
    onChanged();
  };
  const remove = async (i: IssuerRow) => {
    if (i.id === null) return;
    try {
      await call('agency.removeIssuer', { id: i.id });
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  return (
    <Card
      size="small"
      title="Cơ quan ban hành"
      style={{ maxWidth: 980, marginTop: 16 }}
      data-testid="issuers-card"
      extra={
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          Thêm cơ quan ban hành
        </Button>
      }
    >
      <Table<IssuerRow>
        size="small"
        rowKey="abbreviation"
        pagination={false}
        dataSource={setup.issuers}
        columns={[
          {
            title: 'Phần đầu văn bản',
            key: 'header',
            render: (_, i) => (
              <div>
                {/* As the header prints it: an Ủy ban nhân dân issuing itself has no parent line. */}
                {parentOf(i) ? <div>{upperVi(parentOf(i))}</div> : null}
                <div>
                  <b>{upperVi(i.name)}</b>
                </div>
              </div>
            ),
          },
          { title: 'Viết tắt', dataIndex: 'abbreviation', width: 110 },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, i) =>
              i.id === null ? (
                <Typography.Text type="secondary">Sửa ở phần trên</Typography.Text>
              ) : (
                <EditRemoveActions onEdit={() => setEditing(i)} onRemove={() => remove(i)} confirm="Xóa cơ quan ban hành này?" consequence="Văn bản đã tạo vẫn còn trong sổ văn bản." />
              ),
          },
        ]}
      />
      {editing ? (
        <FormModal<Values>
          form={form}
          title={editing === 'new' ? 'Thêm cơ quan ban hành' : 'Sửa cơ quan ban hành'}
          testId="issuer-form"
          initialValues={editing === 'new' ? { name: '', parentBody: '', abbreviation: '' } : editing}
          save={save}
          onClose={() => setEditing(null)}
        >
          <Form.Item name="name" label="Tên cơ quan ban hành" rules={required('Nhập tên cơ quan ban hành')} extra="Ví dụ: Hội đồng Thi đua - Khen thưởng">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="parentBody"
            label="Dòng trên (cơ quan chủ quản)"
            extra={`Để trống: in tên cơ quan (${agency?.name ?? '…'}). Thường viết gọn, ví dụ: Ủy ban nhân dân TP Thủ Đức`}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="abbreviation"
            label="Viết tắt (ký hiệu văn bản)"
            rules={[...required('Nhập chữ viết tắt (ví dụ: HĐTĐKT)'), abbreviationRule]}
            extra="Có dãy số văn bản riêng, ví dụ: 05/BC-HĐTĐKT. Chỉ chữ và số, không khoảng trắng."
          >
            <Input maxLength={30} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Card>
  );
}
