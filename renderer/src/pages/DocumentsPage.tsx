// Văn bản: draft the campaign's documents to NĐ 30 (Soạn văn bản) and find what was issued (Sổ văn bản).
import { Empty, Tabs } from 'antd';
import { useState } from 'react';
import { routeParam } from '../state/route.ts';
import { CampaignPageTitle } from '../components/CampaignPageTitle.tsx';
import { DocumentComposer } from '../documents/DocumentComposer.tsx';
import { DocumentRegister } from '../documents/DocumentRegister.tsx';
import { useSession } from '../state/session.tsx';

export function DocumentsPage() {
  const { campaignId } = useSession();
  const [generated, setGenerated] = useState(0);
  // A document made on another screen (a proposal's tờ trình, a meeting's biên bản) arrives shown in the register.
  const [opened] = useState(() => Number(routeParam('document')) || null);
  return (
    <div className="page" data-testid="documents-page">
      <CampaignPageTitle>Văn bản</CampaignPageTitle>
      <Tabs
        size="small"
        className="doc-tabs"
        defaultActiveKey={opened ? 'so' : 'soan'}
        items={[
          {
            key: 'soan',
            label: 'Soạn văn bản',
            children:
              campaignId === null ? (
                <Empty description="Chưa có đợt thi đua nào: tạo đợt thi đua trước khi soạn văn bản." />
              ) : (
                // One composer per campaign: its drafts and preview belong to that campaign.
                <DocumentComposer key={campaignId} campaignId={campaignId} onGenerated={() => setGenerated((n) => n + 1)} />
              ),
          },
          { key: 'so', label: 'Sổ văn bản', children: <DocumentRegister version={generated} open={opened} /> },
        ]}
      />
    </div>
  );
}
