// Người ký: the signature blocks the documents pick from, and who signs each kind of document for each
// issuer by default (changeable per document in the composer).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { documentLabel } from '../../../core/api/labels.ts';
import { DOCUMENT_KIND_IDS } from '../../../core/documents/kinds.ts';
import type { IssuingSetup, SignerDefault, SignerRow } from '../../../core/api/types.ts';
import { upperVi } from '../../../core/text/upper.ts';
import { call } from '../api/client.ts';
import { showApiError } from './formErrors.ts';
import { FormModal } from './FormModal.tsx';
import { SignerFields, type SignerValues } from './SignerFields.tsx';
import { signerText } from './signerText.ts';
import { EditRemoveActions } from './EditRemoveActions.tsx';

type DocumentKind = SignerDefault['kind'];

interface Props {
  setup: IssuingSetup;
  onChanged: () => void;
}

export function SignersCard({ setup, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SignerValues>();
  const [editing, setEditing] = useState<SignerRow | 'new' | null>(null);

  const save = async (v: SignerValues) => {
    await call('agency.saveSigner', { ...(editing !== 'new' && editing ? { id: editing.id } : {}), authority: v.authority ?? '', title: v.title, name: v.name });
    void message.success('Đã lưu người ký.');
    setEditing(null);
    onChanged();
  };
  const remove = async (s: SignerRow) => {
    try {
      await call('agency.removeSigner', { id: s.id });
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };
  const setDefault = async (issuerId: number | null, kind: DocumentKind, signerId: number) => {
    try {
      await call('agency.setSignerDefault', { ...(issuerId === null ? {} : { issuerId }), kind, signerId });
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };
  const defaultOf = (issuerId: number | null, kind: DocumentKind) =>
    setup.defaults.find((d) => d.issuerId === issuerId && d.kind === kind)?.signerId ??
    setup.defaults.find((d) => d.issuerId === null && d.kind === kind)?.signerId;
  const options = setup.signers.map((s) => ({ value: s.id, label: signerText(s) }));

  return (
    <Card
      size="small"
      title="Người ký"
      style={{ maxWidth: 980, marginTop: 16 }}
      data-testid="signers-card"
      extra={
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          Thêm người ký
        </Button>
      }
    >
      <Table<SignerRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={setup.signers}
        locale={{ emptyText: 'Chưa có người ký: bấm «Thêm người ký».' }}
        columns={[
          { title: 'Thẩm quyền ký', key: 'authority', render: (_, s) => s.authority.map((l) => upperVi(l)).join(' / ') || '—' },
          { title: 'Chức vụ người ký', dataIndex: 'title' },
          { title: 'Họ tên người ký', dataIndex: 'name' },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, s) => (
              <EditRemoveActions onEdit={() => setEditing(s)} onRemove={() => remove(s)} confirm="Xóa người ký này?" consequence="Văn bản người này ký mặc định sẽ do người ký mặc định của cơ quan ký." />
            ),
          },
        ]}
      />
      {setup.signers.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Người ký mặc định
          </Typography.Title>
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={DOCUMENT_KIND_IDS.map((kind) => ({ kind }))}
            columns={[
              { title: 'Loại văn bản', key: 'kind', width: 170, render: (_, r) => documentLabel(r.kind, null) },
              ...setup.issuers.map((issuer) => ({
                title: issuer.abbreviation,
                key: `issuer-${issuer.id}`,
                render: (_: unknown, r: { kind: DocumentKind }) => (
                  <Select
                    size="small"
                    style={{ width: '100%' }}
                    aria-label={`Người ký ${documentLabel(r.kind, null)} của ${issuer.abbreviation}`}
                    value={defaultOf(issuer.id, r.kind)}
                    options={options}
                    onChange={(signerId: number) => void setDefault(issuer.id, r.kind, signerId)}
                  />
                ),
              })),
            ]}
          />
        </>
      ) : null}
      {editing ? (
        <FormModal<SignerValues>
          form={form}
          title={editing === 'new' ? 'Thêm người ký' : 'Sửa người ký'}
          width={860}
          testId="signer-form"
          initialValues={editing === 'new' ? { authority: '', title: '', name: '' } : { ...editing, authority: editing.authority.join('\n') }}
          save={save}
          onClose={() => setEditing(null)}
        >
          <SignerFields />
        </FormModal>
      ) : null}
    </Card>
  );
}
