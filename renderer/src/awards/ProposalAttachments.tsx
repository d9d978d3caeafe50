// The papers of a proposal (báo cáo thành tích, biên bản bình xét): uploaded into the database's data
// folder, listed with their size and date, downloaded as attached (core refuses a file changed since)
// and removed after a question.
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ATTACHMENT_MAX_BYTES } from '../../../core/api/contract.ts';
import type { AttachmentRow, ProposalDetail } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { showApiError } from '../components/formErrors.ts';
import { downloadBase64, fileToBase64 } from '../documents/files.ts';
import { dateTime, fileSize } from '../format.ts';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png';
const MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;

interface Props {
  proposal: ProposalDetail;
  height: number;
  /** An attachment was added or removed: the proposal is read again. */
  onChanged: () => void;
}

export function ProposalAttachments({ proposal, height, onChanged }: Props) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);

  const upload = async (file: File) => {
    if (file.size > ATTACHMENT_MAX_BYTES) {
      void message.error(`Tệp "${file.name}" lớn hơn ${MAX_MB} MB: hãy nén hoặc chia nhỏ.`);
      return;
    }
    setUploading(true);
    try {
      const contentBase64 = await fileToBase64(file);
      const row = await call('proposals.attach', { proposalId: proposal.id, fileName: file.name, contentBase64 });
      void message.success(`Đã đính kèm "${row.fileName}".`);
      onChanged();
    } catch (e) {
      showApiError(e, message);
    } finally {
      setUploading(false);
    }
  };

  const download = async (a: AttachmentRow) => {
    setBusy(a.id);
    try {
      const got = await call('proposals.attachment', { id: a.id });
      downloadBase64(got.fileName, got.contentBase64, 'application/octet-stream');
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (a: AttachmentRow) => {
    try {
      await call('proposals.detach', { id: a.id });
      void message.success(`Đã gỡ tệp "${a.fileName}".`);
      onChanged();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<AttachmentRow> = [
    { title: 'Tên tệp', dataIndex: 'fileName', render: (n: string) => <span data-testid="attachment-name">{n}</span> },
    { title: 'Dung lượng', dataIndex: 'bytes', width: 120, align: 'right', render: fileSize },
    { title: 'Ngày đính kèm', dataIndex: 'createdAt', width: 160, render: dateTime },
    {
      title: '',
      key: 'actions',
      width: 190,
      render: (_, a) => (
        <Space size={0}>
          <Button size="small" type="link" icon={<DownloadOutlined aria-hidden />} loading={busy === a.id} onClick={() => void download(a)}>
            Tải về
          </Button>
          <Popconfirm title={`Gỡ tệp "${a.fileName}"?`} okText="Gỡ" okButtonProps={{ danger: true }} cancelText="Không" onConfirm={() => void remove(a)}>
            <Button size="small" type="link" danger icon={<DeleteOutlined aria-hidden />}>
              Gỡ
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="attachments">
      <Space className="toolbar">
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          multiple
          beforeUpload={(file) => {
            void upload(file);
            // The file goes through the app's own call, not antd's request.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading} data-testid="attach-file">
            Đính kèm tệp
          </Button>
        </Upload>
        <Typography.Text type="secondary">Báo cáo thành tích, biên bản bình xét… (PDF, Word, Excel, ảnh; tối đa {MAX_MB} MB một tệp)</Typography.Text>
      </Space>
      <Table<AttachmentRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={proposal.attachments}
        pagination={false}
        scroll={{ y: height }}
        data-testid="attachments-table"
        locale={{ emptyText: 'Chưa có tệp đính kèm nào.' }}
      />
    </div>
  );
}
