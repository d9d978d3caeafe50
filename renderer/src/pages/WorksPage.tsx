// Công trình: the works registered in a campaign, with the review flags that point at registrations
// "chưa sát với yêu cầu, mang tính hình thức".
import { SwapRightOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type Key, memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { WorkRow } from '../../../core/api/types.ts';
import { type WorkFlag, workFlagLabel, workLevelLabel, workStatusLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { canCarryOver } from '../../../core/works/rules.ts';
import { useQuery } from '../api/useQuery.ts';
import { CampaignPageTitle, NoCampaignPage } from '../components/CampaignPageTitle.tsx';
import { CarryOverModal } from '../components/CarryOverModal.tsx';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { showApiError } from '../components/formErrors.ts';
import { ClampedLink, clamped } from '../components/tableText.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { WorkDrawer } from '../components/WorkDrawer.tsx';
import { WorkFormModal } from '../components/WorkFormModal.tsx';
import { FlagTags, levelShort, StatusTag } from '../components/workLook.tsx';
import { dateShort, num } from '../format.ts';
import { routeParam } from '../state/route.ts';
import { useSession } from '../state/session.tsx';
import { SearchBox } from '../components/SearchBox';

type Status = WorkRow['status'];
// Rows asked for first: more than a tall screen shows, few enough to come back at once.
const FIRST_SCREEN = 100;
// The columns' widths and the selection box: what a 1366 px screen leaves beside the menu.
const TABLE_WIDTH = 36 + 140 + 260 + 130 + 130 + 115 + 90 + 130 + 94;
// One empty selection for every render, so the memoised table sees the same value.
const NO_IDS: number[] = [];

export function WorksPage() {
  const { campaignId, refreshCampaigns } = useSession();
  const { message } = App.useApp();
  // Only the settled text lives here: each keystroke re-renders the search box alone (WorkSearch),
  // not this page and its table of up to 100k rows.
  const [settledQuery, setSettledQuery] = useState('');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [flag, setFlag] = useState<WorkFlag | undefined>();
  // Selection belongs to the campaign it was made in.
  const [selection, setSelection] = useState<{ campaignId: number | null; ids: number[] }>({ campaignId, ids: [] });
  const selected = selection.campaignId === campaignId ? selection.ids : NO_IDS;
  const setSelected = useCallback((ids: number[]) => setSelection({ campaignId, ids }), [campaignId]);
  // A work the dashboard pointed at opens at once.
  const [openWork, setOpenWork] = useState<number | null>(() => Number(routeParam('work')) || null);
  const [editing, setEditing] = useState<WorkRow | 'new' | null>(null);
  const [carrying, setCarrying] = useState(false);
  // Bumped after an edit so an open drawer reads the work again.
  const [drawerVersion, setDrawerVersion] = useState(0);
  const height = useViewportHeight(205);

  const campaign = useQuery('campaigns.get', campaignId === null ? null : { id: campaignId });
  // The list is read once per campaign and filter; typing only asks core which ids match, so a
  // campaign of thousands of works stays quick to search. The first screen is asked for on its own
  // and shown while the whole list (≈ 0,5 s at 100k works) is still on its way.
  const filter = campaignId === null ? null : { campaignId, unitId, status, flag };
  const firstScreen = filter && { ...filter, limit: FIRST_SCREEN };
  const head = useQuery('works.list', firstScreen);
  const works = useQuery('works.list', filter);
  // The whole list once it answers this filter (a reload after an edit keeps showing it); before
  // that the first screen of this filter; before that whatever was on screen.
  const whole = works.data !== undefined && works.dataKey === JSON.stringify(filter);
  const showingHead = !whole && head.data !== undefined && head.dataKey === JSON.stringify(firstScreen);
  const listed = showingHead ? head.data : works.data;
  const matching = useQuery('works.search', campaignId === null || !settledQuery ? null : { campaignId, query: settledQuery });
  useEffect(() => {
    if (works.error) showApiError(works.error, message);
  }, [works.error, message]);
  useEffect(() => {
    if (matching.error) showApiError(matching.error, message);
  }, [matching.error, message]);

  const reloadWorks = works.reload;
  const reloadMatching = matching.reload;
  const refresh = useCallback(() => {
    void reloadWorks();
    void reloadMatching();
    void refreshCampaigns();
  }, [reloadWorks, reloadMatching, refreshCampaigns]);
  const closeDrawer = useCallback(() => setOpenWork(null), []);

  const filtered = useMemo(() => {
    const all = listed ?? [];
    if (!settledQuery || !matching.data) return all;
    const ids = new Set(matching.data);
    return all.filter((w) => ids.has(w.id));
  }, [listed, matching.data, settledQuery]);
  // The table may lag a frame behind a new filter; the toolbar never waits for it.
  const rows = useDeferredValue(filtered);
  const byId = useMemo(() => new Map(rows.map((w) => [w.id, w])), [rows]);
  const selectedUnfinished = selected.filter((id) => {
    const w = byId.get(id);
    return w && canCarryOver(w.status);
  });

  // Status and review flags sit next to the title: they are what a reviewer scans for. The widths add
  // up to TABLE_WIDTH, what a 1366 px screen leaves beside the menu: every column, Cấp, Chỉ tiêu and
  // Thời hạn included, is on screen without scrolling; long text takes two lines, then "…" and a tooltip.
  const columns = useMemo<ColumnsType<WorkRow>>(
    () => [
      {
        title: 'Đơn vị',
        dataIndex: 'unitName',
        width: 140,
        render: clamped,
        sorter: (a, b) => compareVi(a.unitName, b.unitName),
      },
      {
        title: 'Công trình, phần việc',
        dataIndex: 'title',
        width: 260,
        sorter: (a, b) => compareVi(a.title, b.title),
        render: (t: string, w) => <ClampedLink text={t} onOpen={() => setOpenWork(w.id)} testId="work-link" />,
      },
      {
        title: 'Trạng thái',
        dataIndex: 'status',
        width: 130,
        render: (s: Status, w) => <StatusTag status={s} completedOn={w.completedOn} />,
      },
      { title: 'Cần xem lại', dataIndex: 'flags', width: 130, render: (f: WorkFlag[]) => <FlagTags flags={f} /> },
      { title: 'Lĩnh vực', dataIndex: 'field', width: 115, render: clamped },
      {
        title: 'Cấp',
        dataIndex: 'level',
        width: 90,
        render: (l: WorkRow['level']) => <span title={workLevelLabel[l]}>{levelShort(l)}</span>,
      },
      { title: 'Chỉ tiêu', dataIndex: 'target', width: 130, render: clamped },
      {
        title: 'Thời hạn',
        dataIndex: 'dueDate',
        width: 94,
        render: dateShort,
        sorter: (a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''),
      },
    ],
    [],
  );

  if (campaignId === null) return <NoCampaignPage title="Công trình" hint="Chưa có đợt thi đua nào. Hãy tạo đợt thi đua trước." />;

  return (
    <div className="page" data-testid="works-page">
      <CampaignPageTitle
        actions={<ExportExcelButton args={{ list: 'works', campaignId, unitId, status, flag, query: settledQuery || undefined }} />}
        add={{ label: 'Đăng ký công trình', disabled: !campaign.data, onClick: () => setEditing('new'), testId: 'add-work' }}
      >
        Công trình
      </CampaignPageTitle>
      <Space className="toolbar" wrap>
        <WorkSearch onSettled={setSettledQuery} />
        <UnitSelect
          allowClear
          style={{ width: 200 }}
          placeholder="Mọi đơn vị"
          value={unitId}
          onChange={(v) => setUnitId(v ?? undefined)}
          restrictTo={campaign.data?.unitIds}
          aria-label="Lọc theo đơn vị"
        />
        <Select<Status>
          allowClear
          style={{ width: 140 }}
          placeholder="Mọi trạng thái"
          value={status}
          onChange={(v) => setStatus(v ?? undefined)}
          options={Object.entries(workStatusLabel).map(([value, label]) => ({ value: value as Status, label }))}
          aria-label="Lọc theo trạng thái"
        />
        <Select<WorkFlag>
          allowClear
          style={{ width: 210 }}
          popupMatchSelectWidth={false}
          placeholder="Mọi cảnh báo đăng ký"
          value={flag}
          onChange={(v) => setFlag(v ?? undefined)}
          options={Object.entries(workFlagLabel).map(([value, label]) => ({ value: value as WorkFlag, label }))}
          aria-label="Lọc theo cảnh báo"
          data-testid="flag-filter"
        />
        <Typography.Text type="secondary" data-testid="work-count">
          {showingHead ? 'Đang tải danh sách…' : `${num(rows.length)} công trình`}
        </Typography.Text>
        <Button
          icon={<SwapRightOutlined />}
          disabled={selectedUnfinished.length === 0}
          onClick={() => setCarrying(true)}
          title="Chuyển các công trình chưa hoàn thành đã chọn sang đợt thi đua khác"
        >
          Chuyển tiếp{selectedUnfinished.length ? ` (${num(selectedUnfinished.length)})` : ''}
        </Button>
      </Space>
      <WorksTable
        columns={columns}
        rows={rows}
        loading={works.loading && !listed}
        height={height}
        selected={selected}
        onSelect={setSelected}
      />
      {openWork !== null ? (
        <WorkDrawer
          key={`${openWork}-${drawerVersion}`}
          workId={openWork}
          campaignEnd={campaign.data?.endDate}
          onClose={closeDrawer}
          onChanged={refresh}
          onEdit={(w) => setEditing(w)}
        />
      ) : null}
      {editing && campaign.data ? (
        <WorkFormModal
          campaign={campaign.data}
          work={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(w) => {
            const wasNew = editing === 'new';
            setEditing(null);
            void message.success(wasNew ? `Đã đăng ký "${w.title}".` : `Đã lưu "${w.title}".`);
            refresh();
            setDrawerVersion((n) => n + 1);
          }}
        />
      ) : null}
      {carrying ? (
        <CarryOverModal
          fromCampaignId={campaignId}
          workIds={selectedUnfinished}
          onClose={() => setCarrying(false)}
          onDone={(created) => {
            setCarrying(false);
            setSelected([]);
            void message.success(`Đã chuyển tiếp ${num(created)} công trình.`);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** The search box keeps what is typed; the page hears only the text once the user pauses. */
function WorkSearch({ onSettled }: { onSettled: (query: string) => void }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 150);
  useEffect(() => onSettled(settled), [settled, onSettled]);
  return (
    <SearchBox
      value={query}
      onChange={setQuery}
      placeholder="Tìm tên công trình, lĩnh vực, đơn vị"
      label="Tìm công trình"
      width={240}
      testId="work-search"
    />
  );
}

interface WorksTableProps {
  columns: ColumnsType<WorkRow>;
  rows: WorkRow[];
  loading: boolean;
  height: number;
  selected: number[];
  onSelect: (ids: number[]) => void;
}

/**
 * The virtual table, memoised: it renders again only when its rows, selection or size change, never
 * because the page did (a drawer opening, a modal closing, a count in the toolbar).
 */
const WorksTable = memo(function WorksTable({ columns, rows, loading, height, selected, onSelect }: WorksTableProps) {
  const scroll = useMemo(() => ({ x: TABLE_WIDTH, y: height }), [height]);
  const rowSelection = useMemo(
    () => ({ selectedRowKeys: selected, onChange: (keys: Key[]) => onSelect(keys as number[]), columnWidth: 36 }),
    [selected, onSelect],
  );
  return (
    <Table<WorkRow>
      size="small"
      rowKey="id"
      virtual
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={scroll}
      rowSelection={rowSelection}
      data-testid="works-table"
      locale={EMPTY_LOCALE}
    />
  );
});

const EMPTY_LOCALE = { emptyText: 'Không có công trình nào khớp bộ lọc.' };
