// The offices a kế hoạch assigns duties to in "IV. Tổ chức thực hiện", in print order. The first one
// in use is where the plan tells units to send registrations and reports, so the card says so.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Office } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from './formErrors.ts';
import { OfficeFormModal } from './OfficeFormModal.tsx';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';

export function OfficesCard() {
  const { message } = App.useApp();
  const offices = useQuery('offices.list', {});
  const [editing, setEditing] = useState<Office | 'new' | null>(null);
  const standing = offices.data?.find((o) => o.active);

  const remove = async (o: Office) => {
    try {
      await call('offices.remove', { id: o.id });
      void message.success(`Đã xóa "${o.name}".`);
      void offices.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<Office> = [
    { title: 'Thứ tự', dataIndex: 'sort', width: 80, align: 'right' },
    {
      title: 'Cơ quan, đơn vị',
      dataIndex: 'name',
      width: 300,
      render: (name: string, o) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong={o.active} type={o.active ? undefined : 'secondary'}>
            {name}
          </Typography.Text>
          {o.id === standing?.id ? <Tag color="blue">Nhận đăng ký, báo cáo</Tag> : null}
          {o.active ? null : <Tag>Không đưa vào kế hoạch</Tag>}
        </Space>
      ),
    },
    { title: 'Nhiệm vụ', dataIndex: 'duty', render: (d: string) => <span style={{ whiteSpace: 'pre-line' }}>{d}</span> },
    {
      title: '',
      key: 'actions',
      width: 110,
      render: (_, o) => (
        <EditRemoveActions onEdit={() => setEditing(o)} onRemove={() => remove(o)} confirm={`Xóa "${o.name}"?`} consequence="Kế hoạch đã tạo giữ nguyên nội dung; kế hoạch lập sau không còn nêu cơ quan này." />
      ),
    },
  ];

  return (
    <Card
      size="small"
      title="Cơ quan, đơn vị thực hiện (mục IV của kế hoạch)"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-office">
          Thêm cơ quan
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Mỗi cơ quan đang dùng là một khoản của mục "Tổ chức thực hiện", theo thứ tự in. Cơ quan đầu tiên là nơi các đơn vị gửi
        đăng ký và báo cáo.
      </Typography.Paragraph>
      <Table<Office>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={offices.data}
        loading={offices.loading}
        pagination={false}
        data-testid="offices-table"
      />
      {editing ? (
        <OfficeFormModal
          office={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(o) => {
            setEditing(null);
            void message.success(`Đã lưu "${o.name}".`);
            void offices.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
