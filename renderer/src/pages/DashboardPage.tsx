// Tổng quan: a campaign's progress at an "as of" date, the figures the secretariat reads out at a sơ kết.
import { App, Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { workLevelLabel } from '../../../core/api/labels.ts';
import { figuresSentence, scopeFromIssuer } from '../../../core/documents/wording.ts';
import { pad2 } from '../../../core/text/numbers.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { num } from '../format.ts';
import { navigate } from '../state/route.ts';
import { takeEarlyStats } from '../state/boot.ts';
import { useSession } from '../state/session.tsx';

// The controls and, below the figures, the chart and the tables (antd's Table is the heaviest part of
// the first screen) come in their own chunks: fetched from the start, drawn just after the headline
// figures, which are what the user opens the app to read.
const loadToolbar = () => import('./DashboardToolbar.tsx');
const loadDetails = () => import('./DashboardDetails.tsx');
void loadToolbar();
void loadDetails();
const DashboardToolbar = lazy(() => loadToolbar().then((m) => ({ default: m.DashboardToolbar })));
const DashboardDetails = lazy(() => loadDetails().then((m) => ({ default: m.DashboardDetails })));

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
  const { campaignId, agency } = useSession();
  const { message } = App.useApp();
  // A date picked for one campaign does not carry over: another campaign is read at its own default
  // date (core's: the last day anything was recorded).
  const [picked, setPicked] = useState<{ campaignId: number | null; asOf: string | null }>({ campaignId, asOf: null });
  const asOf = picked.campaignId === campaignId ? picked.asOf : null;
  // Null until the user flips the switch: core then counts in its own default mode. The switch is a way
  // of looking and saves nothing: documents round by their own setting (Cơ quan page).
  const [truncate, setTruncate] = useState<boolean | null>(null);

  const stats = useQuery(
    'stats.campaign',
    campaignId === null ? null : { campaignId, asOf: asOf ?? undefined, truncate: truncate ?? undefined },
    () => (campaignId === null ? null : takeEarlyStats(campaignId)),
  );
  useEffect(() => {
    if (stats.error) showApiError(stats.error, message);
  }, [stats.error, message]);

  const s = stats.data;
  return (
    <div className="page" data-testid="dashboard">
      <PageTitle
        extra={
          <Suspense fallback={<div className="toolbar-placeholder" />}>
            <DashboardToolbar
              asOf={asOf ?? s?.asOf ?? null}
              onAsOf={(d) => setPicked({ campaignId, asOf: d })}
              truncate={truncate ?? s?.percentMode === 'truncate'}
              ready={s !== undefined}
              onTruncate={setTruncate}
              onReload={() => void stats.reload()}
            />
          </Suspense>
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
            {figuresSentence(s, scopeFromIssuer(agency?.name ?? ''))}
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
          <Suspense fallback={<Card loading style={{ marginTop: 12 }} />}>
            <DashboardDetails stats={s} />
          </Suspense>
        </>
      )}
    </div>
  );
}
