// Mẫu giấy khen: the certificate templates (a full design printed on plain paper, or the fields only,
// printed onto a blank), which one prints by default, and the printers' calibrations kept apart from
// them. #/mau-giay-khen?mau=ID opens one template in the editor, so a reload stays in it.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { CalibrationRow, CertificateTemplateRow } from '../../../core/api/types.ts';
import { formatMm } from '../../../core/certificates/template.ts';
import { formatNumber } from '../../../core/text/numbers.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { CalibrationFormModal } from '../certificates/CalibrationFormModal.tsx';
import { NewTemplateModal } from '../certificates/NewTemplateModal.tsx';
import { TemplateEditor } from '../certificates/TemplateEditor.tsx';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { navigate, useRouteParam } from '../state/route.ts';

const signedMm = (mm: number) => `${mm > 0 ? '+' : ''}${formatMm(mm)} mm`;

export function CertificateTemplatesPage() {
  const open = useRouteParam('mau');
  const id = open === null ? null : Number(open);
  if (id !== null && Number.isInteger(id) && id > 0) return <TemplateEditor key={id} id={id} />;
  return <TemplateList />;
}

function TemplateList() {
  const { message } = App.useApp();
  const templates = useQuery('certificates.listTemplates', {});
  const starters = useQuery('certificates.starters', {});
  const calibrations = useQuery('certificates.listCalibrations', {});
  const [creating, setCreating] = useState<{ copyOf: CertificateTemplateRow | null } | null>(null);
  const [calibration, setCalibration] = useState<{ row: CalibrationRow | null } | null>(null);

  useEffect(() => {
    const error = templates.error ?? calibrations.error ?? starters.error;
    if (error) showApiError(error, message);
  }, [templates.error, calibrations.error, starters.error, message]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      void templates.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<CertificateTemplateRow> = [
    {
      title: 'Tên mẫu',
      key: 'name',
      render: (_, r) => (
        <Space size={6} wrap>
          <Typography.Link onClick={() => navigate('mau-giay-khen', { mau: r.id })} data-testid="template-name-link">
            {r.template.name}
          </Typography.Link>
          {r.isDefault ? <Tag color="blue">Mặc định</Tag> : null}
          {r.hasBackground ? <Tag>Có ảnh phôi</Tag> : null}
        </Space>
      ),
    },
    { title: 'Loại', key: 'kind', width: 190, render: (_, r) => (r.template.kind === 'phoi' ? 'In lên phôi' : 'In cả mẫu trên giấy trắng') },
    { title: 'Tiêu đề', key: 'title', width: 110, render: (_, r) => r.template.title },
    { title: 'Khổ giấy', key: 'paper', width: 130, render: (_, r) => `${formatMm(r.template.paper.widthMm)} × ${formatMm(r.template.paper.heightMm)} mm` },
    {
      title: '',
      key: 'actions',
      width: 300,
      render: (_, r) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => navigate('mau-giay-khen', { mau: r.id })} data-testid="template-edit">
            Sửa
          </Button>
          <Button size="small" type="link" onClick={() => setCreating({ copyOf: r })} data-testid="template-duplicate">
            Nhân bản
          </Button>
          {r.isDefault ? null : (
            <Button
              size="small"
              type="link"
              onClick={() => void act(() => call('certificates.saveTemplate', { id: r.id, template: r.template, isDefault: true }), `"${r.template.name}" là mẫu mặc định.`)}
              data-testid="template-default"
            >
              Đặt mặc định
            </Button>
          )}
          <Popconfirm
            title={`Xóa mẫu "${r.template.name}"?`}
            description="Các giấy khen đã in vẫn giữ tên mẫu trong sổ; ảnh phôi của mẫu cũng bị xóa."
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => void act(() => call('certificates.removeTemplate', { id: r.id }), `Đã xóa mẫu "${r.template.name}".`)}
          >
            <Button size="small" type="link" danger disabled={r.isDefault} title={r.isDefault ? 'Đặt một mẫu khác làm mặc định rồi mới xóa' : undefined}>
              Xóa
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const calibrationColumns: ColumnsType<CalibrationRow> = [
    { title: 'Máy in', dataIndex: 'printer' },
    { title: 'Khay', dataIndex: 'tray', width: 140, render: (t: string) => t || <Typography.Text type="secondary">—</Typography.Text> },
    { title: 'Lệch ngang', dataIndex: 'offsetXMm', width: 110, align: 'right', render: signedMm },
    { title: 'Lệch dọc', dataIndex: 'offsetYMm', width: 110, align: 'right', render: signedMm },
    { title: 'Tỷ lệ', dataIndex: 'scale', width: 80, align: 'right', render: (s: number) => formatNumber(s, 3) },
    {
      title: '',
      key: 'actions',
      width: 120,
      render: (_, c) => (
        <EditRemoveActions
          onEdit={() => setCalibration({ row: c })}
          onRemove={async () => {
            try {
              await call('certificates.removeCalibration', { id: c.id });
              void message.success(`Đã xóa hiệu chỉnh máy in "${c.printer}".`);
              void calibrations.reload();
            } catch (e) {
              showApiError(e, message);
            }
          }}
          confirm={`Xóa hiệu chỉnh máy in "${c.printer}"${c.tray ? `, khay ${c.tray}` : ''}?`}
        />
      ),
    },
  ];

  return (
    <div className="page" data-testid="templates-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!starters.data} onClick={() => setCreating({ copyOf: null })} data-testid="add-template">
            Tạo mẫu giấy khen
          </Button>
        }
      >
        Mẫu giấy khen
      </PageTitle>
      <Table<CertificateTemplateRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={templates.data}
        loading={templates.loading && !templates.data}
        pagination={false}
        data-testid="templates-table"
        locale={{ emptyText: 'Chưa có mẫu giấy khen nào.' }}
      />
      <Card
        size="small"
        title="Hiệu chỉnh máy in"
        style={{ marginTop: 16, maxWidth: 860 }}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCalibration({ row: null })} data-testid="add-calibration">
            Thêm máy in
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          In trang thử của một mẫu trên giấy trắng, đặt lên phôi và soi dưới đèn: độ lệch đọc trên thước là số cần nhập. Hiệu chỉnh thuộc về máy in, không thuộc về mẫu.
        </Typography.Paragraph>
        <Table<CalibrationRow>
          size="small"
          rowKey="id"
          columns={calibrationColumns}
          dataSource={calibrations.data}
          loading={calibrations.loading && !calibrations.data}
          pagination={false}
          data-testid="calibrations-table"
          locale={{ emptyText: 'Chưa có máy in nào được hiệu chỉnh.' }}
        />
      </Card>
      {creating && starters.data ? (
        <NewTemplateModal
          copyOf={creating.copyOf}
          starters={starters.data}
          taken={templates.data?.map((t) => t.template.name) ?? []}
          onClose={() => setCreating(null)}
          onSaved={(row) => {
            setCreating(null);
            void message.success(`Đã tạo mẫu "${row.template.name}".`);
            navigate('mau-giay-khen', { mau: row.id });
          }}
        />
      ) : null}
      {calibration ? (
        <CalibrationFormModal
          row={calibration.row}
          onClose={() => setCalibration(null)}
          onSaved={(row) => {
            setCalibration(null);
            void message.success(`Đã lưu hiệu chỉnh máy in "${row.printer}".`);
            void calibrations.reload();
          }}
        />
      ) : null}
    </div>
  );
}
