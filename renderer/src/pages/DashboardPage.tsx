// Tổng quan: a campaign's progress at an "as of" date, the figures the secretariat reads out at a sơ kết.
import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Space, Switch, Table, Tabs, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { CampaignStats, FieldStats, GroupStats, OverdueWork } from '../../../core/api/types.ts';
import { workLevelLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { pad2 } from '../../../core/text/numbers.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { CampaignPicker } from '../components/CampaignPicker.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { showApiError } from '../components/formErrors.ts';
import { GroupChart } from '../components/GroupChart.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { dateShort, num } from '../format.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.tsx';

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

/** The sentence a sơ kết report opens with, ready to copy. */
function summary(s: CampaignStats): string {
  const groups = [
    s.groups.khoi ? `${pad2(s.groups.khoi)} khối` : '',
    s.groups.cum ? `${pad2(s.groups.cum)} cụm` : '',
  ]
    .filter(Boolean)
    .join(' và ');
  return (
    `Tính đến ngày ${dateShort(s.asOf)}${groups ? ` đã có ${groups} thi đua với` : ' có'} ` +
    `${num(s.units.registered)} đơn vị đăng ký ${num(s.works.registered)} công trình. ` +
    `Đã có ${num(s.units.reported)}/${num(s.units.registered)} cơ quan, đơn vị có báo cáo kết quả, đạt ${s.units.reportedPercent}; ` +
    `có ${num(s.works.completed)}/${num(s.works.registered)} công trình đăng ký đã hoàn thành, đạt ${s.works.completedPercent}.`
  );
}

function NoCampaign() {
  const { info, refresh } = useSession();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const empty = info.units === 0 && info.campaigns === 0;
  const loadDemo = async () => {
    setLoading(true);
    try {
      await call('demo.load', {});
      await refresh();
      void message.success('Đã tạo dữ liệu mẫu.');
    } catch (e) {
      showApiError(e, message);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Empty description="Chưa có đợt thi đua nào.">
      <Space>
        <Button type="primary" onClick={() => navigate('dot-thi-dua')}>
          Tạo đợt thi đua
        </Button>
        {empty ? (
          <Button loading={loading} onClick={() => void loadDemo()} data-testid="load-demo">
            Tạo dữ liệu mẫu
          </Button>
        ) : null}
      </Space>
    </Empty>
  );
}

export function DashboardPage() {
  const { campaignId } = useSession();
  const { message } = App.useApp();
  // A date picked for one campaign does not carry over: another campaign is read at its own default
  // date (today, or its close if it has ended).
  const [picked, setPicked] = useState<{ campaignId: number | null; asOf: string | null }>({ campaignId, asOf: null });
  const asOf = picked.campaignId === campaignId ? picked.asOf : null;
  const [truncate, setTruncate] = useState<boolean | null>(null);

  useEffect(() => {
    call('settings.get', {})
      .then((s) => setTruncate(s.percentMode === 'truncate'))
      .catch((e) => showApiError(e, message));
  }, [message]);

  const stats = useQuery(
    'stats.campaign',
    campaignId === null || truncate === null ? null : { campaignId, asOf: asOf ?? undefined, truncate },
  );
  useEffect(() => {
    if (stats.error) showApiError(stats.error, message);
  }, [stats.error, message]);

  const changeMode = async (next: boolean) => {
    setTruncate(next);
    try {
      await call('settings.save', { percentMode: next ? 'truncate' : 'round' });
    } catch (e) {
      showApiError(e, message);
    }
  };

  const s = stats.data;
  return (
    <div className="page" data-testid="dashboard">
      <PageTitle
        extra={
          <Space wrap>
            <CampaignPicker />
            <span>Tính đến ngày</span>
            <DateInput
              value={asOf ?? s?.asOf ?? null}
              onChange={(d) => setPicked({ campaignId, asOf: d })}
              allowClear={false}
              data-testid="as-of"
              aria-label="Tính đến ngày"
            />
            <Tooltip title="Báo cáo viết tay thường cắt bỏ phần lẻ (46,45%) thay vì làm tròn (46,46%).">
              <Space size={4}>
                <Switch
                  size="small"
                  checked={truncate ?? false}
                  onChange={(v) => void changeMode(v)}
                  data-testid="truncate-toggle"
                  aria-label="Cắt bỏ phần lẻ của tỷ lệ"
                />
                <span>Cắt bỏ phần lẻ</span>
              </Space>
            </Tooltip>
            <Button icon={<ReloadOutlined />} onClick={() => void stats.reload()} aria-label="Tải lại" />
          </Space>
        }
      >
        Tổng quan
      </PageTitle>
      {campaignId === null ? (
        <NoCampaign />
      ) : !s ? (
        <Card loading />
      ) : (
        <>
          <Typography.Paragraph className="summary-line" copyable data-testid="summary-line">
            {summary(s)}
          </Typography.Paragraph>
          <Row gutter={[12, 12]}>
            <Col xs={12} lg={8} xl={4}>
              <StatCard
                testId="card-units"
                title="Đơn vị có báo cáo"
                part={s.units.reported}
                whole={s.units.registered}
                percent={s.units.reportedPercent}
                footer={`${num(s.units.registered - s.units.reported)} đơn vị chưa báo cáo`}
              />
            </Col>
            <Col xs={12} lg={8} xl={4}>
              <StatCard
                testId="card-works"
                title="Công trình hoàn thành"
                part={s.works.completed}
                whole={s.works.registered}
                percent={s.works.completedPercent}
                footer={`${num(s.works.registered - s.works.completed)} công trình chưa hoàn thành`}
              />
            </Col>
            {s.works.byLevel.map((l) => (
              <Col xs={12} lg={8} xl={4} key={l.level}>
                <StatCard
                  testId={`card-level-${l.level}`}
                  title={`Công trình ${workLevelLabel[l.level].toLocaleLowerCase('vi')}`}
                  part={l.completed}
                  whole={l.registered}
                  percent={l.completedPercent}
                  footer="hoàn thành / đăng ký"
                />
              </Col>
            ))}
            <Col xs={12} lg={8} xl={4}>
              <StatCard
                testId="card-overdue"
                title="Công trình quá hạn"
                tone={s.works.overdue ? 'warning' : 'normal'}
                value={num(s.works.overdue)}
                footer="quá thời hạn, chưa hoàn thành"
              />
            </Col>
            <Col xs={12} lg={8} xl={4}>
              <StatCard
                testId="card-groups"
                title="Khối, cụm thi đua"
                value={`${pad2(s.groups.khoi)} khối, ${pad2(s.groups.cum)} cụm`}
                footer={`${num(s.units.registered)} đơn vị tham gia`}
              />
            </Col>
          </Row>
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
        </>
      )}
    </div>
  );
}
