// Báo cáo đơn vị: which unit reported on the campaign and when. The dashboard's "as of" figures count
// these dates.
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { UnitReport } from '../../../core/api/types.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { CampaignPageTitle, NoCampaignPage } from '../components/CampaignPageTitle.tsx';
import { showApiError } from '../components/formErrors.ts';
import { clamped } from '../components/tableText.tsx';
import { ReportFormModal } from '../components/ReportFormModal.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { useSession } from '../state/session.tsx';
import { SearchBox } from '../components/SearchBox';

export function ReportsPage() {
  const { campaignId } = useSession();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<UnitReport | null>(null);
  const [query, setQuery] = useState('');
  const campaign = useQuery('campaigns.get', campaignId === null ? null : { id: campaignId });
  const reports = useQuery('reports.list', campaignId === null ? null : { campaignId });
  const height = useViewportHeight(200);

  useEffect(() => {
    if (reports.error) showApiError(reports.error, message);
  }, [reports.error, message]);

  const rows = useMemo(() => {
    const all = reports.data ?? [];
    return query.trim() ? all.filter((r) => matchesFolded(fold(`${r.unitName} ${r.unitCode} ${r.content}`), query)) : all;
  }, [reports.data, query]);
  const reportedUnits = new Set((reports.data ?? []).map((r) => r.unitId)).size;

  const remove = async (r: UnitReport) => {
    try {
      await call('reports.remove', { id: r.id });
      void message.success('Đã xóa báo cáo.');
      void reports.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<UnitReport> = [
    {
      title: 'Ngày báo cáo',
      dataIndex: 'reportDate',
      width: 124,
      render: dateShort,
      sorter: (a, b) => a.reportDate.localeCompare(b.reportDate),
    },
    { title: 'Mã', dataIndex: 'unitCode', width: 90 },
    {
      title: 'Đơn vị',
      dataIndex: 'unitName',
      width: 260,
      render: clamped,
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
    },
    { title: 'Nội dung', dataIndex: 'content', width: 290, render: clamped },
    { title: 'Hình thức, số văn bản', dataIndex: 'source', width: 200, render: clamped },
    {
      title: '',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button size="small" type="text" onClick={() => setEditing(r)}>
            Sửa
          </Button>
          <Popconfirm
            title="Xóa báo cáo này?"
            description={`${r.unitName}, ngày ${dateShort(r.reportDate)}`}
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => remove(r)}
          >
            <Button size="small" type="text">
              Xóa
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  if (campaignId === null) return <NoCampaignPage title="Báo cáo đơn vị" hint="Chưa có đợt thi đua nào." />;

  return (
    <div className="page" data-testid="reports-page">
      <CampaignPageTitle
        add={{ label: 'Ghi nhận báo cáo', disabled: !campaign.data, onClick: () => setAdding(true), testId: 'add-report' }}
      >
        Báo cáo đơn vị
      </CampaignPageTitle>
      <Space className="toolbar" wrap>
        <SearchBox
          value={query}
          onChange={setQuery}
          placeholder="Tìm đơn vị, nội dung"
          label="Tìm báo cáo"
          width={300}
        />
        {campaign.data ? (
          <Typography.Text type="secondary">
            {num(reportedUnits)}/{num(campaign.data.unitIds.length)} đơn vị đã có báo cáo · {num((reports.data ?? []).length)} lượt
            báo cáo
          </Typography.Text>
        ) : null}
      </Space>
      <Table<UnitReport>
        size="small"
        rowKey="id"
        virtual
        columns={columns}
        dataSource={rows}
        loading={reports.loading && !reports.data}
        pagination={false}
        scroll={{ x: 124 + 90 + 260 + 290 + 200 + 110, y: height }}
        locale={{ emptyText: 'Chưa có báo cáo nào.' }}
      />
      {(adding || editing) && campaign.data ? (
        <ReportFormModal
          campaign={campaign.data}
          report={editing ?? undefined}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
          onSaved={() => {
            setAdding(false);
            setEditing(null);
            void reports.reload();
          }}
        />
      ) : null}
    </div>
  );
}
