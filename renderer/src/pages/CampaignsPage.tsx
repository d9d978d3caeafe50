// Đợt thi đua: the campaigns of the council, newest first.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import type { CampaignRow } from '../../../core/api/types.ts';
import { campaignFormLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { call } from '../api/client.ts';
import { CampaignDrawer } from '../components/CampaignDrawer.tsx';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.tsx';

// "Sửa", "Công trình" and "Tổng quan" side by side at 14 px, with the cell's padding.
const ACTIONS_WIDTH = 280;
const TABLE_WIDTH = 210 + 96 + 170 + 170 + 80 + 96 + ACTIONS_WIDTH;

export function CampaignsPage() {
  const { campaigns, campaignId, setCampaignId, refreshCampaigns } = useSession();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const height = useViewportHeight(160);
  const close = useCallback(() => setEditing(null), []);

  const remove = async (c: CampaignRow) => {
    try {
      await call('campaigns.remove', { id: c.id });
      void message.success(`Đã xóa đợt thi đua "${c.name}".`);
      void refreshCampaigns();
    } catch (e) {
      // Core says what the campaign holds (works, reports, documents).
      showApiError(e, message);
    }
  };

  const open = (c: CampaignRow, page: 'tong-quan' | 'cong-trinh') => {
    setCampaignId(c.id);
    navigate(page);
  };

  // The widths add up to TABLE_WIDTH, what a 1366 px screen leaves beside the menu; a long name or
  // plan wraps, and the actions stay pinned on the right when a narrower window scrolls.
  const columns: ColumnsType<CampaignRow> = [
    {
      title: 'Tên đợt, phong trào thi đua',
      dataIndex: 'name',
      width: 210,
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (name: string, c) => (
        <Space size={4}>
          <Typography.Link onClick={() => setEditing(c.id)}>{name}</Typography.Link>
          {c.id === campaignId ? <Tag color="red">Đang chọn</Tag> : null}
        </Space>
      ),
    },
    { title: 'Hình thức', dataIndex: 'form', width: 96, render: (f: CampaignRow['form']) => campaignFormLabel[f] },
    {
      title: 'Thời gian',
      key: 'period',
      width: 170,
      render: (_, c) => `${dateShort(c.startDate)} – ${dateShort(c.endDate)}`,
      sorter: (a, b) => a.startDate.localeCompare(b.startDate),
    },
    {
      title: 'Kế hoạch',
      key: 'plan',
      width: 170,
      render: (_, c) => (c.planNumber ? `Số ${c.planNumber}${c.planDate ? ` ngày ${dateShort(c.planDate)}` : ''}` : '—'),
    },
    { title: 'Đơn vị', dataIndex: 'units', width: 80, align: 'right', render: num },
    { title: 'Công trình', dataIndex: 'works', width: 96, align: 'right', render: num },
    {
      title: '',
      key: 'actions',
      width: ACTIONS_WIDTH,
      fixed: 'right',
      render: (_, c) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(c.id)}>
            Sửa
          </Button>
          <Button size="small" type="link" onClick={() => open(c, 'cong-trinh')}>
            Công trình
          </Button>
          <Button size="small" type="link" onClick={() => open(c, 'tong-quan')}>
            Tổng quan
          </Button>
          <Popconfirm
            title={`Xóa đợt thi đua "${c.name}"?`}
            description="Chỉ xóa được đợt tạo nhầm, chưa có công trình, báo cáo hay văn bản nào."
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => remove(c)}
          >
            <Button size="small" type="link" danger data-testid="remove-campaign">
              Xóa
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div className="page" data-testid="campaigns-page">
      <PageTitle
        extra={
          <Space>
            <ExportExcelButton args={{ list: 'campaigns' }} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-campaign">
              Tạo đợt thi đua
            </Button>
          </Space>
        }
      >
        Đợt thi đua
      </PageTitle>
      <Table<CampaignRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={campaigns}
        pagination={false}
        scroll={{ x: TABLE_WIDTH, y: height }}
        data-testid="campaigns-table"
      />
      {editing !== null ? (
        <CampaignDrawer
          campaignId={editing === 'new' ? null : editing}
          onClose={close}
          onSaved={(c) => {
            setEditing(null);
            void message.success(`Đã lưu "${c.name}".`);
            void refreshCampaigns();
            if (editing === 'new') setCampaignId(c.id);
          }}
        />
      ) : null}
    </div>
  );
}
