// Cơ quan: the agency profile after first start, who issues and signs its documents, where they are
// sent, how they are laid out, and the Hội đồng's voting threshold.
import { Card } from 'antd';
import { useQuery } from '../api/useQuery.ts';
import { AgencyForm } from '../components/AgencyForm.tsx';
import { CouncilThresholdForm } from '../components/CouncilThresholdForm.tsx';
import { IssuersCard } from '../components/IssuersCard.tsx';
import { MarginsForm } from '../components/MarginsForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { RecipientsCard } from '../components/RecipientsCard.tsx';
import { SignersCard } from '../components/SignersCard.tsx';
import { useSession } from '../state/session.tsx';

export function AgencyPage() {
  const { agency, refresh } = useSession();
  const issuing = useQuery('agency.issuing', {});
  const changed = () => void issuing.reload();
  return (
    <div className="page">
      <PageTitle>Thông tin cơ quan</PageTitle>
      <Card size="small" style={{ maxWidth: 980 }}>
        <AgencyForm
          initial={agency}
          submitText="Lưu"
          onSaved={() => {
            void refresh();
            changed();
          }}
        />
      </Card>
      {issuing.data ? (
        <>
          <IssuersCard setup={issuing.data} onChanged={changed} />
          <SignersCard setup={issuing.data} onChanged={changed} />
          <RecipientsCard setup={issuing.data} onChanged={changed} />
        </>
      ) : null}
      <Card size="small" title="Trình bày văn bản" style={{ maxWidth: 980, marginTop: 16 }}>
        <MarginsForm />
      </Card>
      <Card size="small" title="Hội đồng Thi đua - Khen thưởng" style={{ maxWidth: 980, marginTop: 16 }}>
        <CouncilThresholdForm />
      </Card>
    </div>
  );
}
