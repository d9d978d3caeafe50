// Trao đổi dữ liệu: export packets and forms for the units (ExportCard); drop or pick a file, see what
// its import would do (the preview, with its conflicts to answer and its errors; a form's errored rows
// can go back to the unit as a workbook), apply it in one go, read the log, undo the last import. The file is read
// once and staged by core; answering a conflict or skipping a duplicate changes only what apply is sent.
// The file is a .tdkt packet, a registration form or units workbook (.xlsx), or the JSON import file of
// the tests and the CLI: all go through the same exchange.preview.
import { CheckOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, PacketLogRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { downloadBase64, fileToBase64 } from '../documents/files.ts';
import { type Answers, answerAll, resolutionsOf, unanswered } from '../exchange/answers.ts';
import { ExportCard } from '../exchange/ExportCard.tsx';
import { PacketLog } from '../exchange/PacketLog.tsx';
import { PreviewView } from '../exchange/PreviewView.tsx';

export function ExchangePage() {
  const { message, modal } = App.useApp();
  const log = useQuery('exchange.log', {});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'read' | 'apply' | 'errors' | null>(null);
  // The workbook dropped, kept for exchange.erroredRows: its rows with errors go back to the unit.
  const [workbook, setWorkbook] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  // Below the export card and the drop area the preview starts near the bottom of a 768-pixel screen.
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [preview]);

  const read = async (file: File) => {
    setBusy('read');
    setWorkbook(null);
    try {
      // JSON is text; a packet or a workbook travels as its bytes.
      const name = file.name.toLowerCase();
      let p: ImportPreview;
      if (name.endsWith('.json')) p = await call('exchange.preview', { content: await file.text(), fileName: file.name });
      else {
        const contentBase64 = await fileToBase64(file);
        p = await call('exchange.preview', { contentBase64, fileName: file.name });
        if (name.endsWith('.xlsx')) setWorkbook({ fileName: file.name, contentBase64 });
      }
      setPreview(p);
      setAnswers({});
      setSkipped(new Set());
    } catch (e) {
      setPreview(null);
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy('apply');
    try {
      const r = await call('exchange.apply', { stagingId: preview.stagingId, resolutions: resolutionsOf(answers), skip: [...skipped] });
      if (r.packetId === null) void message.info(r.message, 6);
      else void message.success(r.message, 6);
      setPreview(null);
      await log.reload();
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const erroredRows = async () => {
    if (!workbook) return;
    setBusy('errors');
    try {
      const file = await call('exchange.erroredRows', workbook);
      downloadBase64(file.fileName, file.contentBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      void message.success(`Đã tải về tệp ${file.fileName}: gửi lại cho đơn vị sửa các dòng lỗi.`);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const undo = (row: PacketLogRow) => {
    modal.confirm({
      title: 'Hoàn tác lần nhập cuối?',
      content: `Mọi thay đổi của lần nhập tệp "${row.fileName}" sẽ được trả lại như trước khi nhập.`,
      okText: 'Hoàn tác',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const r = await call('exchange.undoLast', {});
          void message.success(r.message, 6);
          await log.reload();
        } catch (e) {
          showApiError(e, message);
        }
      },
    });
  };

  const open = preview ? unanswered(preview, answers) : 0;
  const errors = preview ? preview.rows.filter((r) => r.action === 'error').length : 0;
  return (
    <div className="page" data-testid="exchange-page">
      <PageTitle>Trao đổi dữ liệu</PageTitle>
      <ExportCard />
      {/* A large workbook takes seconds to read (10,000 works: ≈ 3,5 s) and the request has no progress of its own. */}
      <Spin spinning={busy === 'read'} description="Đang đọc tệp…" data-testid="import-reading">
        <Upload.Dragger
          accept=".tdkt,.xlsx,.json"
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
          style={{ padding: '4px 0', marginTop: 12 }}
          data-testid="import-drop"
        >
          <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Kéo tệp dữ liệu vào đây hoặc bấm để chọn tệp</p>
          <p className="ant-upload-hint">Xem trước những gì sẽ thay đổi; chưa có gì được ghi cho đến khi bấm «Áp dụng».</p>
        </Upload.Dragger>
      </Spin>
      {preview && (
        <Card
          ref={previewRef}
          size="small"
          style={{ marginTop: 12 }}
          title={
            <span>
              Xem trước: <Typography.Text strong>{preview.file}</Typography.Text>
              {preview.sender ? ` — do ${preview.sender.code} · ${preview.sender.name} gửi` : ''}
            </span>
          }
          extra={
            <Space>
              {open > 0 && (
                <>
                  <Button size="small" onClick={() => setAnswers(answerAll(preview, 'ours'))}>
                    Giữ của mình tất cả
                  </Button>
                  <Button size="small" onClick={() => setAnswers(answerAll(preview, 'theirs'))}>
                    Lấy của họ tất cả
                  </Button>
                </>
              )}
              {workbook && errors > 0 && (
                <Button icon={<FileExcelOutlined />} loading={busy === 'errors'} onClick={() => void erroredRows()} data-testid="import-errored-rows">
                  Tải các dòng lỗi ({errors})
                </Button>
              )}
              <Button onClick={() => setPreview(null)}>Hủy</Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={open > 0 || preview.alreadyImported !== null}
                loading={busy === 'apply'}
                onClick={() => void apply()}
                data-testid="import-apply"
              >
                Áp dụng
              </Button>
            </Space>
          }
        >
          {preview.alreadyImported && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={preview.alreadyImported.message} />}
          {open > 0 && (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`Còn ${open} trường mâu thuẫn: chọn «Giữ của mình» hoặc «Lấy của họ» cho từng trường.`} />
          )}
          <PreviewView
            preview={preview}
            answers={answers}
            onAnswer={(row, field, take) => setAnswers((a) => ({ ...a, [row]: { ...a[row], [field]: take } }))}
            skipped={skipped}
            onSkip={(row, skip) =>
              setSkipped((s) => {
                const next = new Set(s);
                if (skip) next.add(row);
                else next.delete(row);
                return next;
              })
            }
          />
        </Card>
      )}
      <Card size="small" title="Nhật ký trao đổi dữ liệu" style={{ marginTop: 12 }}>
        <PacketLog rows={log.data ?? []} loading={log.loading && !log.data} onUndo={undo} />
      </Card>
    </div>
  );
}
