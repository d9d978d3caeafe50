// In giấy khen for one issued decision: the template (the default one chosen), the printer's
// calibration or none, PDF or Word, every live line or only the selected ones. The print runs as a job
// in core's worker, so the dialog shows its progress bar and then the files, and the window stays live.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CertificateFile, DecisionRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { downloadBase64 } from '../documents/files.ts';
import { useQuery } from '../api/useQuery.ts';
import { showApiError } from '../components/formErrors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { useFormSave } from '../components/useFormSave.ts';
import { num } from '../format.ts';

interface Values {
  templateId: number | undefined;
  calibrationId: number | undefined;
  format: 'pdf' | 'docx';
  scope: 'all' | 'selected';
}

interface Props {
  decision: DecisionRow;
  /** Live lines chosen on the register; a reprint of them keeps their số sổ. */
  selectedIds: number[];
  liveLines: number;
  onClose: () => void;
  /** The job ended: the register's "Đã in" counts have changed. */
  onPrinted: () => void;
}

export function PrintCertificatesModal({ decision, selectedIds, liveLines, onClose, onPrinted }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const templates = useQuery('certificates.listTemplates', {});
  const calibrations = useQuery('certificates.listCalibrations', {});
  const [jobId, setJobId] = useState<string | null>(null);
  const [testPage, setTestPage] = useState<CertificateFile | null>(null);
  const [testing, setTesting] = useState(false);
  const scope = Form.useWatch('scope', form);

  const { saving, submit } = useFormSave(form, async (v) => {
    const { jobId: started } = await call('certificates.print', {
      decisionId: decision.id,
      awardIds: v.scope === 'selected' ? selectedIds : undefined,
      templateId: v.templateId,
      calibrationId: v.calibrationId,
      format: v.format,
    });
    setJobId(started);
  });

  const printTest = async () => {
    const { templateId, calibrationId } = form.getFieldsValue();
    if (templateId === undefined) {
      form.setFields([{ name: 'templateId', errors: ['Chọn mẫu giấy khen'] }]);
      return;
    }
    setTesting(true);
    try {
      const file = await call('certificates.testPage', { templateId, calibrationId });
      setTestPage(file);
      // The browser host cannot open a path on this PC: the page is handed over as a download (the
      // desktop shell offers to save it), and the path stays shown for the desktop.
      downloadBase64(file.fileName, file.contentBase64, 'application/pdf');
    } catch (e) {
      showApiError(e, message, form);
    } finally {
      setTesting(false);
    }
  };

  const defaultTemplate = templates.data?.find((t) => t.isDefault) ?? templates.data?.[0];
  const count = scope === 'selected' ? selectedIds.length : liveLines;
  return (
    <Modal
      open
      title={`In giấy khen: Quyết định số ${decision.numberText}`}
      width={640}
      onCancel={onClose}
      destroyOnHidden
      footer={
        jobId ? (
          <Button onClick={onClose} data-testid="print-close">
            Đóng
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>Hủy</Button>
            <Button loading={testing} onClick={() => void printTest()} data-testid="print-test-page">
              In trang thử
            </Button>
            <Button type="primary" icon={<PrinterOutlined />} loading={saving} disabled={count === 0} onClick={submit} data-testid="print-ok">
              In {num(count)} giấy khen
            </Button>
          </Space>
        )
      }
    >
      {jobId ? (
        <JobProgress jobId={jobId} onEnd={onPrinted} />
      ) : templates.data && calibrations.data ? (
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="print-form"
          initialValues={{ templateId: defaultTemplate?.id, calibrationId: undefined, format: 'pdf', scope: selectedIds.length > 0 ? 'selected' : 'all' }}
          onFinish={submit}
        >
          <Form.Item name="templateId" label="Mẫu giấy khen" rules={[{ required: true, message: 'Chọn mẫu giấy khen' }]}>
            <Select
              options={templates.data.map((t) => ({
                value: t.id,
                label: `${t.template.name} (${t.template.kind === 'phoi' ? 'in lên phôi' : 'in trên giấy trắng'})${t.isDefault ? ' · mặc định' : ''}`,
              }))}
              onChange={() => setTestPage(null)}
            />
          </Form.Item>
          <Form.Item name="calibrationId" label="Máy in (hiệu chỉnh lề)">
            <Select
              allowClear
              placeholder="Không hiệu chỉnh"
              options={calibrations.data.map((c) => ({ value: c.id, label: c.tray ? `${c.printer} · khay ${c.tray}` : c.printer }))}
              onChange={() => setTestPage(null)}
            />
          </Form.Item>
          <Form.Item name="format" label="Định dạng tệp">
            <Radio.Group
              options={[
                { value: 'pdf', label: 'PDF (in đúng từng milimét)' },
                { value: 'docx', label: 'Word (.docx)' },
              ]}
            />
          </Form.Item>
          <Form.Item name="scope" label="In cho" extra="In lại một dòng vẫn giữ nguyên số sổ đã cấp khi ban hành; dòng đã thu hồi không được in.">
            <Radio.Group
              options={[
                { value: 'all', label: `Tất cả ${num(liveLines)} dòng còn hiệu lực` },
                { value: 'selected', label: `${num(selectedIds.length)} dòng đã chọn (in lại)`, disabled: selectedIds.length === 0 },
              ]}
            />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      ) : (
        <Typography.Text type="secondary">Đang tải các mẫu giấy khen…</Typography.Text>
      )}
      {testPage && !jobId && (
        <Alert
          type={testPage.warnings.length > 0 ? 'warning' : 'info'}
          showIcon
          data-testid="test-page-result"
          title={`Đã tạo trang thử ${testPage.fileName}: in trên giấy trắng, đặt lên phôi và soi đèn để kiểm tra vị trí.`}
          description={
            <Space orientation="vertical" size={0}>
              <Typography.Text copyable={{ text: testPage.path, tooltips: ['Chép đường dẫn', 'Đã chép'] }}>{testPage.path}</Typography.Text>
              {testPage.warnings.map((w) => (
                <Typography.Text key={w} type="warning">
                  {w}
                </Typography.Text>
              ))}
            </Space>
          }
        />
      )}
    </Modal>
  );
}
