// Tổng quan, below the headline figures: the chart by khối/cụm and the tables by khối/cụm, by lĩnh vực,
// of the units that have not reported and of the overdue works.
import { Card, Col, Empty, Row, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CampaignStats, FieldStats, GroupStats, OverdueWork } from '../../../core/api/types.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { GroupChart } from '../components/GroupChart.tsx';
import { dateShort } from '../format.ts';

const ratio = (a: number, b: number) => (b ? a / b : 0);

const groupColumns: ColumnsType<GroupStats> = [
  {
    title: 'Khối, cụm',
    dataIndex: 'name',
    sorter: (a, b) => compareVi(a.name, b.name),
  },
  { title: 'Đơn vị', dataIndex: 'units', align: 'right', width: 60, sorter: (a, b) => a.units - b.units },
  { title: 'Báo cáo', dataIndex: 'reported', align: 'right', width: 70, sorter: (a, b) => a.reported - b.reported },
  {
    title: 'Tỷ lệ',
    dataIndex: 'reportedPercent',
    align: 'right',
    width: 70,
    sorter: (a, b) => ratio(a.reported, a.units) - ratio(b.reported, b.units),
  },
  { title: 'Công trình', dataIndex: 'works', align: 'right', width: 78, sorter: (a, b) => a.works - b.works },
  { title: 'Hoàn thành', dataIndex: 'completed', align: 'right', width: 84, sorter: (a, b) => a.completed - b.completed },
  {
    title: 'Tỷ lệ',
    dataIndex: 'completedPercent',
    align: 'right',
    width: 70,
    sorter: (a, b) => ratio(a.completed, a.works) - ratio(b.completed, b.works),
  },
];

const fieldColumns: ColumnsType<FieldStats> = [
  { title: 'Lĩnh vực', dataIndex: 'field', sorter: (a, b) => compareVi(a.field, b.field) },
  { title: 'Công trình', dataIndex: 'works', align: 'right', width: 90, sorter: (a, b) => a.works - b.works },
  { title: 'Hoàn thành', dataIndex: 'completed', align: 'right', width: 90, sorter: (a, b) => a.completed - b.completed },
  {
    title: 'Tỷ lệ',
    dataIndex: 'completedPercent',
    align: 'right',
    width: 80,
    sorter: (a, b) => ratio(a.completed, a.works) - ratio(b.completed, b.works),
  },
];

type NotReported = CampaignStats['notReported'][number];
const notReportedColumns: ColumnsType<NotReported> = [
  { title: 'Mã', dataIndex: 'code', width: 90 },
  { title: 'Đơn vị', dataIndex: 'name', sorter: (a, b) => compareVi(a.name, b.name) },
  {
    title: 'Khối, cụm',
    dataIndex: 'group',
    render: (g: string | null) => g ?? <Typography.Text type="secondary">Chưa xếp khối, cụm</Typography.Text>,
    sorter: (a, b) => compareVi(a.group ?? '', b.group ?? ''),
  },
  { title: 'Công trình', dataIndex: 'works', align: 'right', width: 84 },
];

const overdueColumns: ColumnsType<OverdueWork> = [
  { title: 'Đơn vị', dataIndex: 'unitName', width: 220, sorter: (a, b) => compareVi(a.unitName, b.unitName) },
  { title: 'Công trình', dataIndex: 'title' },
  {
    title: 'Thời hạn',
    dataIndex: 'dueDate',
    width: 90,
    render: dateShort,
    sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
  },
];

export function DashboardDetails({ stats: s }: { stats: CampaignStats }) {
  return (
    <Row gutter={12} style={{ marginTop: 12 }}>
      <Col xs={24} xl={10}>
        <Card size="small" title="Tỷ lệ theo khối, cụm">
          {s.byGroup.length ? <GroupChart groups={s.byGroup} /> : <Empty description="Chưa có khối, cụm." />}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small">
          <Tabs
            size="small"
            items={[
              {
                key: 'groups',
                label: `Theo khối, cụm (${s.byGroup.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    columns={groupColumns}
                    dataSource={s.byGroup}
                    pagination={false}
                    scroll={{ y: 520 }}
                    data-testid="table-by-group"
                  />
                ),
              },
              {
                key: 'fields',
                label: `Theo lĩnh vực (${s.byField.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="field"
                    columns={fieldColumns}
                    dataSource={s.byField}
                    pagination={false}
                    scroll={{ y: 520 }}
                  />
                ),
              },
              {
                key: 'not-reported',
                label: `Chưa báo cáo (${s.notReported.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    columns={notReportedColumns}
                    dataSource={s.notReported}
                    pagination={false}
                    virtual
                    scroll={{ y: 520, x: 640 }}
                  />
                ),
              },
              {
                key: 'overdue',
                label: `Quá hạn (${s.works.overdue})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    columns={overdueColumns}
                    dataSource={s.overdueWorks}
                    pagination={false}
                    virtual
                    scroll={{ y: 520, x: 640 }}
                  />
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
