// "Xuất nhật ký" on the Sao lưu page: the app's log files as one .zip the user saves and sends to
// support when something went wrong ("Lỗi không mong đợi … mã tra cứu …" points here).
import { FileZipOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { call } from '../api/client.ts';
import { downloadBase64 } from '../documents/files.ts';
import { showApiError } from './formErrors.ts';

export function LogExportButton() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportLogs = async () => {
    setBusy(true);
    try {
      const out = await call('logs.export', {});
      downloadBase64(out.fileName, out.contentBase64, 'application/zip');
      void message.success(`Đã xuất nhật ký: ${out.fileName}`);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    // It sits in the page's title bar beside the backup buttons: the advice goes in a tooltip.
    <Tooltip title="Khi phần mềm báo lỗi, gửi tệp nhật ký này cho bộ phận hỗ trợ (kèm mã tra cứu trong thông báo lỗi, nếu có).">
      <Button icon={<FileZipOutlined />} loading={busy} onClick={() => void exportLogs()} data-testid="logs-export">
        Xuất nhật ký
      </Button>
    </Tooltip>
  );
}
