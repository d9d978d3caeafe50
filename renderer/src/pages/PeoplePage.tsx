// Cá nhân: the people awards and certificates name, in the order official lists use (tên, tên đệm,
// họ), found by a search without diacritics ("tam" finds Tâm, "dang" Đặng) and filtered by unit.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { genderLabel, staffClassLabel } from '../../../core/api/labels.ts';
import type { PersonRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ClampedLink, clamped } from '../components/tableText.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { num } from '../format.ts';
import { PersonFormModal } from '../people/PersonFormModal.tsx';
import { SearchBox } from '../components/SearchBox';

// What a 1366 px screen leaves beside the menu, as on the Đơn vị page.
const WIDTHS = { name: 230, gender: 80, year: 80, position: 220, unit: 240, staffClass: 140, actions: 100 };
const TABLE_WIDTH = Object.values(WIDTHS).reduce((a, b) => a + b, 0);

export function PeoplePage() {
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);
  const settledQuery = useDebounced(query.trim(), 120);
  const people = useQuery('people.list', { query: settledQuery || undefined, unitId });
  const height = useViewportHeight(170);

  useEffect(() => {
    if (people.error) showApiError(people.error, message);
  }, [people.error, message]);

  const remove = async (p: PersonRow) => {
    try {
      await call('people.remove', { id: p.id });
      void message.success(`Đã xóa "${p.fullName}".`);
      void people.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const columns: ColumnsType<PersonRow> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: WIDTHS.name,
      render: (name: string, p) => <ClampedLink text={name} onOpen={() => setEditing(p)} testId="person-name" />,
    },
    { title: 'Giới tính', dataIndex: 'gender', width: WIDTHS.gender, render: (g: PersonRow['gender']) => (g ? genderLabel[g] : '') },
    { title: 'Năm sinh', dataIndex: 'birthYear', width: WIDTHS.year, align: 'right' },
    { title: 'Chức vụ', dataIndex: 'position', width: WIDTHS.position, render: clamped },
    { title: 'Đơn vị', dataIndex: 'unitName', width: WIDTHS.unit, render: clamped },
    {
      title: 'Đối tượng',
      dataIndex: 'staffClass',
      width: WIDTHS.staffClass,
      render: (c: PersonRow['staffClass']) => (c ? staffClassLabel[c] : ''),
    },
    {
      title: '',
      key: 'actions',
      width: WIDTHS.actions,
      fixed: 'right',
      render: (_, p) => (
        <EditRemoveActions
          onEdit={() => setEditing(p)}
          onRemove={() => remove(p)}
          confirm={`Xóa "${p.fullName}"?`}
          consequence="Không xóa được người đã có tên trong đề nghị, quyết định hoặc sổ khen thưởng."
        />
      ),
    },
  ];

  const rows = people.data ?? [];
  return (
    <div className="page" data-testid="people-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-person">
            Thêm cá nhân
          </Button>
        }
      >
        Cá nhân
      </PageTitle>
      <Space className="toolbar" wrap>
        <SearchBox
          value={query}
          onChange={setQuery}
          placeholder="Tìm theo họ tên hoặc chức vụ (gõ không dấu cũng được)"
          label="Tìm cá nhân"
          width={380}
          testId="person-search"
          autoFocus
        />
        <UnitSelect
          allowClear
          placeholder="Tất cả đơn vị"
          style={{ width: 340 }}
          value={unitId}
          onChange={(v) => setUnitId(v ?? undefined)}
          data-testid="person-unit-filter"
          aria-label="Lọc theo đơn vị"
        />
        <Typography.Text type="secondary" data-testid="person-count">
          {people.loading && !people.data ? 'Đang tải…' : `${num(rows.length)} người · xếp theo tên, tên đệm, họ`}
        </Typography.Text>
      </Space>
      <Table<PersonRow>
        size="small"
        rowKey="id"
        virtual
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={people.loading && !people.data}
        scroll={{ x: TABLE_WIDTH, y: height }}
        data-testid="people-table"
        locale={{ emptyText: settledQuery ? `Không có ai khớp "${settledQuery}".` : 'Chưa có cá nhân nào.' }}
      />
      {editing ? (
        <PersonFormModal
          person={editing === 'new' ? null : editing}
          unitId={unitId}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            void message.success(`Đã lưu "${p.fullName}".`);
            void people.reload();
          }}
        />
      ) : null}
    </div>
  );
}
