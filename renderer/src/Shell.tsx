// The working app: a left menu of screens and the screen itself.
import {
  BankOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FlagOutlined,
  ProjectOutlined,
  SaveOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { type ReactNode, useState } from 'react';
import { BackupPage } from './pages/BackupPage.tsx';
import { CampaignsPage } from './pages/CampaignsPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { GroupsPage } from './pages/GroupsPage.tsx';
import { AgencyPage } from './pages/AgencyPage.tsx';
import { ReportsPage } from './pages/ReportsPage.tsx';
import { UnitsPage } from './pages/UnitsPage.tsx';
import { WorksPage } from './pages/WorksPage.tsx';
import { navigate, type Page, useRoute } from './state/route.ts';
import { useSession } from './state/session.tsx';

// Icons are decoration: hidden from screen readers so each item is named by its text alone.
const MENU: { key: Page; icon: ReactNode; label: string }[] = [
  { key: 'tong-quan', icon: <DashboardOutlined aria-hidden />, label: 'Tổng quan' },
  { key: 'don-vi', icon: <BankOutlined aria-hidden />, label: 'Đơn vị' },
  { key: 'khoi-cum', icon: <ClusterOutlined aria-hidden />, label: 'Khối, cụm thi đua' },
  { key: 'dot-thi-dua', icon: <FlagOutlined aria-hidden />, label: 'Đợt thi đua' },
  { key: 'cong-trinh', icon: <ProjectOutlined aria-hidden />, label: 'Công trình' },
  { key: 'bao-cao', icon: <FileDoneOutlined aria-hidden />, label: 'Báo cáo đơn vị' },
  { key: 'sao-luu', icon: <SaveOutlined aria-hidden />, label: 'Sao lưu' },
  { key: 'co-quan', icon: <SettingOutlined aria-hidden />, label: 'Cơ quan' },
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
    case 'sao-luu':
      return <BackupPage />;
    case 'co-quan':
      return <AgencyPage />;
  }
}

export function Shell() {
  const page = useRoute();
  const { agency } = useSession();
  const [collapsed, setCollapsed] = useState(false);
  return (
    // Inline: antd's own layout styles are injected after ours and would win a class-for-class tie.
    <Layout className="shell" style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={200} theme="light" className="shell-sider">
        <div className="brand" title={agency?.name}>
          <span className="brand-mark">TĐKT</span>
          {collapsed ? null : <span className="brand-agency">{agency?.name}</span>}
        </div>
        <Menu
          mode="inline"
          selectedKeys={[page]}
          items={MENU}
          onClick={(e) => navigate(e.key as Page)}
          style={{ borderInlineEnd: 'none' }}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout.Content className="shell-content">
        <Screen page={page} />
      </Layout.Content>
    </Layout>
  );
}
