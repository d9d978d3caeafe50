// Soạn văn bản: the document and its dates on the left with its text sections, the very file on the
// right. "Xem trước" builds the file without writing it; "Tạo dự thảo" saves the sections, writes the
// dự thảo (number left blank) into the register in place of the previous draft and hands it to the
// browser as a download; "Ban hành" gives it its number and date (IssueModal). Once issued the document
// is locked: making it again asks first and starts a new version.
import { EyeOutlined, FileAddOutlined, SaveOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { documentLabel } from '../../../core/api/labels.ts';
import type { DocumentFile, DocumentSection, IssuedDocument } from '../../../core/api/types.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { dateShort } from '../format.ts';
import { DateWarnings } from './DateWarnings.tsx';
import { DocxPreview } from './DocxPreview.tsx';
import { IssuerSignerFields } from './IssuerSignerFields.tsx';
import { clearChangedErrors, showDocumentError } from './errors.ts';
import { downloadBase64, inDesktopApp } from './files.ts';
import { choiceKind, DOCUMENT_CHOICES } from './kinds.ts';
import { IssueModal } from './IssueModal.tsx';
import { type ComposerValues, type DocumentRequest, sectionsKey, toRequest } from './request.ts';
import { ReportOptions } from './ReportOptions.tsx';
import { SectionEditor } from './SectionEditor.tsx';

// A giấy mời's time, place, chủ trì and thành phần come from the meeting inputs above its sections;
// showing them twice would leave the user two boxes for one thing.
const MEETING_SECTIONS = new Set(['thoiGian', 'diaDiem', 'chuTri', 'thanhPhan']);

const INITIAL: ComposerValues = { choice: 'bao_cao_so_ket' };

const PERCENT_CHOICES = [
  { value: 'round', label: 'Làm tròn (14,29%)' },
  { value: 'truncate', label: 'Cắt bỏ phần lẻ (14,28%)' },
];

interface Shown {
  file: DocumentFile;
  /** Set once generated: the file is in the register, as a draft or issued. */
  issued: IssuedDocument | null;
  /** What it was built from, to tell when the form has moved on since. */
  key: string;
}

interface Props {
  campaignId: number;
  onGenerated: () => void;
}

export function DocumentComposer({ campaignId, onGenerated }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ComposerValues>();
  const [values, setValues] = useState<ComposerValues>(INITIAL);
  const request = useMemo(() => toRequest(values, campaignId), [values, campaignId]);
  const docKey = sectionsKey(request);
  // Typing a date or a place re-reads the sections once the user pauses, not on every key.
  const settled = JSON.stringify(useDebounced(request, 300));

  const [loaded, setLoaded] = useState<{ docKey: string; sections: DocumentSection[] } | null>(null);
  const [sectionsError, setSectionsError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  /** Unsaved texts per campaign and document, so switching documents loses nothing. */
  const [drafts, setDrafts] = useState<Record<string, Record<string, string>>>({});
  const [sectionErrors, setSectionErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState<'save' | 'preview' | 'generate' | null>(null);
  const [issuing, setIssuing] = useState(false);

  // After a save the same arguments are read again: the count makes that a new key.
  const sectionsFetch = JSON.stringify({ args: settled, reloads });
  useEffect(() => {
    let live = true;
    const args = JSON.parse((JSON.parse(sectionsFetch) as { args: string }).args) as DocumentRequest;
    call('documents.getSections', args).then(
      (sections) => {
        if (!live) return;
        setLoaded({ docKey: sectionsKey(args), sections });
        setSectionsError(null);
      },
      (e: unknown) => {
        if (!live) return;
        setSectionsError(e);
        showDocumentError(e, message, form, setSectionErrors, { quiet: true });
      },
    );
    return () => {
      live = false;
    };
  }, [sectionsFetch, message, form]);

  // Another document (or campaign) is another file: the previous one is not shown as if it were this.
  const [shownFor, setShownFor] = useState(docKey);
  if (shownFor !== docKey) {
    setShownFor(docKey);
    setShown(null);
  }

  const mine = drafts[docKey] ?? {};
  const kind = choiceKind(values.choice);
  const sections =
    loaded?.docKey === docKey ? loaded.sections.filter((s) => kind !== 'giay_moi' || !MEETING_SECTIONS.has(s.key)) : null;
  // What the file would be built from: saving the texts after generating does not make the file on
  // screen out of date.
  const effective = useMemo(
    () => Object.fromEntries((loaded?.docKey === docKey ? loaded.sections : []).map((s) => [s.key, mine[s.key] ?? s.text])),
    [loaded, docKey, mine],
  );
  const currentKey = JSON.stringify({ request, effective });

  const setDraft = (key: string, text: string) => {
    setDrafts((all) => ({ ...all, [docKey]: { ...(all[docKey] ?? {}), [key]: text } }));
    setSectionErrors((errors) => {
      const { [key]: _dropped, ...rest } = errors;
      return rest;
    });
  };

  const saveSections = async (): Promise<boolean> => {
    if (!Object.keys(mine).length) return true;
    try {
      await call('documents.saveSections', { ...request, texts: mine });
      setDrafts((all) => {
        const { [docKey]: _saved, ...rest } = all;
        return rest;
      });
      setReloads((n) => n + 1);
      return true;
    } catch (e) {
      showDocumentError(e, message, form, setSectionErrors);
      return false;
    }
  };

  const run = async (what: 'save' | 'preview' | 'generate') => {
    setBusy(what);
    try {
      if (what === 'save') {
        if (await saveSections()) void message.success('Đã lưu nội dung văn bản.');
        return;
      }
      if (what === 'preview') {
        const file = await call('documents.preview', { ...request, texts: Object.keys(mine).length ? mine : undefined });
        setShown({ file, issued: null, key: currentKey });
        return;
      }
      // What goes into the register is kept with the campaign too, so the next draft starts from it.
      if (!(await saveSections())) return;
      const draft = await generateDraft();
      if (!draft) return;
      setShown({ file: draft, issued: draft, key: currentKey });
      downloadBase64(draft.fileName, draft.contentBase64);
      const name = `dự thảo ${documentLabel(draft.kind, draft.stage).toLowerCase()}${draft.version > 1 ? ` (lần ${draft.version})` : ''}`;
      void message.success(
        inDesktopApp() ? `Đã tạo ${name}. Chọn nơi lưu tệp trong hộp thoại.` : `Đã tạo ${name}; tệp ${draft.fileName} đã được tải về.`,
      );
      onGenerated();
    } catch (e) {
      showDocumentError(e, message, form, setSectionErrors);
    } finally {
      setBusy(null);
    }
  };

  /** The draft; over an issued document only once the user agrees to a new version (null: they did not). */
  const generateDraft = async (): Promise<(IssuedDocument & DocumentFile) | null> => {
    try {
      return await call('documents.generate', request);
    } catch (e) {
      if (!(e instanceof ApiCallError && e.apiError.code === 'confirm')) throw e;
      const agreed = await modal.confirm({
        title: 'Văn bản đã ban hành',
        content: e.apiError.message,
        okText: 'Tạo dự thảo mới',
        cancelText: 'Không',
      });
      return agreed ? call('documents.generate', { ...request, newVersion: true }) : null;
    }
  };

  const onIssued = (doc: IssuedDocument & DocumentFile) => {
    setIssuing(false);
    setShown((before) => ({ file: doc, issued: doc, key: before?.key ?? currentKey }));
    downloadBase64(doc.fileName, doc.contentBase64);
    void message.success(`Đã ban hành ${documentLabel(doc.kind, doc.stage).toLowerCase()} số ${doc.numberText}, ngày ${dateShort(doc.date)}.`);
    onGenerated();
  };

  const stale = shown !== null && shown.key !== currentKey;
  const previewTitle = !shown
    ? 'Xem trước'
    : !shown.issued
      ? 'Xem trước: dự thảo, chưa có số'
      : shown.issued.status === 'du_thao'
        ? `Dự thảo${shown.issued.version > 1 ? ` lần ${shown.issued.version}` : ''}, ngày ${dateShort(shown.issued.date)}: chưa có số`
        : `Đã ban hành: số ${shown.issued.numberText}, ngày ${dateShort(shown.issued.date)}`;
  const draftShown = shown?.issued?.status === 'du_thao' && !stale ? shown.issued : null;

  return (
    <Row gutter={12}>
      <Col xs={24} xl={10} className="doc-column" data-testid="doc-editor">
        <Card size="small" title="Văn bản">
          <Form<ComposerValues>
            form={form}
            layout="vertical"
            initialValues={INITIAL}
            onValuesChange={(changed: Partial<ComposerValues>, all) => {
              setValues({ ...INITIAL, ...all });
              clearChangedErrors(form, changed);
            }}
            className="doc-form"
          >
            <div className="form-row">
              <Form.Item name="choice" label="Loại văn bản" className="grow">
                <Select options={DOCUMENT_CHOICES} data-testid="doc-kind" />
              </Form.Item>
              {kind === 'giay_moi' ? (
                <Form.Item name="meetingStage" label="Hội nghị" className="grow">
                  <Select
                    allowClear
                    placeholder="Hội nghị sắp tới theo mốc của đợt"
                    options={[
                      { value: 'so_ket', label: 'Sơ kết' },
                      { value: 'tong_ket', label: 'Tổng kết' },
                    ]}
                  />
                </Form.Item>
              ) : null}
            </div>
            <div className="form-row">
              {kind !== 'ke_hoach' ? (
                <Form.Item name="asOf" label="Tính đến ngày" className="grow" tooltip="Số liệu tính đến hết ngày này." rules={[dateRule({ label: 'Tính đến ngày' })]}>
                  <DateInput placeholder="Ngày có số liệu gần nhất" style={{ width: '100%' }} />
                </Form.Item>
              ) : null}
              <Form.Item name="date" label="Ngày văn bản" className="grow" rules={[dateRule({ label: 'Ngày văn bản' })]}>
                <DateInput placeholder={kind === 'ke_hoach' ? 'Ngày của kế hoạch' : 'Hôm nay'} style={{ width: '100%' }} />
              </Form.Item>
              {kind === 'cong_van_don_doc' ? (
                <Form.Item name="deadline" label="Hạn báo cáo" className="grow" rules={[dateRule({ label: 'Hạn báo cáo' })]}>
                  <DateInput placeholder="5 ngày làm việc sau ngày văn bản" style={{ width: '100%' }} />
                </Form.Item>
              ) : null}
            </div>
            {kind === 'bao_cao' || kind === 'cong_van_don_doc' ? (
              <Form.Item name="percentMode" label="Tỷ lệ phần trăm" tooltip="Cách tính tỷ lệ của riêng văn bản này; để trống theo cài đặt ở trang Cơ quan.">
                <Select allowClear placeholder="Theo cài đặt ở trang Cơ quan" options={PERCENT_CHOICES} data-testid="doc-percent" />
              </Form.Item>
            ) : null}
            <ReportOptions kind={kind} />
            <IssuerSignerFields />
            {kind === 'giay_moi' ? (
              <>
                <div className="form-row">
                  <Form.Item name={['meeting', 'date']} label="Ngày họp" className="grow" rules={[dateRule({ label: 'Ngày họp' })]}>
                    <DateInput placeholder="Theo mốc sơ kết/tổng kết" style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={['meeting', 'time']} label="Giờ họp" style={{ width: 110 }}>
                    <Input placeholder="08:00" maxLength={5} />
                  </Form.Item>
                </div>
                <Form.Item name={['meeting', 'place']} label="Địa điểm">
                  <Input placeholder="Ví dụ: Hội trường Ủy ban nhân dân thành phố" maxLength={300} />
                </Form.Item>
                <Form.Item name={['meeting', 'chair']} label="Chủ trì">
                  <Input placeholder="Mặc định: người ký văn bản" maxLength={300} />
                </Form.Item>
                <Form.Item name={['meeting', 'participants']} label="Thành phần (mỗi dòng một thành phần)">
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Mặc định: thủ trưởng các đơn vị, trưởng các khối, cụm" />
                </Form.Item>
              </>
            ) : null}
          </Form>
        </Card>
        <Card
          size="small"
          title="Nội dung"
          style={{ marginTop: 12 }}
          extra={
            <Button
              size="small"
              icon={<SaveOutlined aria-hidden />}
              disabled={!Object.keys(mine).length}
              loading={busy === 'save'}
              onClick={() => void run('save')}
            >
              Lưu nội dung
            </Button>
          }
        >
          <Typography.Paragraph type="secondary" className="doc-hint">
            Mỗi dòng là một đoạn. Dòng bắt đầu bằng <code>##</code> là khoản (1., 2.), <code>###</code> là điểm (a), b)),{' '}
            <code>-</code> là gạch đầu dòng.
          </Typography.Paragraph>
          {sectionsError && !sections ? (
            <Alert type="warning" showIcon title={errorMessage(sectionsError)} />
          ) : !sections ? (
            <Card loading variant="borderless" />
          ) : (
            sections.map((s) => (
              <SectionEditor key={s.key} section={s} draft={mine[s.key]} error={sectionErrors[s.key]} onChange={(t) => setDraft(s.key, t)} />
            ))
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14} className="doc-column">
        <Card
          size="small"
          title={
            <Space size={6}>
              <span data-testid="preview-title">{previewTitle}</span>
              {stale ? <Tag color="gold">Chưa cập nhật theo nội dung mới</Tag> : null}
            </Space>
          }
          extra={
            <Space>
              <Button icon={<EyeOutlined aria-hidden />} loading={busy === 'preview'} disabled={busy !== null} onClick={() => void run('preview')}>
                Xem trước
              </Button>
              <Button
                type="primary"
                icon={<FileAddOutlined aria-hidden />}
                loading={busy === 'generate'}
                disabled={busy !== null}
                onClick={() => void run('generate')}
              >
                Tạo dự thảo
              </Button>
              {draftShown ? (
                <Button icon={<SafetyCertificateOutlined aria-hidden />} disabled={busy !== null} onClick={() => setIssuing(true)}>
                  Ban hành
                </Button>
              ) : null}
              {shown?.issued ? (
                <Button onClick={() => downloadBase64(shown.file.fileName, shown.file.contentBase64)}>Tải lại tệp</Button>
              ) : null}
            </Space>
          }
        >
          <DateWarnings warnings={shown?.file.warnings} />
          {shown ? (
            <DocxPreview base64={shown.file.contentBase64} />
          ) : (
            <Empty description="Bấm «Xem trước» để xem văn bản đúng như tệp sẽ được tạo (chưa ghi tệp). Văn bản được cấp số khi ban hành." />
          )}
        </Card>
        {issuing && draftShown ? <IssueModal draft={draftShown} onClose={() => setIssuing(false)} onIssued={onIssued} /> : null}
      </Col>
    </Row>
  );
}
