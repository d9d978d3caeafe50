// The working app: a left menu of screens and the screen itself.
import {
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileWordOutlined,
  FlagOutlined,
  IdcardOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  AuditOutlined,
  SaveOutlined,
  SolutionOutlined,
  SwapOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Card, ConfigProvider, Layout, Menu } from 'antd';
import { type CSSProperties, lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { dropEarly } from './state/boot.ts';
import { navigate, type Page, useRoute } from './state/route.ts';
import { useSession } from './state/session.tsx';

// Only the dashboard is in the first bundle: it is what every start shows. The other screens (and the
// Word preview's libraries) load when first opened, from the local disk or the local host.
const UnitsPage = lazy(() => import('./pages/UnitsPage.tsx').then((m) => ({ default: m.UnitsPage })));
const GroupsPage = lazy(() => import('./pages/GroupsPage.tsx').then((m) => ({ default: m.GroupsPage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage.tsx').then((m) => ({ default: m.CampaignsPage })));
const WorksPage = lazy(() => import('./pages/WorksPage.tsx').then((m) => ({ default: m.WorksPage })));
const ReportsPage = lazy(() => import('./pages/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const DocumentsPage = lazy(() => import('./pages/DocumentsPage.tsx').then((m) => ({ default: m.DocumentsPage })));
const LegalBasesPage = lazy(() => import('./pages/LegalBasesPage.tsx').then((m) => ({ default: m.LegalBasesPage })));
const BackupPage = lazy(() => import('./pages/BackupPage.tsx').then((m) => ({ default: m.BackupPage })));
const AgencyPage = lazy(() => import('./pages/AgencyPage.tsx').then((m) => ({ default: m.AgencyPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })));
const AwardCataloguePage = lazy(() => import('./pages/AwardCataloguePage.tsx').then((m) => ({ default: m.AwardCataloguePage })));
const ProposalsPage = lazy(() => import('./pages/ProposalsPage.tsx').then((m) => ({ default: m.ProposalsPage })));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage.tsx').then((m) => ({ default: m.MeetingsPage })));
const AwardRegisterPage = lazy(() => import('./pages/AwardRegisterPage.tsx').then((m) => ({ default: m.AwardRegisterPage })));
const ExchangePage = lazy(() => import('./pages/ExchangePage.tsx').then((m) => ({ default: m.ExchangePage })));
const CertificateTemplatesPage = lazy(() => import('./pages/CertificateTemplatesPage.tsx').then((m) => ({ default: m.CertificateTemplatesPage })));
const HolidaysPage = lazy(() => import('./pages/HolidaysPage.tsx').then((m) => ({ default: m.HolidaysPage })));

// Sixteen screens fit a 768 px window with slightly tighter items; on a shorter one the menu scrolls on
// its own and the page never does.
const MENU_THEME = { components: { Menu: { itemHeight: 36, itemMarginBlock: 2 } } };
const SIDER_STYLE: CSSProperties = { position: 'sticky', top: 0, height: '100vh' };
const MENU_SCROLL: CSSProperties = { flex: 1, minHeight: 0, overflowY: 'auto' };

/** A name longer than the menu is wide takes two lines rather than losing its end to "…". */
const TWO_LINES: CSSProperties = { height: 'auto', minHeight: 36, lineHeight: '20px', paddingBlock: 8, whiteSpace: 'normal' };

// Icons are decoration: hidden from screen readers so each item is named by its text alone.
const MENU: { key: Page; icon: ReactNode; label: string; style?: CSSProperties }[] = [
  { key: 'tong-quan', icon: <DashboardOutlined aria-hidden />, label: 'Tổng quan' },
  { key: 'don-vi', icon: <BankOutlined aria-hidden />, label: 'Đơn vị' },
  { key: 'khoi-cum', icon: <ClusterOutlined aria-hidden />, label: 'Khối, cụm thi đua' },
  { key: 'dot-thi-dua', icon: <FlagOutlined aria-hidden />, label: 'Đợt thi đua' },
  { key: 'cong-trinh', icon: <ProjectOutlined aria-hidden />, label: 'Công trình' },
  { key: 'bao-cao', icon: <FileDoneOutlined aria-hidden />, label: 'Báo cáo đơn vị' },
  { key: 'ca-nhan', icon: <TeamOutlined aria-hidden />, label: 'Cá nhân' },
  { key: 'khen-thuong', icon: <TrophyOutlined aria-hidden />, label: 'Danh mục khen thưởng', style: TWO_LINES },
  { key: 'de-nghi', icon: <SolutionOutlined aria-hidden />, label: 'Đề nghị khen thưởng', style: TWO_LINES },
  { key: 'hop-hoi-dong', icon: <AuditOutlined aria-hidden />, label: 'Họp Hội đồng' },
  { key: 'so-khen-thuong', icon: <OrderedListOutlined aria-hidden />, label: 'Sổ khen thưởng' },
  { key: 'mau-giay-khen', icon: <IdcardOutlined aria-hidden />, label: 'Mẫu giấy khen' },
  { key: 'van-ban', icon: <FileWordOutlined aria-hidden />, label: 'Văn bản' },
  { key: 'can-cu', icon: <BookOutlined aria-hidden />, label: 'Căn cứ pháp lý' },
  { key: 'trao-doi', icon: <SwapOutlined aria-hidden />, label: 'Trao đổi dữ liệu' },
  { key: 'sao-luu', icon: <SaveOutlined aria-hidden />, label: 'Sao lưu' },
  { key: 'co-quan', icon: <SettingOutlined aria-hidden />, label: 'Cơ quan' },
  { key: 'ngay-nghi', icon: <CalendarOutlined aria-hidden />, label: 'Ngày nghỉ lễ' },
];

function Screen({ page }: { page: Page }) {
  switch (page) {
    case 'tong-quan':
      return <DashboardPage />;
    case 'don-vi':
      return <UnitsPage />;
    case 'khoi-cum':
      return <GroupsPage />;
    case 'dot-thi-dua':
      return <CampaignsPage />;
    case 'cong-trinh':
      return <WorksPage />;
    case 'bao-cao':
      return <ReportsPage />;
    case 'ca-nhan':
      return <PeoplePage />;
    case 'khen-thuong':
      return <AwardCataloguePage />;
    case 'de-nghi':
      return <ProposalsPage />;
    case 'hop-hoi-dong':
      return <MeetingsPage />;
    case 'so-khen-thuong':
      return <AwardRegisterPage />;
    case 'mau-giay-khen':
      return <CertificateTemplatesPage />;
    case 'van-ban':
      return <DocumentsPage />;
    case 'can-cu':
      return <LegalBasesPage />;
    case 'trao-doi':
      return <ExchangePage />;
    case 'sao-luu':
      return <BackupPage />;
    case 'co-quan':
      return <AgencyPage />;
    case 'ngay-nghi':
      return <HolidaysPage />;
  }
}

export function Shell() {
  const page = useRoute();
  const { agency } = useSession();
  const [collapsed, setCollapsed] = useState(false);
  // Runs after the first screen's own effects, which take the early answers they can use.
  useEffect(dropEarly, []);
  return (
    // Inline: antd's own layout styles are injected after ours and would win a class-for-class tie.
    <Layout className="shell" style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={200} theme="light" className="shell-sider" style={SIDER_STYLE}>
        <div className="brand" title={agency?.name}>
          <span className="brand-mark">TĐKT</span>
          {collapsed ? null : <span className="brand-agency">{agency?.name}</span>}
        </div>
        <div style={MENU_SCROLL}>
          <ConfigProvider theme={MENU_THEME}>
            <Menu
              mode="inline"
              selectedKeys={[page]}
              items={MENU}
              onClick={(e) => navigate(e.key as Page)}
              style={{ borderInlineEnd: 'none' }}
              data-testid="main-menu"
            />
          </ConfigProvider>
        </div>
      </Layout.Sider>
      <Layout.Content className="shell-content">
        <Suspense fallback={<Card loading className="page" />}>
          <Screen page={page} />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
