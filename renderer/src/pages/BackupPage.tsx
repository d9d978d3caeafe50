// Sao lưu: copies of the database file. Restoring replaces the working data, so it asks first and
// core keeps a copy of the current file before anything is replaced.
import { CloudUploadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { LogExportButton } from '../components/LogExportButton.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { dateTime, fileSize } from '../format.ts';
import { useSession } from '../state/session.tsx';

export function BackupPage() {
  const { info, refresh } = useSession();
  const { message, modal } = App.useApp();
  const backups = useQuery('backup.list', {});
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (backups.error) showApiError(backups.error, message);
  }, [backups.error, message]);

  const create = async () => {
    setCreating(true);
    try {
      const b = await call('backup.create', {});
      void message.success(`Đã sao lưu: ${b.name}`);
      await backups.reload();
    } catch (e) {
      showApiError(e, message);
    } finally {
      setCreating(false);
    }
  };

  const restore = (b: BackupEntry) => {
    modal.confirm({
      title: 'Khôi phục dữ liệu từ bản sao lưu?',
      width: 560,
      content: (
        <Space orientation="vertical">
          <span>
            Dữ liệu đang dùng sẽ được thay bằng bản <b>{b.name}</b> (lưu lúc {dateTime(b.createdAt)}).
          </span>
          <span>
            Trước khi thay, tệp dữ liệu hiện tại được tự động sao lưu thành một bản «truoc-khoi-phuc-…» trong danh sách
            này, nên có thể quay lại nếu cần.
          </span>
        </Space>
      ),
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const r = await call('backup.restore', { name: b.name });
          void message.success(`Đã khôi phục ${r.restored}. Bản sao của dữ liệu trước đó: ${r.safetyCopy.name}`, 6);
          await Promise.all([backups.reload(), refresh()]);
        } catch (e) {
          showApiError(e, message);
        }
      },
    });
  };

  const columns: ColumnsType<BackupEntry> = [
    { title: 'Thời điểm', dataIndex: 'createdAt', width: 150, render: dateTime },
    { title: 'Tên tệp', dataIndex: 'name' },
    { title: 'Dung lượng', dataIndex: 'bytes', width: 110, align: 'right', render: fileSize },
    {
      title: '',
      key: 'actions',
      width: 110,
      render: (_, b) => (
        <Button size="small" icon={<HistoryOutlined />} onClick={() => restore(b)}>
          Khôi phục
        </Button>
      ),
    },
  ];

  return (
    <div className="page" data-testid="backup-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<CloudUploadOutlined />} loading={creating} onClick={() => void create()} data-testid="backup-now">
            Sao lưu ngay
          </Button>
        }
      >
        Sao lưu và khôi phục
      </PageTitle>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          <span>
            Tệp dữ liệu: <Typography.Text code>{info.dbPath}</Typography.Text>. Nên sao lưu trước mỗi lần nhập dữ liệu lớn và
            chép thư mục sao lưu sang ổ đĩa khác định kỳ.
          </span>
        }
      />
      <Table<BackupEntry>
        size="small"
        rowKey="name"
        columns={columns}
        dataSource={backups.data ?? []}
        loading={backups.loading && !backups.data}
        pagination={false}
        locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
        data-testid="backup-table"
      />
      <LogExportButton />
    </div>
  );
}
