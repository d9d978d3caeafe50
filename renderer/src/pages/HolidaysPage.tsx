// Ngày nghỉ lễ: the public holidays and days off in lieu the working-day rules skip (công văn
// deadlines, giấy mời lead time). Lunar dates and days in lieu change every year, so the list is the
// user's to correct: seeded for 2020–2027, each day added, corrected or removed here.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { Holiday } from '../../../core/api/types.ts';
import { isWeekend } from '../../../core/calendar/working-days.ts';
import { weekdayName } from '../../../core/text/dates.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { DateInput } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { dateShort } from '../format.ts';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';

interface Values {
  date: string | null;
  name: string;
}

function HolidayModal({ editing, onClose, onSaved }: { editing: Holiday | null; onClose: () => void; onSaved: (h: Holiday) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  return (
    <FormModal<Values>
      form={form}
      title={editing ? 'Sửa ngày nghỉ' : 'Thêm ngày nghỉ'}
      testId="holiday-form"
      initialValues={editing ? { date: editing.date, name: editing.name } : { date: null, name: '' }}
      onClose={onClose}
      save={async (v) => {
        const saved = await call('calendar.saveHoliday', { id: editing?.id, date: v.date ?? '', name: v.name });
        void message.success(`Đã lưu ngày nghỉ ${dateShort(saved.date)}.`);
        onSaved(saved);
      }}
    >
      <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Nhập ngày nghỉ' }]}>
        <DateInput style={{ width: '100%' }} placeholder="Ví dụ: 30/4/2027" />
      </Form.Item>
      <Form.Item name="name" label="Tên ngày nghỉ" rules={[{ required: true, whitespace: true, message: 'Nhập tên ngày nghỉ' }]}>
        <Input maxLength={200} placeholder="Ví dụ: Tết Nguyên đán, Nghỉ bù Quốc khánh 2/9" />
      </Form.Item>
    </FormModal>
  );
}

export function HolidaysPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [editing, setEditing] = useState<Holiday | null | 'new'>(null);
  const holidays = useQuery('calendar.listHolidays', { year });

  useEffect(() => {
    if (holidays.error) showApiError(holidays.error, message);
  }, [holidays.error, message]);

  const remove = async (h: Holiday) => {
    try {
      await call('calendar.removeHoliday', { id: h.id });
      void message.success(`Đã xóa ngày nghỉ ${dateShort(h.date)}.`);
      void holidays.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const years = Array.from({ length: 12 }, (_, i) => 2020 + i);
  if (!years.includes(year)) years.push(year);

  const columns: ColumnsType<Holiday> = [
    { title: 'Ngày', dataIndex: 'date', width: 120, render: dateShort },
    {
      title: 'Thứ',
      key: 'weekday',
      width: 110,
      render: (_, h) => (isWeekend(h.date) ? <Typography.Text type="secondary">{weekdayName(h.date)}</Typography.Text> : weekdayName(h.date)),
    },
    { title: 'Tên ngày nghỉ', dataIndex: 'name' },
    {
      title: '',
      key: 'actions',
      width: 130,
      render: (_, h) => (
        <EditRemoveActions onEdit={() => setEditing(h)} onRemove={() => remove(h)} confirm="Xóa ngày nghỉ này?" consequence={`${dateShort(h.date)}: ${h.name}`} />
      ),
    },
  ];

  return (
    <div className="page" data-testid="holidays-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="add-holiday">
            Thêm ngày nghỉ
          </Button>
        }
      >
        Ngày nghỉ lễ
      </PageTitle>
      <Space className="toolbar" wrap>
        <span>Năm</span>
        <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} aria-label="Năm" />
        <Typography.Text type="secondary">
          Thứ Bảy, Chủ nhật luôn là ngày nghỉ. Danh sách này dùng để tính hạn báo cáo và thời gian gửi giấy mời theo ngày làm việc; ngày
          có chữ «dự kiến» cần đối chiếu với thông báo chính thức.
        </Typography.Text>
      </Space>
      <Table<Holiday>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={holidays.data ?? []}
        loading={holidays.loading && !holidays.data}
        pagination={false}
        locale={{ emptyText: `Chưa có ngày nghỉ nào của năm ${year}.` }}
      />
      {editing !== null ? (
        <HolidayModal
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(h) => {
            setEditing(null);
            setYear(Number(h.date.slice(0, 4)));
            void holidays.reload();
          }}
        />
      ) : null}
    </div>
  );
}
