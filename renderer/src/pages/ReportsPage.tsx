// Báo cáo đơn vị: which unit reported on the campaign and when. The dashboard's "as of" figures count
// these dates.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Empty, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { CampaignDetail, UnitReport } from '../../../core/api/types.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { CampaignPicker } from '../components/CampaignPicker.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { useSession } from '../state/session.tsx';

interface Values {
  unitId: number;
  reportDate: string;
  content: string;
  source: string;
}

function AddReportModal({ campaign, onClose, onSaved }: { campaign: CampaignDetail; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const today = todayIso();

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const r = await call('reports.add', {
        campaignId: campaign.id,
        unitId: v.unitId,
        reportDate: v.reportDate,
        content: v.content ?? '',
        source: v.source ?? '',
      });
      void message.success(`Đã ghi nhận báo cáo của "${r.unitName}" ngày ${dateShort(r.reportDate)}.`);
      onSaved();
    } catch (e) {
      showApiError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="Ghi nhận báo cáo của đơn vị"
      okText="Ghi nhận"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reportDate: today > campaign.endDate ? campaign.endDate : today, content: '', source: '' }}
        data-testid="report-form"
      >
        <Form.Item
          name="unitId"
          label="Đơn vị"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
          extra="Chỉ các đơn vị tham gia đợt thi đua."
        >
          <UnitSelect autoFocus restrictTo={campaign.unitIds} aria-label="Đơn vị" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="reportDate" label="Ngày báo cáo" rules={[{ required: true, message: 'Nhập ngày báo cáo' }]}>
            <DateInput allowClear={false} minDate={campaign.startDate} />
          </Form.Item>
          <Form.Item name="source" label="Hình thức, số văn bản" className="grow">
            <Input placeholder="Ví dụ: Báo cáo số 25/BC-UBND; thư điện tử" maxLength={200} />
          </Form.Item>
        </div>
        <Form.Item name="content" label="Nội dung">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReportsPage() {
  const { campaignId } = useSession();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const campaign = useQuery('campaigns.get', campaignId === null ? null : { id: campaignId });
  const reports = useQuery('reports.list', campaignId === null ? null : { campaignId });
  const height = useViewportHeight(200);

  useEffect(() => {
    if (reports.error) showApiError(reports.error, message);
  }, [reports.error, message]);

  const rows = useMemo(() => {
    const all = reports.data ?? [];
    return query.trim() ? all.filter((r) => matchesFolded(fold(`${r.unitName} ${r.unitCode} ${r.content}`), query)) : all;
  }, [reports.data, query]);
  const reportedUnits = new Set((reports.data ?? []).map((r) => r.unitId)).size;

  const remove = async (r: UnitReport) => {
    try {
      await call('reports.remove', { id: r.id });
      void message.success('Đã xóa báo cáo.');
      void reports.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<UnitReport> = [
    {
      title: 'Ngày báo cáo',
      dataIndex: 'reportDate',
      width: 110,
      render: dateShort,
      sorter: (a, b) => a.reportDate.localeCompare(b.reportDate),
    },
    { title: 'Mã', dataIndex: 'unitCode', width: 90 },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 260, sorter: (a, b) => compareVi(a.unitName, b.unitName) },
    { title: 'Nội dung', dataIndex: 'content', ellipsis: true },
    { title: 'Hình thức, số văn bản', dataIndex: 'source', width: 200, ellipsis: true },
    {
      title: '',
      key: 'actions',
      width: 70,
      render: (_, r) => (
        <Popconfirm
          title="Xóa báo cáo này?"
          description={`${r.unitName}, ngày ${dateShort(r.reportDate)}`}
          okText="Xóa"
          cancelText="Không"
          onConfirm={() => remove(r)}
        >
          <Button size="small" type="link" danger>
            Xóa
          </Button>
        </Popconfirm>
      ),
    },
  ];

  if (campaignId === null) {
    return (
      <div className="page">
        <PageTitle>Báo cáo đơn vị</PageTitle>
        <Empty description="Chưa có đợt thi đua nào." />
      </div>
    );
  }

  return (
    <div className="page" data-testid="reports-page">
      <PageTitle
        extra={
          <Space>
            <CampaignPicker />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!campaign.data}
              onClick={() => setAdding(true)}
              data-testid="add-report"
            >
              Ghi nhận báo cáo
            </Button>
          </Space>
        }
      >
        Báo cáo đơn vị
      </PageTitle>
      <Space className="toolbar" wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm đơn vị, nội dung"
          style={{ width: 300 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {campaign.data ? (
          <Typography.Text type="secondary">
            {num(reportedUnits)}/{num(campaign.data.unitIds.length)} đơn vị đã có báo cáo · {num((reports.data ?? []).length)} lượt
            báo cáo
          </Typography.Text>
        ) : null}
      </Space>
      <Table<UnitReport>
        size="small"
        rowKey="id"
        virtual
        columns={columns}
        dataSource={rows}
        loading={reports.loading && !reports.data}
        pagination={false}
        scroll={{ x: 1000, y: height }}
        locale={{ emptyText: 'Chưa có báo cáo nào.' }}
      />
      {adding && campaign.data ? (
        <AddReportModal
          campaign={campaign.data}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void reports.reload();
          }}
        />
      ) : null}
    </div>
  );
}
