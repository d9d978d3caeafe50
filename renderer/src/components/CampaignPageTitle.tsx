// The pages that work on one campaign (Công trình, Báo cáo đơn vị, Văn bản) carry the campaign
// picker beside their title, then their one "add" action, usable once the campaign is loaded; until a
// campaign exists they say what to do first.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space } from 'antd';
import type { ReactNode } from 'react';
import { CampaignPicker } from './CampaignPicker.tsx';
import { PageTitle } from './PageTitle.tsx';

interface AddAction {
  label: string;
  disabled: boolean;
  onClick: () => void;
  testId: string;
}

/** `actions`: the page's other buttons (its "Xuất Excel"), between the picker and the "add" action. */
export function CampaignPageTitle({ children, add, actions }: { children: ReactNode; add?: AddAction; actions?: ReactNode }) {
  return (
    <PageTitle
      extra={
        <Space>
          <CampaignPicker />
          {actions}
          {add ? (
            <Button type="primary" icon={<PlusOutlined />} disabled={add.disabled} onClick={add.onClick} data-testid={add.testId}>
              {add.label}
            </Button>
          ) : null}
        </Space>
      }
    >
      {children}
    </PageTitle>
  );
}

export function NoCampaignPage({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="page">
      <PageTitle>{title}</PageTitle>
      <Empty description={hint} />
    </div>
  );
}
