// Nơi nhận: the bodies documents are sent to and, for each, the kinds of document that list it by
// default. A document never lists its own issuer or drafting unit (known by the ký hiệu given here).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { documentLabel } from '../../../core/api/labels.ts';
import { DOCUMENT_KIND_IDS } from '../../../core/documents/kinds.ts';
import type { IssuingSetup, RecipientRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { showApiError } from './formErrors.ts';
import { FormModal } from './FormModal.tsx';
import { EditRemoveActions } from './EditRemoveActions.tsx';

type DocumentKind = RecipientRow['kinds'][number];

const KIND_OPTIONS = DOCUMENT_KIND_IDS.map((k) => ({ value: k, label: documentLabel(k, null) }));

type Values = Omit<RecipientRow, 'id'>;

export function RecipientsCard({ setup, onChanged }: { setup: IssuingSetup; onChanged: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<RecipientRow | 'new' | null>(null);

  const save = async (v: Values) => {
    await call('agency.saveRecipient', { ...(editing !== 'new' && editing ? { id: editing.id } : {}), ...v, kinds: v.kinds ?? [] });
    void message.success('Đã lưu nơi nhận.');
    setEditing(null);
    onChanged();
  };
  const toggle = async (r: RecipientRow, kinds: DocumentKind[]) => {
    try {
      await call('agency.saveRecipient', { id: r.id, name: r.name, abbreviation: r.abbreviation, kinds });
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };
  const remove = async (r: RecipientRow) => {
    try {
      await call('agency.removeRecipient', { id: r.id });
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };

  return (
    <Card
      size="small"
      title="Nơi nhận"
      style={{ maxWidth: 980, marginTop: 16 }}
      data-testid="recipients-card"
      extra={
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          Thêm nơi nhận
        </Button>
      }
    >
      <Table<RecipientRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={setup.recipients}
        columns={[
          { title: 'Nơi nhận', dataIndex: 'name', ellipsis: true },
          { title: 'Viết tắt', dataIndex: 'abbreviation', width: 90 },
          {
            title: 'Mặc định cho',
            key: 'kinds',
            width: 430,
            render: (_, r) => (
              <Checkbox.Group options={KIND_OPTIONS} value={r.kinds} onChange={(kinds) => void toggle(r, kinds as DocumentKind[])} />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_, r) => (
              <EditRemoveActions onEdit={() => setEditing(r)} onRemove={() => remove(r)} confirm="Xóa nơi nhận này?" />
            ),
          },
        ]}
      />
      {editing ? (
        <FormModal<Values>
          form={form}
          title={editing === 'new' ? 'Thêm nơi nhận' : 'Sửa nơi nhận'}
          testId="recipient-form"
          initialValues={editing === 'new' ? { name: '', abbreviation: '', kinds: [] } : editing}
          save={save}
          onClose={() => setEditing(null)}
        >
          <Form.Item name="name" label="Tên nơi nhận" rules={[{ required: true, whitespace: true, message: 'Nhập tên nơi nhận' }]} extra="Ví dụ: Sở Nội vụ (Ban Thi đua - Khen thưởng)">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="abbreviation" label="Viết tắt" extra="Ký hiệu của nơi nhận nếu nơi đó tự ban hành hoặc soạn thảo văn bản (ví dụ: NV, HĐTĐKT): văn bản của chính nơi đó không gửi cho nó.">
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="kinds" label="Mặc định cho loại văn bản">
            <Checkbox.Group options={KIND_OPTIONS} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Card>
  );
}
