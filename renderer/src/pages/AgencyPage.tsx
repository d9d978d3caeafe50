// Cơ quan: the agency profile after first start, and how its documents are laid out.
import { Card } from 'antd';
import { AgencyForm } from '../components/AgencyForm.tsx';
import { MarginsForm } from '../components/MarginsForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useSession } from '../state/session.tsx';

export function AgencyPage() {
  const { agency, refresh } = useSession();
  return (
    <div className="page">
      <PageTitle>Thông tin cơ quan</PageTitle>
      <Card size="small" style={{ maxWidth: 980 }}>
        <AgencyForm initial={agency} submitText="Lưu" onSaved={() => void refresh()} />
      </Card>
      <Card size="small" title="Trình bày văn bản" style={{ maxWidth: 980, marginTop: 16 }}>
        <MarginsForm />
      </Card>
    </div>
  );
}
