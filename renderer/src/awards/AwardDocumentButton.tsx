// "Lập tờ trình", "Lập biên bản": an award document of one proposal or meeting written as a dự thảo into
// the register, then opened in Văn bản (Sổ văn bản, its preview showing) where it is read, edited and
// issued like every other document. Once one is issued, making it again asks first and starts a new
// version, as the composer does.
import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Args } from '../../../core/api/contract.ts';
import { ApiCallError, call } from '../api/client.ts';
import { showApiError } from '../components/formErrors.ts';
import { navigate } from '../state/route.ts';

type Request = Pick<Args<'documents.generate'>, 'kind' | 'proposalId' | 'meetingId'>;

interface Props {
  request: Request;
  label: string;
  testId: string;
  disabled?: boolean;
}

export function AwardDocumentButton({ request, label, testId, disabled }: Props) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const make = async (newVersion: boolean) => {
    setBusy(true);
    try {
      const doc = await call('documents.generate', newVersion ? { ...request, newVersion } : request);
      void message.success(`Đã tạo dự thảo ${doc.fileName}.`);
      navigate('van-ban', { document: doc.id });
    } catch (e) {
      if (e instanceof ApiCallError && e.apiError.code === 'confirm') {
        modal.confirm({
          title: 'Văn bản đã ban hành',
          content: e.apiError.message,
          okText: 'Tạo dự thảo mới',
          cancelText: 'Không',
          onOk: () => make(true),
        });
      } else showApiError(e, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<FileWordOutlined aria-hidden />} loading={busy} disabled={disabled} onClick={() => void make(false)} data-testid={testId}>
      {label}
    </Button>
  );
}
