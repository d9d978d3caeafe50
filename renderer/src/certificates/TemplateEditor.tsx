// The editor of one certificate template: the boxes on the left, the paper to scale in the middle, the
// selected box's properties on the right. The draft is the user's until "Lưu": the template schema
// (core's own, pure) says at once what a save would refuse, next to the box; core lays the draft out
// for the live preview (a real recipient, the widest name, the widest achievement) with the print's
// font and fit rule, debounced while the user types or drags.
import { ArrowLeftOutlined, DeleteOutlined, FilePdfOutlined, PictureOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Popconfirm, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CertificateBackground, CertificateTemplateRow } from '../../../core/api/types.ts';
import { type Box, CERTIFICATE_TITLES, type CertificateTemplate, FIELD_KEYS, FIELD_LABELS, type FieldKey, parseTemplate } from '../../../core/certificates/template.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { downloadBase64, fileToBase64, inDesktopApp } from '../documents/files.ts';
import { dateShort } from '../format.ts';
import { navigate } from '../state/route.ts';
import { FieldPanel } from './FieldPanel.tsx';
import { MmInput } from './MmInput.tsx';
import { PaperCanvas } from './PaperCanvas.tsx';

const PANEL_PX = 292;
const LIST_PX = 168;
const GAP_PX = 12;
/** The title, the toolbar and the preview's controls under the paper. */
const RESERVED_HEIGHT_PX = 250;
const PREVIEW_DEBOUNCE_MS = 120;

/** "fields.name.box" or "template.fields.name.box" → "name". */
function fieldOf(path: string): FieldKey | null {
  const m = /(?:^|\.)fields\.([A-Za-z]+)/u.exec(path);
  return m && (FIELD_KEYS as readonly string[]).includes(m[1]) ? (m[1] as FieldKey) : null;
}

const backgroundUrl = (bg: CertificateBackground | null) => (bg ? `data:${bg.mime};base64,${bg.contentBase64}` : null);

/** The paper's pixels per millimetre: as large as the middle column and the window's height allow. */
function usePaperScale(paper: { widthMm: number; heightMm: number }) {
  // A callback ref: the column appears only once the template has loaded.
  const [el, ref] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 600, height: window.innerHeight });
  useEffect(() => {
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: window.innerHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [el]);
  const scale = Math.max(0.5, Math.min(size.width / paper.widthMm, (size.height - RESERVED_HEIGHT_PX) / paper.heightMm));
  return { ref, scale };
}

export function TemplateEditor({ id }: { id: number }) {
  const { message } = App.useApp();
  const [row, setRow] = useState<CertificateTemplateRow | null>(null);
  const [draft, setDraft] = useState<CertificateTemplate | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<FieldKey>('name');
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [background, setBackground] = useState<string | null>(null);
  const [busy, setBusy] = useState<'background' | 'pdf' | 'test' | null>(null);
  const [decisionId, setDecisionId] = useState<number | undefined>(undefined);
  const [awardId, setAwardId] = useState<number | undefined>(undefined);
  const [calibrationId, setCalibrationId] = useState<number | undefined>(undefined);
  const [pageIndex, setPageIndex] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const loadBackground = async () => setBackground(backgroundUrl(await call('certificates.getBackground', { id })));

  useEffect(() => {
    let live = true;
    call('certificates.getTemplate', { id })
      .then((r) => {
        if (!live) return;
        setRow(r);
        setDraft(r.template);
      })
      .catch((e) => live && setLoadError(errorMessage(e)));
    call('certificates.getBackground', { id })
      .then((bg) => live && setBackground(backgroundUrl(bg)))
      .catch((e) => live && void message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id, message]);

  const decisions = useQuery('decisions.list', { status: 'da_ban_hanh' });
  const lines = useQuery('awards.list', decisionId === undefined ? null : { decisionId });
  const calibrations = useQuery('certificates.listCalibrations', {});

  const check = useMemo(() => (draft ? parseTemplate(draft) : null), [draft]);
  const settled = useDebounced(draft, PREVIEW_DEBOUNCE_MS);
  const settledOk = useMemo(() => (settled ? parseTemplate(settled) : null), [settled]);
  const preview = useQuery('certificates.layoutPreview', settledOk?.ok ? { template: settledOk.template, decisionId, awardId } : null);
  const page = preview.data?.pages[Math.min(pageIndex, (preview.data?.pages.length ?? 1) - 1)];

  const { ref: middle, scale } = usePaperScale(draft?.paper ?? { widthMm: 297, heightMm: 210 });

  if (loadError) return <Alert type="error" showIcon title={loadError} action={<Button onClick={() => navigate('mau-giay-khen')}>Về danh sách mẫu</Button>} />;
  if (!draft || !row) return <Card loading className="page" />;

  const dirty = JSON.stringify(draft) !== JSON.stringify(row.template);
  // What stops a save: the schema's refusal now, or the last refusal of core for what is still unchanged.
  const errorFor: Partial<Record<FieldKey, string>> = {};
  let templateError: string | null = null;
  if (check && !check.ok) {
    const key = fieldOf(check.path);
    if (key) errorFor[key] = check.message;
    else templateError = check.message;
  }
  for (const [path, text] of Object.entries(saveErrors)) {
    const key = fieldOf(path);
    if (key) errorFor[key] ??= text;
    else templateError ??= text;
  }
  const problems: Partial<Record<FieldKey, string>> = {};
  for (const issue of page?.issues ?? []) problems[issue.field] ??= issue.message;

  const change = (next: CertificateTemplate) => {
    setDraft(next);
    setSaveErrors({});
  };
  const setBox = (key: FieldKey, box: Box) => change({ ...draft, fields: { ...draft.fields, [key]: { ...draft.fields[key], box } } });

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('certificates.saveTemplate', { id, template: draft });
      setRow(saved);
      setDraft(saved.template);
      setSaveErrors({});
      void message.success(`Đã lưu mẫu "${saved.template.name}".`);
    } catch (e) {
      // A refusal about a box is shown beside it; the toast says the sentence, not the request's field path.
      const fields = e instanceof ApiCallError ? e.apiError.fields : undefined;
      if (fields) setSaveErrors(fields);
      const first = fields ? Object.values(fields)[0] : undefined;
      void message.error(first ? `Chưa lưu. ${first}.` : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const upload = async (file: File) => {
    setBusy('background');
    try {
      await call('certificates.setBackground', { templateId: id, fileName: file.name, contentBase64: await fileToBase64(file) });
      await loadBackground();
      void message.success(`Đã đặt ảnh "${file.name}" làm nền để đặt các ô (ảnh này không bao giờ được in).`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const removeBackground = async () => {
    try {
      await call('certificates.removeBackground', { id });
      setBackground(null);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  // Both PDFs are drawn from the saved template: a draft is saved first, or the file would not match the screen.
  const pdf = async (kind: 'pdf' | 'test') => {
    if (dirty) {
      void message.warning('Hãy lưu mẫu trước: tệp PDF được tạo theo mẫu đã lưu.');
      return;
    }
    setBusy(kind);
    try {
      const file =
        kind === 'test'
          ? await call('certificates.testPage', { templateId: id, calibrationId })
          : await call('certificates.sample', { templateId: id, calibrationId, recipients: preview.data?.pages.map((p) => p.recipient) });
      downloadBase64(file.fileName, file.contentBase64, 'application/pdf');
      if (!inDesktopApp()) void message.success(`Đã tải về tệp ${file.fileName}.`);
      for (const w of file.warnings.slice(0, 3)) void message.warning(w);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const source = preview.data?.source;
  const sourceText =
    source?.kind === 'decision'
      ? `Người nhận của Quyết định số ${source.numberText} (${source.lines} dòng)`
      : source?.kind === 'samples'
        ? 'Người nhận mẫu (chưa có quyết định nào đã ban hành)'
        : '';

  return (
    <div className="page" data-testid="template-editor">
      <Space className="toolbar" wrap size={8} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={8}>
          {dirty ? (
            <Popconfirm title="Bỏ các thay đổi chưa lưu?" okText="Bỏ thay đổi" cancelText="Ở lại" onConfirm={() => navigate('mau-giay-khen')}>
              <Button icon={<ArrowLeftOutlined />} aria-label="Về danh sách mẫu" />
            </Popconfirm>
          ) : (
            <Button icon={<ArrowLeftOutlined />} aria-label="Về danh sách mẫu" onClick={() => navigate('mau-giay-khen')} data-testid="editor-back" />
          )}
          <Input
            value={draft.name}
            onChange={(e) => change({ ...draft, name: e.target.value })}
            aria-label="Tên mẫu"
            style={{ width: 280 }}
            status={saveErrors['template.name'] ? 'error' : undefined}
            data-testid="template-name"
          />
          {draft.kind === 'full' ? (
            <Select
              value={draft.title}
              onChange={(title) => change({ ...draft, title })}
              options={CERTIFICATE_TITLES.map((t) => ({ value: t, label: t }))}
              style={{ width: 130 }}
              aria-label="Tiêu đề in trên giấy"
              data-testid="template-title"
            />
          ) : (
            <Typography.Text type="secondary">In lên phôi</Typography.Text>
          )}
          <Typography.Text type="secondary">khổ</Typography.Text>
          <MmInput label="Chiều rộng khổ giấy (mm)" value={draft.paper.widthMm} width={92} onChange={(widthMm) => change({ ...draft, paper: { ...draft.paper, widthMm } })} testId="paper-width" />
          <span>×</span>
          <MmInput label="Chiều cao khổ giấy (mm)" value={draft.paper.heightMm} width={92} onChange={(heightMm) => change({ ...draft, paper: { ...draft.paper, heightMm } })} testId="paper-height" />
        </Space>
        <Space wrap size={8}>
          <input
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg,.png,.jpg,.jpeg"
            hidden
            data-testid="background-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <Button icon={<PictureOutlined />} loading={busy === 'background'} onClick={() => fileInput.current?.click()} data-testid="background-upload">
            {background ? 'Đổi ảnh phôi' : 'Ảnh phôi'}
          </Button>
          {background ? <Button icon={<DeleteOutlined />} aria-label="Bỏ ảnh phôi" title="Bỏ ảnh phôi" onClick={() => void removeBackground()} data-testid="background-remove" /> : null}
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="template-save">
            Lưu
          </Button>
        </Space>
      </Space>
      {templateError ? <Alert type="error" showIcon title={templateError} style={{ marginBottom: 8 }} data-testid="template-error" /> : null}
      <div style={{ display: 'grid', gridTemplateColumns: `${LIST_PX}px minmax(0, 1fr) ${PANEL_PX}px`, gap: GAP_PX, alignItems: 'start' }}>
        <nav aria-label="Các ô của mẫu" className="field-list" data-testid="field-list">
          {FIELD_KEYS.map((k) => (
            <button
              type="button"
              key={k}
              className={`field-list-item${k === selected ? ' is-selected' : ''}`}
              onClick={() => setSelected(k)}
              aria-current={k === selected ? 'true' : undefined}
              data-testid={`field-${k}`}
            >
              <span style={{ textDecoration: draft.fields[k].shown ? undefined : 'line-through' }}>{FIELD_LABELS[k]}</span>
              {errorFor[k] || problems[k] ? <span className="field-list-flag" title={errorFor[k] ?? problems[k]} /> : null}
            </button>
          ))}
        </nav>
        <div ref={middle} style={{ minWidth: 0 }}>
          <PaperCanvas
            template={draft}
            scale={scale}
            selected={selected}
            onSelect={setSelected}
            onBox={setBox}
            background={background}
            preview={page}
            problems={{ ...problems, ...errorFor }}
          />
          <Space wrap size={8} style={{ marginTop: 8 }}>
            <Select
              allowClear
              placeholder="Quyết định mới nhất đã ban hành"
              style={{ width: 250 }}
              value={decisionId}
              onChange={(v) => {
                setDecisionId(v);
                setAwardId(undefined);
              }}
              options={decisions.data?.map((d) => ({ value: d.id, label: `QĐ số ${d.numberText} ngày ${dateShort(d.date)}` }))}
              aria-label="Quyết định để xem trước"
              data-testid="preview-decision"
            />
            {decisionId !== undefined ? (
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="Dòng đầu tiên"
                style={{ width: 220 }}
                value={awardId}
                onChange={setAwardId}
                options={lines.data?.filter((l) => !l.revokedAt).map((l) => ({ value: l.id, label: `${l.bookNumber}. ${l.name}` }))}
                aria-label="Người nhận để xem trước"
                data-testid="preview-line"
              />
            ) : null}
            {preview.data ? (
              <Segmented
                value={Math.min(pageIndex, preview.data.pages.length - 1)}
                onChange={(v) => setPageIndex(Number(v))}
                options={preview.data.pages.map((p, i) => ({ value: i, label: p.label }))}
                data-testid="preview-pages"
              />
            ) : null}
          </Space>
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" data-testid="preview-source">
              {sourceText}
              {page ? ` · đang xem: ${page.recipient.name || 'chưa có tên'}` : ''}
            </Typography.Text>
            {preview.error ? (
              <Typography.Text type="danger" style={{ display: 'block' }}>
                {errorMessage(preview.error)}
              </Typography.Text>
            ) : null}
          </div>
        </div>
        <div>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            <FieldPanel
              field={selected}
              spec={draft.fields[selected]}
              onChange={(spec) => change({ ...draft, fields: { ...draft.fields, [selected]: spec } })}
              error={errorFor[selected]}
              problem={problems[selected]}
              chosenPt={page?.texts.find((t) => t.key === selected)?.sizePt}
            />
          </Card>
          <Card size="small" style={{ marginTop: 8 }} styles={{ body: { padding: 12 } }}>
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <Select
                allowClear
                placeholder="Máy in: không hiệu chỉnh"
                style={{ width: '100%' }}
                value={calibrationId}
                onChange={setCalibrationId}
                options={calibrations.data?.map((c) => ({ value: c.id, label: c.tray ? `${c.printer} · khay ${c.tray}` : c.printer }))}
                aria-label="Máy in (hiệu chỉnh lề)"
                data-testid="editor-calibration"
              />
              <Space wrap size={8}>
                <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void pdf('pdf')} data-testid="preview-pdf">
                  Xem PDF
                </Button>
                <Button icon={<PrinterOutlined />} loading={busy === 'test'} onClick={() => void pdf('test')} data-testid="editor-test-page">
                  In trang thử
                </Button>
              </Space>
            </Space>
          </Card>
        </div>
      </div>
    </div>
  );
}
