// Văn bản: draft the campaign's documents to NĐ 30 (Soạn văn bản) and find what was issued (Sổ văn bản).
import { Empty, Tabs } from 'antd';
import { useState } from 'react';
import { CampaignPageTitle } from '../components/CampaignPageTitle.tsx';
import { DocumentComposer } from '../documents/DocumentComposer.tsx';
import { DocumentRegister } from '../documents/DocumentRegister.tsx';
import { useSession } from '../state/session.tsx';

export function DocumentsPage() {
  const { campaignId } = useSession();
  const [generated, setGenerated] = useState(0);
  return (
    <div className="page" data-testid="documents-page">
      <CampaignPageTitle>Văn bản</CampaignPageTitle>
      <Tabs
        size="small"
        className="doc-tabs"
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
          { key: 'so', label: 'Sổ văn bản', children: <DocumentRegister version={generated} /> },
        ]}
      />
    </div>
  );
}
