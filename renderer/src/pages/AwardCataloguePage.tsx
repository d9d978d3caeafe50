// Danh mục khen thưởng: the danh hiệu and hình thức khen thưởng as the law stands on a chosen day
// ("Áp dụng ngày", today by default), or every period; who may award each, its hệ số and the money it
// gives with the base salary of that day. The rows are the user's to correct: the law moved in 2024 and
// 2025 and will move again.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { awardCategoryLabel, awardRecipientLabel } from '../../../core/api/labels.ts';
import type { AwardForm } from '../../../core/api/types.ts';
import { authorityLabel, authorityShortLabel } from '../../../core/awards/authority.ts';
import { inForce, latestFrom } from '../../../core/awards/dated.ts';
import { formatDong, formatMultiplier, rewardDong } from '../../../core/awards/money.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { readTypedDate } from '../../../core/text/typed-date.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { AwardFormModal } from '../awards/AwardFormModal.tsx';
import { BaseSalariesCard } from '../awards/BaseSalariesCard.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { dateShort } from '../format.ts';

type Editing = { row: AwardForm | null; asNewPeriod: boolean };

export function AwardCataloguePage() {
  const { message } = App.useApp();
  const [day, setDay] = useState(() => todayIso());
  const [everyPeriod, setEveryPeriod] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  // A typed text that is no day stays in the field with the reason beside it; the list keeps the last day.
  const [refused, setRefused] = useState<{ text: string; reason: string } | null>(null);
  const takeDay = (value: string | null) => {
    const typed = value === null ? null : readTypedDate(value);
    if (typed && !typed.ok) {
      setRefused({ text: value ?? '', reason: typed.message });
      return;
    }
    setRefused(null);
    setDay(typed?.iso ?? todayIso());
  };
  const forms = useQuery('awardForms.list', everyPeriod ? { includeAll: true } : { on: day });
  const salaries = useQuery('baseSalaries.list', {});
  const salary = latestFrom(salaries.data ?? [], day);

  useEffect(() => {
    const error = forms.error ?? salaries.error;
    if (error) showApiError(error, message);
  }, [forms.error, salaries.error, message]);

  const remove = async (f: AwardForm) => {
    try {
      await call('awardForms.remove', { id: f.id });
      void message.success(`Đã xóa "${f.name}".`);
      void forms.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<AwardForm> = [
    {
      title: 'Danh hiệu, hình thức',
      key: 'name',
      width: 240,
      render: (_, f) => (
        <div>
          <div>
            {f.name} <Typography.Text type="secondary">· {awardRecipientLabel[f.recipient]}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {awardCategoryLabel[f.category]}
            {f.certificateTitle ? ` · in "${f.certificateTitle}"` : ''}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: 'Cấp có thẩm quyền',
      dataIndex: 'awardedBy',
      width: 240,
      render: (levels: AwardForm['awardedBy']) =>
        levels.length ? (
          levels.map((l) => (
            <Tag key={l} title={authorityLabel[l]} style={{ marginBlock: 2 }}>
              {authorityShortLabel[l]}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">Chưa chọn</Typography.Text>
        ),
    },
    { title: 'Hệ số', dataIndex: 'multiplierMilli', width: 60, align: 'right', render: formatMultiplier },
    {
      title: 'Tiền thưởng',
      key: 'money',
      width: 130,
      align: 'right',
      render: (_, f) => (salary && inForce(f, day) ? formatDong(rewardDong(f.multiplierMilli, salary.amount)) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: 'Thời kỳ áp dụng',
      key: 'period',
      width: 210,
      render: (_, f) => (
        <div>
          <div>{f.validTo ? `${dateShort(f.validFrom)} – ${dateShort(f.validTo)}` : `Từ ${dateShort(f.validFrom)}`}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {f.legalBasis}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '',
      key: 'actions',
      // "Sửa", "Thời kỳ mới" and "Xóa" side by side at 14 px.
      width: 190,
      render: (_, f) => (
        <EditRemoveActions
          onEdit={() => setEditing({ row: f, asNewPeriod: false })}
          onRemove={() => remove(f)}
          confirm={`Xóa "${f.name}" của thời kỳ này?`}
          consequence="Không xóa được dòng đã dùng trong quyết định: khi luật đổi, đặt ngày hết áp dụng rồi thêm thời kỳ mới."
        >
          <Button size="small" type="link" onClick={() => setEditing({ row: f, asNewPeriod: true })}>
            Thời kỳ mới
          </Button>
        </EditRemoveActions>
      ),
    },
  ];

  return (
    <div className="page" data-testid="catalogue-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null, asNewPeriod: false })} data-testid="add-award-form">
            Thêm danh hiệu, hình thức
          </Button>
        }
      >
        Danh mục khen thưởng
      </PageTitle>
      <Space className="toolbar" wrap>
        <span>Áp dụng ngày</span>
        <DateInput value={refused?.text ?? day} onChange={takeDay} allowClear={false} data-testid="catalogue-day" aria-label="Áp dụng ngày" />
        {refused ? (
          <Typography.Text type="danger" data-testid="catalogue-day-error">
            {refused.reason}
          </Typography.Text>
        ) : null}
        <Switch checked={everyPeriod} onChange={setEveryPeriod} data-testid="catalogue-all" aria-label="Hiện mọi thời kỳ" />
        <span>Hiện mọi thời kỳ</span>
        <Typography.Text type="secondary" data-testid="catalogue-salary">
          {salary ? `Mức lương cơ sở ngày ${dateShort(day)}: ${formatDong(salary.amount)}` : `Chưa có mức lương cơ sở áp dụng ngày ${dateShort(day)}`}
        </Typography.Text>
      </Space>
      <Table<AwardForm>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={forms.data}
        loading={forms.loading && !forms.data}
        pagination={false}
        data-testid="catalogue-table"
        locale={{ emptyText: `Không có danh hiệu, hình thức nào áp dụng ngày ${dateShort(day)}.` }}
      />
      <div style={{ marginTop: 16, maxWidth: 720 }}>
        <BaseSalariesCard salaries={salaries.data} loading={salaries.loading && !salaries.data} current={salary} reload={() => void salaries.reload()} />
      </div>
      {editing ? (
        <AwardFormModal
          form={editing.row}
          asNewPeriod={editing.asNewPeriod}
          onClose={() => setEditing(null)}
          onSaved={(f) => {
            setEditing(null);
            void message.success(`Đã lưu "${f.name}".`);
            void forms.reload();
          }}
        />
      ) : null}
    </div>
  );
}
