// "Xuất Excel" on every list page: the list as its page shows it (the page passes its own filter) goes
// to an .xlsx file, downloaded in the browser host, saved through the Vietnamese save dialog on the
// desktop (electron/downloads.ts) — the way documents and the log export are saved.
import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Args } from '../../../core/api/contract.ts';
import { call } from '../api/client.ts';
import { downloadBase64 } from '../documents/files.ts';
import { num } from '../format.ts';
import { showApiError } from './formErrors.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  /** The list and its filter; null while the page has nothing to export yet (no campaign loaded). */
  args: Args<'excel.export'> | null;
  /** "Xuất Excel" unless a page holds several lists (the dashboard's tables, one of them). */
  label?: string;
  size?: 'small' | 'middle';
  testId?: string;
}

export function ExportExcelButton({ args, label = 'Xuất Excel', size, testId = 'export-excel' }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportList = async () => {
    if (!args) return;
    setBusy(true);
    try {
      const file = await call('excel.export', args);
      downloadBase64(file.fileName, file.contentBase64, XLSX_MIME);
      void message.success(`Đã xuất ${num(file.rows)} dòng ra tệp ${file.fileName}`);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<FileExcelOutlined />} size={size} loading={busy} disabled={!args} onClick={() => void exportList()} data-testid={testId}>
      {label}
    </Button>
  );
}
