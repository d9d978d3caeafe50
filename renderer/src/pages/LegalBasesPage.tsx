// Căn cứ pháp lý: the dated legal bases a document cites (each kế hoạch prints those in force on its
// own date) and the offices its "Tổ chức thực hiện" names. Both are the agency's data because the law
// and the administration moved in 2024 and 2025 and will move again.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { LegalBasis } from '../../../core/api/types.ts';
import { documentLabel } from '../../../core/api/labels.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { LegalBasisFormModal } from '../components/LegalBasisFormModal.tsx';
import { OfficesCard } from '../components/OfficesCard.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { dateShort } from '../format.ts';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';

export function LegalBasesPage() {
  const { message } = App.useApp();
  const bases = useQuery('legalBases.list', {});
  const [editing, setEditing] = useState<LegalBasis | 'new' | null>(null);

  const remove = async (b: LegalBasis) => {
    try {
      await call('legalBases.remove', { id: b.id });
      void message.success('Đã xóa căn cứ.');
      void bases.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<LegalBasis> = [
    { title: 'Thứ tự', dataIndex: 'sort', width: 80, align: 'right' },
    { title: 'Nội dung', dataIndex: 'text' },
    {
      title: 'Hiệu lực',
      key: 'validity',
      width: 200,
      render: (_, b) => (b.validTo ? `${dateShort(b.validFrom)} – ${dateShort(b.validTo)}` : `Từ ${dateShort(b.validFrom)}`),
    },
    {
      title: 'Văn bản trích dẫn',
      dataIndex: 'kinds',
      width: 160,
      render: (kinds: LegalBasis['kinds']) => kinds.map((k) => <Tag key={k}>{documentLabel(k, null)}</Tag>),
    },
    {
      title: '',
      key: 'actions',
      width: 110,
      render: (_, b) => (
        <EditRemoveActions onEdit={() => setEditing(b)} onRemove={() => remove(b)} confirm="Xóa căn cứ này?" consequence="Văn bản đã tạo giữ nguyên nội dung; văn bản lập sau không còn trích dẫn căn cứ này." />
      ),
    },
  ];

  return (
    <div className="page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-legal-basis">
            Thêm căn cứ
          </Button>
        }
      >
        Căn cứ pháp lý
      </PageTitle>
      <Card size="small" title="Căn cứ pháp lý">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Mỗi kế hoạch in các căn cứ còn hiệu lực vào ngày của kế hoạch, theo thứ tự in, rồi đến dòng "Thực hiện …" kế hoạch cấp
          trên của đợt thi đua (nhập ở Đợt thi đua → Sửa).
        </Typography.Paragraph>
        <Table<LegalBasis>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={bases.data}
          loading={bases.loading}
          pagination={false}
          data-testid="legal-bases-table"
        />
      </Card>
      <div style={{ marginTop: 16 }}>
        <OfficesCard />
      </div>
      {editing ? (
        <LegalBasisFormModal
          basis={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('Đã lưu căn cứ.');
            void bases.reload();
          }}
        />
      ) : null}
    </div>
  );
}
