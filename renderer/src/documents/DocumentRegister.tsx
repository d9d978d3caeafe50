// Sổ văn bản: every document the app has generated, dự thảo or đã ban hành (with its version), with its
// number, date, trích yếu and the hash of the file as written; a draft is issued from here (IssueModal)
// and either kind is opened. Searching ignores diacritics (core folds both sides).
import { DownloadOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef, useState } from 'react';
import { documentLabel, documentStatusLabel } from '../../../core/api/labels.ts';
import type { IssuedDocument } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { DocxPreview } from './DocxPreview.tsx';
import { downloadBase64 } from './files.ts';
import { IssueModal } from './IssueModal.tsx';
import { SearchBox } from '../components/SearchBox';

/** `open`: a document to show in the preview once the list has it. */
export function DocumentRegister({ version, open = null }: { version: number; open?: number | null }) {
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 200);
  const list = useQuery('documents.list', settled ? { query: settled } : {});
  const height = useViewportHeight(230);
  const [viewing, setViewing] = useState<{ doc: IssuedDocument; base64: string } | null>(null);
  const [issuing, setIssuing] = useState<IssuedDocument | null>(null);
  const { reload } = list;

  // A document generated on the other tab appears here without a manual refresh.
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);

  useEffect(() => {
    if (list.error) showApiError(list.error, message);
  }, [list.error, message]);

  const fetchFile = async (doc: IssuedDocument): Promise<string | null> => {
    try {
      // core refuses a file that is missing or no longer the one issued, with a message saying which.
      const got = await call('documents.get', { id: doc.id });
      return got.contentBase64;
    } catch (e) {
      showApiError(e, message);
      return null;
    }
  };

  const openedOnce = useRef(false);
  useEffect(() => {
    const doc = open === null || openedOnce.current ? undefined : list.data?.find((d) => d.id === open);
    if (!doc) return;
    openedOnce.current = true;
    void fetchFile(doc).then((base64) => {
      if (base64) setViewing({ doc, base64 });
    });
  });

  const columns: ColumnsType<IssuedDocument> = [
    { title: 'Loại văn bản', key: 'kind', width: 170, render: (_, d) => documentLabel(d.kind, d.stage) },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_, d) => (
        <Tag color={d.status === 'da_ban_hanh' ? 'green' : 'gold'}>
          {documentStatusLabel[d.status]}
          {d.version > 1 ? ` (lần ${d.version})` : ''}
        </Tag>
      ),
    },
    { title: 'Số, ký hiệu', dataIndex: 'numberText', width: 130, render: (t: string) => <span className="nowrap">{t}</span> },
    { title: 'Ngày', dataIndex: 'date', width: 90, render: dateShort, sorter: (a, b) => a.date.localeCompare(b.date) },
    { title: 'Trích yếu', dataIndex: 'summary', ellipsis: { showTitle: true } },
    {
      title: 'Mã băm (SHA-256)',
      dataIndex: 'fileHash',
      width: 150,
      render: (h: string) => (
        <Tooltip title={h}>
          <Typography.Text code copyable={{ text: h, tooltips: ['Chép mã băm', 'Đã chép'] }}>
            {h.slice(0, 12)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 250,
      render: (_, d) => (
        <Space size={0}>
          {d.status === 'du_thao' ? (
            <Button size="small" type="link" icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => setIssuing(d)}>
              Ban hành
            </Button>
          ) : null}
          <Button
            size="small"
            type="text"
            icon={<EyeOutlined aria-hidden />}
            onClick={async () => {
              const base64 = await fetchFile(d);
              if (base64) setViewing({ doc: d, base64 });
            }}
          >
            Xem
          </Button>
          <Button
            size="small"
            type="text"
            icon={<DownloadOutlined aria-hidden />}
            onClick={async () => {
              const base64 = await fetchFile(d);
              if (base64) downloadBase64(d.fileName, base64);
            }}
          >
            Tải về
          </Button>
        </Space>
      ),
    },
  ];

  const rows = list.data ?? [];
  return (
    <div data-testid="document-register">
      <Space className="toolbar" wrap>
        <SearchBox
          value={query}
          onChange={setQuery}
          placeholder="Tìm số, loại, trích yếu (gõ không dấu cũng được)"
          label="Tìm văn bản"
          width={360}
          testId="document-search"
        />
        <Typography.Text type="secondary" data-testid="document-count">
          {num(rows.length)} văn bản
        </Typography.Text>
        <ExportExcelButton args={{ list: 'documents', query: settled || undefined }} />
      </Space>
      <Table<IssuedDocument>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={list.loading && !list.data}
        pagination={false}
        scroll={{ x: 1150, y: height }}
        locale={{ emptyText: settled ? 'Không có văn bản nào khớp.' : 'Chưa tạo văn bản nào.' }}
        data-testid="document-table"
      />
      <Drawer
        open={viewing !== null}
        onClose={() => setViewing(null)}
        size={900}
        title={
          viewing
            ? `${documentLabel(viewing.doc.kind, viewing.doc.stage)} ${viewing.doc.status === 'du_thao' ? '(dự thảo, chưa có số)' : `số ${viewing.doc.numberText}`} — ${viewing.doc.fileName}`
            : ''
        }
        destroyOnHidden
      >
        {viewing ? <DocxPreview base64={viewing.base64} /> : null}
      </Drawer>
      {issuing ? (
        <IssueModal
          draft={issuing}
          onClose={() => setIssuing(null)}
          onIssued={(doc) => {
            setIssuing(null);
            void message.success(`Đã ban hành ${documentLabel(doc.kind, doc.stage).toLowerCase()} số ${doc.numberText}, ngày ${dateShort(doc.date)}.`);
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}
