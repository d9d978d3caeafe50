// Đơn vị: every unit of the council, searchable without diacritics, sorted in Vietnamese order.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { UnitRow } from '../../../core/api/types.ts';
import { memberRoleLabel, unitKindLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { showApiError } from '../components/formErrors.ts';
import { ClampedLink, clamped } from '../components/tableText.tsx';
import { GroupKindTag } from '../components/groupLook.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { UnitFormModal } from '../components/UnitFormModal.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { num } from '../format.ts';
import { phraseFirst } from '../search.ts';
import { routeParam } from '../state/route.ts';
import { SearchBox } from '../components/SearchBox';

// "Sửa" and "Ngừng hoạt động" side by side at 14 px, with the cell's padding.
const ACTIONS_WIDTH = 190;
const TABLE_WIDTH = 84 + 260 + 120 + 100 + 220 + 130 + ACTIONS_WIDTH;

export function UnitsPage() {
  const { message } = App.useApp();
  // A unit the dashboard pointed at arrives as its code in the search box.
  const [query, setQuery] = useState(() => routeParam('q') ?? '');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<UnitRow | 'new' | null>(null);
  const settledQuery = useDebounced(query.trim(), 120);
  const units = useQuery('org.listUnits', { query: settledQuery || undefined, includeInactive });
  const height = useViewportHeight(170);

  useEffect(() => {
    if (units.error) showApiError(units.error, message);
  }, [units.error, message]);

  const setActive = async (u: UnitRow, active: boolean) => {
    try {
      await call('org.setUnitActive', { id: u.id, active });
      void message.success(active ? `Đã cho "${u.name}" hoạt động trở lại.` : `Đã ngừng hoạt động "${u.name}".`);
      await units.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  // The widths add up to TABLE_WIDTH, what a 1366 px screen leaves beside the menu; the actions stay
  // pinned on the right when a narrower window scrolls, long names take two lines at most.
  const columns: ColumnsType<UnitRow> = [
    { title: 'Mã', dataIndex: 'code', width: 84, ellipsis: { showTitle: true }, sorter: (a, b) => compareVi(a.code, b.code) },
    {
      title: 'Tên đơn vị',
      dataIndex: 'name',
      width: 260,
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (name: string, u) => <ClampedLink text={name} onOpen={() => setEditing(u)} testId="unit-name" />,
    },
    { title: 'Tên viết tắt', dataIndex: 'shortName', width: 120, render: clamped },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 100,
      render: (k: UnitRow['kind']) => unitKindLabel[k],
      filters: Object.entries(unitKindLabel).map(([value, text]) => ({ value, text })),
      onFilter: (value, u) => u.kind === value,
    },
    {
      title: 'Khối, cụm',
      key: 'groups',
      width: 220,
      render: (_, u) =>
        u.groups.map((g) => (
          <GroupKindTag key={g.id} kind={g.kind} title={`${g.name} · ${memberRoleLabel[g.role]}`}>
            {g.name}
            {g.role !== 'thanh_vien' ? ` · ${memberRoleLabel[g.role]}` : ''}
          </GroupKindTag>
        )),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      width: 130,
      render: (active: boolean) =>
        active ? <Typography.Text type="secondary">Hoạt động</Typography.Text> : <Tag color="default">Ngừng hoạt động</Tag>,
    },
    {
      title: '',
      key: 'actions',
      width: ACTIONS_WIDTH,
      fixed: 'right',
      render: (_, u) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => setEditing(u)}>
            Sửa
          </Button>
          {u.active ? (
            <Popconfirm
              title={`Ngừng hoạt động "${u.name}"?`}
              description="Đơn vị không còn hiện trong các danh sách chọn; dữ liệu đã có được giữ nguyên."
              okText="Ngừng hoạt động"
              okButtonProps={{ danger: true }}
              cancelText="Không"
              onConfirm={() => setActive(u, false)}
            >
              <Button size="small" type="link">
                Ngừng hoạt động
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" type="link" onClick={() => void setActive(u, true)}>
              Hoạt động lại
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const rows = useMemo(
    () => phraseFirst(units.data ?? [], settledQuery, (u) => `${u.name} ${u.shortName} ${u.code}`),
    [units.data, settledQuery],
  );
  return (
    <div className="page" data-testid="units-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-unit">
            Thêm đơn vị
          </Button>
        }
      >
        Đơn vị
      </PageTitle>
      <Space className="toolbar" wrap>
        <SearchBox
          value={query}
          onChange={setQuery}
          placeholder="Tìm theo tên, tên viết tắt hoặc mã (gõ không dấu cũng được)"
          label="Tìm đơn vị"
          width={420}
          testId="unit-search"
          autoFocus
        />
        <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
          Hiện cả đơn vị ngừng hoạt động
        </Checkbox>
        <Typography.Text type="secondary" data-testid="unit-count">
          {units.loading && !units.data ? 'Đang tải…' : `${num(rows.length)} đơn vị`}
        </Typography.Text>
        <ExportExcelButton args={{ list: 'units', query: settledQuery || undefined, includeInactive }} />
      </Space>
      <Table<UnitRow>
        size="small"
        rowKey="id"
        virtual
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={units.loading && !units.data}
        scroll={{ x: TABLE_WIDTH, y: height }}
        data-testid="units-table"
        rowClassName={(u) => (u.active ? '' : 'row-inactive')}
        locale={{ emptyText: settledQuery ? `Không có đơn vị nào khớp "${settledQuery}".` : 'Chưa có đơn vị.' }}
      />
      {editing ? (
        <UnitFormModal
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(null);
            void message.success(`Đã lưu đơn vị "${u.name}".`);
            void units.reload();
          }}
        />
      ) : null}
    </div>
  );
}
