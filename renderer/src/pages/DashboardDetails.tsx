// Tổng quan, below the headline figures: the chart by khối/cụm and the tables by khối/cụm, by lĩnh vực,
// of the units that have not reported and of the overdue works.
import { Card, Col, Empty, Row, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CampaignStats, FieldStats, GroupStats, OverdueWork } from '../../../core/api/types.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { GroupChart } from '../components/GroupChart.tsx';
import { dateShort } from '../format.ts';

type Counts<K extends string> = Record<K, number>;

/** A right-aligned count that sorts by its number. */
function countColumn<T extends Counts<K>, K extends string & keyof T>(title: string, key: K, width: number) {
  return { title, dataIndex: key, align: 'right' as const, width, sorter: (a: T, b: T) => a[key] - b[key] };
}

/** The percent core formatted ("46,46%"), sorted by the ratio of its counts rather than by its text. */
function percentColumn<T extends Counts<P | W>, P extends string & keyof T, W extends string & keyof T>(
  dataIndex: string,
  part: P,
  whole: W,
  width: number,
) {
  const ratio = (r: T) => (r[whole] ? r[part] / r[whole] : 0);
  return { title: 'Tỷ lệ', dataIndex, align: 'right' as const, width, sorter: (a: T, b: T) => ratio(a) - ratio(b) };
}

const groupColumns: ColumnsType<GroupStats> = [
  { title: 'Khối, cụm', dataIndex: 'name', sorter: (a, b) => compareVi(a.name, b.name) },
  countColumn('Đơn vị', 'units', 60),
  countColumn('Báo cáo', 'reported', 70),
  percentColumn('reportedPercent', 'reported', 'units', 70),
  countColumn('Công trình', 'works', 78),
  countColumn('Hoàn thành', 'completed', 84),
  percentColumn('completedPercent', 'completed', 'works', 70),
];

const fieldColumns: ColumnsType<FieldStats> = [
  { title: 'Lĩnh vực', dataIndex: 'field', sorter: (a, b) => compareVi(a.field, b.field) },
  countColumn('Công trình', 'works', 90),
  countColumn('Hoàn thành', 'completed', 90),
  percentColumn('completedPercent', 'completed', 'works', 80),
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
