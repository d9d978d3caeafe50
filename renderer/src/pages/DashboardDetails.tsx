// Tổng quan, below the headline figures: the milestones ahead, the chart by khối/cụm and the tables by
// khối/cụm, by lĩnh vực, of the units that have not reported and of the overdue works. A group, a unit
// or a work leads to its own screen.
import { Card, Col, Empty, Flex, Row, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CampaignStats, FieldStats, GroupStats, GroupTotal, OverdueWork, UpcomingMilestone } from '../../../core/api/types.ts';
import { milestoneLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { GroupChart } from '../components/GroupChart.tsx';
import { ClampedLink, clamped } from '../components/tableText.tsx';
import { dateShort, num } from '../format.ts';
import { navigate } from '../state/route.ts';

const openGroup = (id: number) => navigate('khoi-cum', { group: id });
const openUnit = (code: string) => navigate('don-vi', { q: code });
const openWork = (id: number) => navigate('cong-trinh', { work: id });

// The virtual lists' columns add up to this: the tab's width beside the chart on a 1366 px screen.
const LIST_WIDTH = 600;

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

// Counts under two headings ("Đơn vị", "Công trình") so each header is one short word at 14 px; the
// name wraps rather than hide "… nhà nước 4" behind an ellipsis.
const groupColumns: ColumnsType<GroupStats> = [
  {
    title: 'Khối, cụm',
    dataIndex: 'name',
    sorter: (a, b) => compareVi(a.name, b.name),
    render: (name: string, g) => (
      <Typography.Link onClick={() => openGroup(g.id)} data-testid="group-link">
        {name}
      </Typography.Link>
    ),
  },
  {
    title: 'Đơn vị',
    children: [countColumn('Số', 'units', 52), countColumn('Báo cáo', 'reported', 80), percentColumn('reportedPercent', 'reported', 'units', 84)],
  },
  {
    title: 'Công trình',
    children: [
      countColumn('Số', 'works', 56),
      countColumn('Hoàn thành', 'completed', 100),
      percentColumn('completedPercent', 'completed', 'works', 84),
    ],
  },
];

const fieldColumns: ColumnsType<FieldStats> = [
  { title: 'Lĩnh vực', dataIndex: 'field', sorter: (a, b) => compareVi(a.field, b.field) },
  countColumn('Công trình', 'works', 100),
  countColumn('Hoàn thành', 'completed', 104),
  percentColumn('completedPercent', 'completed', 'works', 84),
];

type NotReported = CampaignStats['notReported'][number];
const notReportedColumns: ColumnsType<NotReported> = [
  { title: 'Mã', dataIndex: 'code', width: 90 },
  {
    title: 'Đơn vị',
    dataIndex: 'name',
    width: 250,
    sorter: (a, b) => compareVi(a.name, b.name),
    render: (name: string, u) => <ClampedLink text={name} onOpen={() => openUnit(u.code)} testId="unit-link" />,
  },
  {
    title: 'Khối, cụm',
    dataIndex: 'group',
    width: 160,
    render: (g: string | null) => clamped(g) ?? <Typography.Text type="secondary">Chưa xếp khối, cụm</Typography.Text>,
    sorter: (a, b) => compareVi(a.group ?? '', b.group ?? ''),
  },
  { title: 'Công trình', dataIndex: 'works', align: 'right', width: 100 },
];

const overdueColumns: ColumnsType<OverdueWork> = [
  { title: 'Đơn vị', dataIndex: 'unitName', width: 180, render: clamped, sorter: (a, b) => compareVi(a.unitName, b.unitName) },
  {
    title: 'Công trình',
    dataIndex: 'title',
    width: 230,
    render: (t: string, w) => <ClampedLink text={t} onOpen={() => openWork(w.id)} testId="overdue-work-link" />,
  },
  {
    title: 'Thời hạn',
    dataIndex: 'dueDate',
    width: 100,
    render: dateShort,
    sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
  },
  {
    title: 'Quá hạn',
    dataIndex: 'daysOverdue',
    width: 90,
    align: 'right',
    render: (d: number) => `${num(d)} ngày`,
    sorter: (a, b) => a.daysOverdue - b.daysOverdue,
  },
];

/** The "Tổng cộng" row under the khối/cụm table, in its columns. */
function GroupTotalRow({ total }: { total: GroupTotal }) {
  const cells: [string, string][] = [
    ['units', num(total.units)],
    ['reported', num(total.reported)],
    ['reportedPercent', total.reportedPercent],
    ['works', num(total.works)],
    ['completed', num(total.completed)],
    ['completedPercent', total.completedPercent],
  ];
  return (
    <Table.Summary fixed="bottom">
      <Table.Summary.Row className="total-row" data-testid="group-total">
        <Table.Summary.Cell index={0}>Tổng cộng</Table.Summary.Cell>
        {cells.map(([key, text], i) => (
          <Table.Summary.Cell key={key} index={i + 1} align="right">
            {text}
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    </Table.Summary>
  );
}

/** "còn 4 ngày", "hôm nay": calendar days from the "as of" date. */
function daysLeftText(days: number): string {
  return days === 0 ? 'hôm nay' : `còn ${num(days)} ngày`;
}

function Milestones({ milestones, asOf }: { milestones: UpcomingMilestone[]; asOf: string }) {
  return (
    <Card size="small" title={`Mốc thời gian tiếp theo (tính từ ngày ${dateShort(asOf)})`} data-testid="milestones">
      {milestones.length ? (
        <ul className="milestone-list">
          {milestones.map((m) => (
            <li key={`${m.date}-${m.kind}-${m.label}`} data-testid="milestone">
              <span className="milestone-date">{dateShort(m.date)}</span>
              <span className="milestone-label" title={m.label || milestoneLabel[m.kind]}>
                {m.label || milestoneLabel[m.kind]}
              </span>
              <Tag color={m.daysLeft <= 3 ? 'orange' : 'blue'}>{daysLeftText(m.daysLeft)}</Tag>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">Không còn mốc thời gian nào của đợt sau ngày này.</Typography.Text>
      )}
    </Card>
  );
}

export function DashboardDetails({ stats: s }: { stats: CampaignStats }) {
  // "Xuất Excel" atop each tab, at the figures on screen (campaign, date, rounding): a list tab gives its
  // list, a summary tab every table of the page. Beside the tabs it would push one into the overflow
  // menu at 1366 px.
  const figures = { campaignId: s.campaign.id, asOf: s.asOf, truncate: s.percentMode === 'truncate' };
  const exportBar = (list: 'dashboard' | 'unreported' | 'overdue') => (
    <Flex justify="end" style={{ marginBottom: 8 }}>
      <ExportExcelButton
        size="small"
        args={{ list, ...figures }}
        label={list === 'dashboard' ? 'Xuất Excel (mọi bảng)' : 'Xuất Excel'}
        testId={`export-${list}`}
      />
    </Flex>
  );
  return (
    <Row gutter={12} style={{ marginTop: 12 }}>
      <Col xs={24} xl={10}>
        <Milestones milestones={s.milestones} asOf={s.asOf} />
        <Card size="small" title="Tỷ lệ theo khối, cụm" style={{ marginTop: 12 }}>
          {s.byGroup.length ? <GroupChart groups={s.byGroup} onOpen={openGroup} /> : <Empty description="Chưa có khối, cụm." />}
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
                  <>
                    {exportBar('dashboard')}
                    <Table
                      size="small"
                      rowKey="id"
                      columns={groupColumns}
                      dataSource={s.byGroup}
                      pagination={false}
                      scroll={{ y: 520 }}
                      summary={() => <GroupTotalRow total={s.groupTotal} />}
                      data-testid="table-by-group"
                    />
                    {s.ungroupedUnits ? (
                      <Typography.Text type="secondary" data-testid="ungrouped-note">
                        {num(s.ungroupedUnits)} đơn vị tham gia chưa xếp khối, cụm nên không có trong bảng.
                      </Typography.Text>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'fields',
                label: `Theo lĩnh vực (${s.byField.length})`,
                children: (
                  <>
                    {exportBar('dashboard')}
                    <Table size="small" rowKey="field" columns={fieldColumns} dataSource={s.byField} pagination={false} scroll={{ y: 520 }} />
                  </>
                ),
              },
              {
                key: 'not-reported',
                label: `Chưa báo cáo (${s.notReported.length})`,
                children: (
                  <>
                    {exportBar('unreported')}
                    <Table
                      size="small"
                      rowKey="id"
                      columns={notReportedColumns}
                      dataSource={s.notReported}
                      pagination={false}
                      virtual
                      scroll={{ y: 520, x: LIST_WIDTH }}
                    />
                  </>
                ),
              },
              {
                key: 'overdue',
                label: `Quá hạn (${s.works.overdue})`,
                children: (
                  <>
                    {exportBar('overdue')}
                    <Table
                      size="small"
                      rowKey="id"
                      columns={overdueColumns}
                      dataSource={s.overdueWorks}
                      pagination={false}
                      virtual
                      scroll={{ y: 520, x: LIST_WIDTH }}
                    />
                  </>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
