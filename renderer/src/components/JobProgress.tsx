// A job on screen (core/jobs): the progress bar with its Vietnamese line ("Đang tạo 412/1.000 giấy khen"),
// Hủy while it runs, and once done the files it wrote in the data folder, each with a button to save a
// copy: in the desktop app that opens the save dialog, whose confirmation offers "Mở tệp" and "Mở thư
// mục" (electron/downloads.ts); in the browser it downloads, as documents do elsewhere. A PDF also has
// "In" in the desktop app: printed at 100 % with no margins from the main process (electron/print.ts);
// the browser has no such button, its PDF is downloaded and printed at "Kích thước thực tế".
import { DownloadOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { JobFile, JobInfo } from '../../../core/api/types.ts';
import { call, callShell } from '../api/client.ts';
import { useJob } from '../api/useJob.ts';
import { DOCX_MIME, downloadBase64, inDesktopApp } from '../documents/files.ts';
import { fileSize } from '../format.ts';
import { showApiError } from './formErrors.ts';

const MIME: Record<string, string> = { docx: DOCX_MIME, pdf: 'application/pdf', zip: 'application/zip' };

function mimeOf(name: string): string {
  return MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

function percent(job: JobInfo): number {
  if (job.state === 'xong') return 100;
  return job.total > 0 ? Math.floor((100 * Math.min(job.done, job.total)) / job.total) : 0;
}

const STATUS = { dang_chay: 'active', xong: 'success', loi: 'exception', da_huy: 'normal' } as const;

export interface JobProgressProps {
  jobId: string;
  /** Once, when the job has ended (done, failed or cancelled). */
  onEnd?: (job: JobInfo) => void;
}

export function JobProgress({ jobId, onEnd }: JobProgressProps) {
  const { message } = App.useApp();
  const { job, error, cancel } = useJob(jobId);
  const [cancelling, setCancelling] = useState(false);
  const [saving, setSaving] = useState<number | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  // The caller's function of the latest render, called once per job when it ends.
  const onEndRef = useRef(onEnd);
  onEndRef.current = onEnd;
  const reported = useRef<string | null>(null);

  useEffect(() => {
    if (job && job.state !== 'dang_chay' && reported.current !== job.id) {
      reported.current = job.id;
      onEndRef.current?.(job);
    }
  }, [job]);

  useEffect(() => {
    if (error) showApiError(error, message);
  }, [error, message]);

  if (!job) return error ? null : <Progress percent={0} status="active" data-testid="job-progress" />;

  const save = async (file: JobFile, index: number) => {
    setSaving(index);
    try {
      const content = await call('jobs.file', { id: job.id, index });
      downloadBase64(content.fileName, content.contentBase64, mimeOf(content.fileName));
      if (!inDesktopApp()) void message.success(`Đã tải về tệp ${file.name}.`);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setSaving(null);
    }
  };

  const print = async (file: JobFile, index: number) => {
    setPrinting(index);
    try {
      const done = await callShell('shell.printPdf', { path: file.path });
      if (done?.printed) void message.success(`Đã gửi ${file.name} tới máy in (in 100%, không lề).`);
    } catch (e) {
      showApiError(e, message);
    } finally {
      setPrinting(null);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="job-progress" data-state={job.state}>
      <Progress percent={percent(job)} status={STATUS[job.state]} />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text data-testid="job-label">{job.label}</Typography.Text>
        {job.state === 'dang_chay' && (
          <Button
            icon={<StopOutlined />}
            danger
            loading={cancelling}
            onClick={() => {
              setCancelling(true);
              void cancel().finally(() => setCancelling(false));
            }}
            data-testid="job-cancel"
          >
            Hủy
          </Button>
        )}
      </Space>
      {job.state === 'loi' && job.error && <Alert type="error" showIcon title={job.error.message} />}
      {job.state === 'xong' && job.files.length > 0 && (
        <List
          size="small"
          bordered
          header="Các tệp đã lưu trong thư mục dữ liệu:"
          dataSource={job.files}
          renderItem={(file, index) => (
            <List.Item
              actions={[
                ...(inDesktopApp() && mimeOf(file.name) === 'application/pdf'
                  ? [
                      <Button key="print" size="small" icon={<PrinterOutlined />} loading={printing === index} onClick={() => void print(file, index)} data-testid="job-print">
                        In
                      </Button>,
                    ]
                  : []),
                <Button key="save" size="small" icon={<DownloadOutlined />} loading={saving === index} onClick={() => void save(file, index)}>
                  {inDesktopApp() ? 'Lưu bản sao…' : 'Tải về'}
                </Button>,
              ]}
            >
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {file.name} <Typography.Text type="secondary">({fileSize(file.bytes)})</Typography.Text>
                </Typography.Text>
                <Typography.Text type="secondary" copyable={{ text: file.path, tooltips: ['Chép đường dẫn', 'Đã chép'] }} style={{ fontSize: 12 }}>
                  {file.path}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
