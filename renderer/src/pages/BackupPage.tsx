// Sao lưu: the checked backups of this database (the user's own, the daily automatic ones, the copies
// taken before a restore), made here or into a folder the user picks (a USB drive), and restored from
// the list or from any file picked. In the desktop app folders and files come from the system's dialogs;
// the browser mode has none, so it asks for a typed path. Restoring replaces the working data, so it
// asks first; core keeps a copy of the current data before anything is replaced.
import { CloudUploadOutlined, FolderOpenOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useEffect, useState } from 'react';
import type { BackupEntry, BackupKind } from '../../../core/api/types.ts';
import { call, callShell } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { LogExportButton } from '../components/LogExportButton.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { inDesktopApp } from '../documents/files.ts';
import { dateTime, fileSize } from '../format.ts';
import { useSession } from '../state/session.tsx';

const KIND: Record<BackupKind, { label: string; color: string }> = {
  manual: { label: 'Người dùng tạo', color: 'blue' },
  auto: { label: 'Tự động hằng ngày', color: 'default' },
  safety: { label: 'Trước khi khôi phục', color: 'orange' },
};

type PathAsk = { kind: 'folder' | 'file'; resolve: (path: string | null) => void };

export function BackupPage() {
  const { info, refresh } = useSession();
  const { message, modal } = App.useApp();
  const backups = useQuery('backup.list', {});
  const settings = useQuery('settings.get', {});
  const [busy, setBusy] = useState<'create' | 'folder' | null>(null);
  const [ask, setAsk] = useState<PathAsk | null>(null);
  const [typed, setTyped] = useState('');
  const [keep, setKeep] = useState<number | null>(null);
  const desktop = inDesktopApp();

  useEffect(() => {
    if (backups.error) showApiError(backups.error, message);
  }, [backups.error, message]);
  useEffect(() => {
    if (settings.data) setKeep(settings.data.autoBackupKeep);
  }, [settings.data]);

  /** A folder or file: the system dialog in the desktop app, a typed path in the browser mode. */
  const pickPath = async (kind: PathAsk['kind']): Promise<string | null> => {
    if (desktop) {
      const picked = kind === 'folder' ? await callShell('shell.pickFolder') : await callShell('shell.pickBackupFile');
      return picked?.path ?? null;
    }
    setTyped('');
    return new Promise((resolve) => setAsk({ kind, resolve }));
  };

  const answerAsk = (path: string | null) => {
    ask?.resolve(path);
    setAsk(null);
  };

  const create = async (toFolder: boolean) => {
    try {
      const folder = toFolder ? await pickPath('folder') : undefined;
      if (toFolder && !folder) return;
      setBusy(toFolder ? 'folder' : 'create');
      const b = await call('backup.create', folder ? { folder } : {});
      void message.success(folder ? `Đã sao lưu vào ${b.path}` : `Đã sao lưu: ${b.name}`, folder ? 6 : 3);
      await backups.reload();
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const confirmRestore = (what: ReactNode, source: { name: string } | { path: string }) => {
    modal.confirm({
      title: 'Khôi phục dữ liệu từ bản sao lưu?',
      width: 580,
      content: (
        <Space orientation="vertical">
          <span>Dữ liệu đang dùng và các văn bản đã ban hành sẽ được thay bằng {what}.</span>
          <span>
            Trước khi thay, tệp dữ liệu hiện tại được tự động sao lưu thành một bản «Trước khi khôi phục» trong danh sách
            này, nên có thể quay lại nếu cần.
          </span>
        </Space>
      ),
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const r = await call('backup.restore', source);
          const docs = r.documents === null ? '' : ` cùng ${r.documents} văn bản`;
          void message.success(`Đã khôi phục ${r.restored}${docs}. Bản sao của dữ liệu trước đó: ${r.safetyCopy.name}`, 8);
          await Promise.all([backups.reload(), refresh()]);
        } catch (e) {
          showApiError(e, message);
        }
      },
    });
  };

  const restoreFromFile = async () => {
    try {
      const path = await pickPath('file');
      if (path) confirmRestore(<b>{path}</b>, { path });
    } catch (e) {
      showApiError(e, message);
    }
  };

  const saveKeep = async () => {
    if (keep === null) return;
    try {
      const saved = await call('settings.save', { autoBackupKeep: keep });
      setKeep(saved.autoBackupKeep);
      void message.success(`Sẽ giữ ${saved.autoBackupKeep} bản sao lưu tự động gần nhất.`);
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<BackupEntry> = [
    { title: 'Thời điểm', dataIndex: 'createdAt', width: 150, render: dateTime },
    { title: 'Loại', dataIndex: 'kind', width: 160, render: (k: BackupKind) => <Tag color={KIND[k].color}>{KIND[k].label}</Tag> },
    { title: 'Tên tệp', dataIndex: 'name' },
    {
      title: 'Văn bản',
      dataIndex: 'documents',
      width: 100,
      align: 'right',
      render: (n: number | null) => (n === null ? <Typography.Text type="secondary">chỉ dữ liệu</Typography.Text> : n),
    },
    { title: 'Dung lượng', dataIndex: 'bytes', width: 110, align: 'right', render: fileSize },
    {
      title: '',
      key: 'actions',
      width: 110,
      render: (_, b) => (
        <Button size="small" icon={<HistoryOutlined />} onClick={() => confirmRestore(<>bản <b>{b.name}</b> (lưu lúc {dateTime(b.createdAt)})</>, { name: b.name })}>
          Khôi phục
        </Button>
      ),
    },
  ];

  return (
    <div className="page" data-testid="backup-page">
      <PageTitle
        extra={
          <Space wrap>
            <Button icon={<FolderOpenOutlined />} loading={busy === 'folder'} onClick={() => void create(true)} data-testid="backup-to-folder">
              Sao lưu vào thư mục khác…
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => void restoreFromFile()} data-testid="restore-from-file">
              Khôi phục từ tệp…
            </Button>
            <LogExportButton />
            <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'create'} onClick={() => void create(false)} data-testid="backup-now">
              Sao lưu ngay
            </Button>
          </Space>
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
            Tệp dữ liệu: <Typography.Text code>{info.dbPath}</Typography.Text>. Mỗi bản sao lưu gồm dữ liệu và các văn bản đã ban
            hành. Nên sao lưu trước mỗi lần nhập dữ liệu lớn và định kỳ sao lưu vào ổ đĩa khác (USB).
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
      <Card size="small" title="Sao lưu tự động" style={{ marginTop: 12, maxWidth: 640 }} data-testid="auto-backup">
        <Space wrap align="center">
          <span>Mỗi ngày, lần đầu mở chương trình, tự động sao lưu và giữ lại</span>
          <InputNumber min={1} max={365} precision={0} value={keep} onChange={(v) => setKeep(v)} style={{ width: 80 }} aria-label="Số bản sao lưu tự động giữ lại" />
          <span>bản gần nhất.</span>
          <Button onClick={() => void saveKeep()} disabled={keep === null || keep === settings.data?.autoBackupKeep}>
            Lưu
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Bản cũ hơn được xóa tự động; bản do người dùng tạo và bản «Trước khi khôi phục» không bao giờ bị xóa.
        </Typography.Paragraph>
      </Card>
      <Modal
        open={ask !== null}
        title={ask?.kind === 'folder' ? 'Sao lưu vào thư mục' : 'Khôi phục từ tệp sao lưu'}
        okText={ask?.kind === 'folder' ? 'Sao lưu' : 'Tiếp tục'}
        cancelText="Hủy"
        okButtonProps={{ disabled: typed.trim() === '' }}
        onOk={() => answerAsk(typed.trim())}
        onCancel={() => answerAsk(null)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={() => typed.trim() && answerAsk(typed.trim())}>
          <Form.Item
            label={ask?.kind === 'folder' ? 'Đường dẫn đầy đủ của thư mục' : 'Đường dẫn đầy đủ của tệp sao lưu (.zip hoặc .sqlite)'}
            extra={ask?.kind === 'folder' ? 'Ví dụ: E:\\SaoLuu hoặc /media/usb/SaoLuu' : 'Ví dụ: E:\\SaoLuu\\tdkt_20250301-080000.zip'}
          >
            <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus data-testid="path-input" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
