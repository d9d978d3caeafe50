// Mức lương cơ sở: the dated amounts money is counted from, each in force until the next row's day.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Table } from 'antd';
import type { BaseSalary } from '../../../core/api/types.ts';
import { formatDong } from '../../../core/awards/money.ts';
import { useState } from 'react';
import { call } from '../api/client.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { showApiError } from '../components/formErrors.ts';
import { dateShort, num } from '../format.ts';

type Values = Omit<BaseSalary, 'id'>;

function SalaryModal({ salary, onClose, onSaved }: { salary: BaseSalary | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      form={form}
      title={salary ? 'Sửa mức lương cơ sở' : 'Thêm mức lương cơ sở'}
      testId="salary-form"
      initialValues={salary ?? { legalBasis: '' }}
      save={async (v) => {
        await call('baseSalaries.save', { id: salary?.id, validFrom: v.validFrom, amount: v.amount, legalBasis: v.legalBasis ?? '' });
        onSaved();
      }}
      onClose={onClose}
    >
      <div className="form-row">
        <Form.Item name="validFrom" label="Áp dụng từ ngày" rules={[{ required: true, message: 'Nhập ngày áp dụng' }, dateRule({ label: 'Ngày áp dụng' })]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="amount" label="Mức lương cơ sở (đồng)" rules={[{ required: true, message: 'Nhập mức lương cơ sở (đồng)' }]}>
          <InputNumber<number>
            min={1}
            max={1_000_000_000}
            precision={0}
            style={{ width: 180 }}
            formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : num(Number(v)))}
            parser={(t) => Number((t ?? '').replace(/\D/gu, ''))}
            placeholder="2.340.000"
          />
        </Form.Item>
      </div>
      <Form.Item name="legalBasis" label="Căn cứ">
        <Input maxLength={500} placeholder="Nghị định số 73/2024/NĐ-CP" />
      </Form.Item>
    </FormModal>
  );
}

interface Props {
  salaries: BaseSalary[] | undefined;
  loading: boolean;
  /** The row in force on the day the page shows. */
  current: BaseSalary | null;
  reload: () => void;
}

export function BaseSalariesCard({ salaries, loading, current, reload }: Props) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<BaseSalary | 'new' | null>(null);
  const remove = async (s: BaseSalary) => {
    try {
      await call('baseSalaries.remove', { id: s.id });
      void message.success('Đã xóa mức lương cơ sở.');
      reload();
    } catch (e) {
      showApiError(e, message);
    }
  };
  return (
    <Card
      size="small"
      title="Mức lương cơ sở"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-salary">
          Thêm mức mới
        </Button>
      }
    >
      <Table<BaseSalary>
        size="small"
        rowKey="id"
        pagination={false}
        loading={loading}
        dataSource={salaries}
        data-testid="salaries-table"
        rowClassName={(s) => (s.id === current?.id ? 'row-current' : '')}
        columns={[
          { title: 'Áp dụng từ', dataIndex: 'validFrom', width: 110, render: dateShort },
          { title: 'Mức lương', dataIndex: 'amount', width: 140, align: 'right', render: formatDong },
          { title: 'Căn cứ', dataIndex: 'legalBasis' },
          {
            title: '',
            key: 'actions',
            width: 100,
            render: (_, s) => <EditRemoveActions onEdit={() => setEditing(s)} onRemove={() => remove(s)} confirm="Xóa mức lương cơ sở này?" />,
          },
        ]}
      />
      {editing ? (
        <SalaryModal
          salary={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('Đã lưu mức lương cơ sở.');
            reload();
          }}
        />
      ) : null}
    </Card>
  );
}
