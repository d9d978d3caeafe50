// Sổ khen thưởng: the decisions, newest first, a draft issued from here (which reserves each line's số
// sổ), and the chosen decision's register lines: found by a search without diacritics, revoked with a
// reason (the line stays, marked), a spoiled blank logged, and the certificates printed as a job.
import { CheckCircleOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { documentStatusLabel } from '../../../core/api/labels.ts';
import type { AwardRow, DecisionRow } from '../../../core/api/types.ts';
import { useQuery } from '../api/useQuery.ts';
import { IssueDecisionModal } from '../awards/IssueDecisionModal.tsx';
import { PrintCertificatesModal } from '../awards/PrintCertificatesModal.tsx';
import { RevokeAwardModal } from '../awards/RevokeAwardModal.tsx';
import { SpoilBlankModal } from '../awards/SpoilBlankModal.tsx';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { clamped } from '../components/tableText.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { routeParam } from '../state/route.ts';
import { SearchBox } from '../components/SearchBox';

// What a 1366 px screen leaves beside the menu, as on the Cá nhân page.
const DECISION_WIDTHS = { number: 170, date: 110, form: 330, status: 130, lines: 90, actions: 120 };
const LINE_WIDTHS = { select: 40, book: 76, salutation: 122, name: 200, unit: 234, form: 150, amount: 100, prints: 76, revoke: 110 };
const LINE_TABLE_WIDTH = Object.values(LINE_WIDTHS).reduce((a, b) => a + b, 0);
// Four decisions show at once; the register gets the rest of the window.
const DECISIONS_HEIGHT = 150;

// antd's tags are 12 px; the screens keep text at 13 px or more.
const TAG_TEXT = { fontSize: 13 };

const newestFirst = (a: DecisionRow, b: DecisionRow) => b.date.localeCompare(a.date) || b.id - a.id;

export function AwardRegisterPage() {
  const { message } = App.useApp();
  const decisions = useQuery('decisions.list', {});
  // A draft made on the Họp Hội đồng page arrives chosen (#/so-khen-thuong?decision=7).
  const [decisionId, setDecisionId] = useState<number | null>(() => Number(routeParam('decision')) || null);
  const [query, setQuery] = useState('');
  const settledQuery = useDebounced(query.trim(), 120);
  const [selected, setSelected] = useState<number[]>([]);
  const [issuing, setIssuing] = useState<DecisionRow | null>(null);
  const [revoking, setRevoking] = useState<AwardRow | null>(null);
  const [spoiling, setSpoiling] = useState(false);
  const [printing, setPrinting] = useState(false);
  const linesHeight = useViewportHeight(DECISIONS_HEIGHT + 330, 200);

  const sorted = useMemo(() => [...(decisions.data ?? [])].sort(newestFirst), [decisions.data]);
  const decision = sorted.find((d) => d.id === decisionId) ?? null;
  const issued = decision?.status === 'da_ban_hanh';
  // The whole register of the decision counts what "all lines" prints; the search only narrows the view.
  const all = useQuery('awards.list', issued ? { decisionId: decision.id } : null);
  const found = useQuery('awards.list', issued && settledQuery ? { decisionId: decision.id, query: settledQuery } : null);
  const awards = settledQuery ? found : all;
  const lines = issued ? (awards.data ?? []) : [];
  const live = issued ? (all.data ?? []).filter((l) => !l.revokedAt) : [];
  const reloadLines = () => {
    void all.reload();
    if (settledQuery) void found.reload();
  };
  const byId = new Map(lines.map((l) => [l.id, l]));
  const selectedLines = selected.map((id) => byId.get(id)).filter((l): l is AwardRow => l !== undefined);

  // The newest decision is the one the secretariat works on.
  useEffect(() => {
    if (decisionId === null && sorted.length > 0) setDecisionId(sorted[0].id);
  }, [decisionId, sorted]);

  const choose = (id: number) => {
    if (id === decisionId) return;
    setDecisionId(id);
    setSelected([]);
  };

  useEffect(() => {
    const error = decisions.error ?? all.error ?? found.error;
    if (error) showApiError(error, message);
  }, [decisions.error, all.error, found.error, message]);

  const decisionColumns: ColumnsType<DecisionRow> = [
    { title: 'Số', dataIndex: 'numberText', width: DECISION_WIDTHS.number, render: (t: string, d) => (d.status === 'da_ban_hanh' ? t : <Typography.Text type="secondary">Chưa có số</Typography.Text>) },
    { title: 'Ngày', dataIndex: 'date', width: DECISION_WIDTHS.date, render: dateShort },
    { title: 'Hình thức', dataIndex: 'formName', width: DECISION_WIDTHS.form, render: clamped },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: DECISION_WIDTHS.status,
      render: (s: DecisionRow['status']) => <Tag color={s === 'da_ban_hanh' ? 'green' : 'default'} style={TAG_TEXT}>{documentStatusLabel[s]}</Tag>,
    },
    { title: 'Số dòng', dataIndex: 'lines', width: DECISION_WIDTHS.lines, align: 'right', render: num },
    {
      title: '',
      key: 'actions',
      width: DECISION_WIDTHS.actions,
      render: (_, d) =>
        d.status === 'du_thao' ? (
          <Button size="small" icon={<CheckCircleOutlined />} onClick={() => setIssuing(d)} data-testid="issue-decision">
            Ban hành
          </Button>
        ) : null,
    },
  ];

  const lineColumns: ColumnsType<AwardRow> = [
    { title: 'Số sổ', dataIndex: 'bookNumber', width: LINE_WIDTHS.book, align: 'right', render: (n: number) => <span data-testid="book-number">{n}</span> },
    { title: 'Ông/Bà/Tập thể', dataIndex: 'salutation', width: LINE_WIDTHS.salutation },
    { title: 'Họ và tên / Tên tập thể', dataIndex: 'name', width: LINE_WIDTHS.name, render: (n: string) => <span data-testid="award-name">{clamped(n)}</span> },
    {
      title: 'Chức vụ, đơn vị',
      key: 'unit',
      width: LINE_WIDTHS.unit,
      render: (_, l) => clamped([l.position, l.unitName].filter(Boolean).join(', ')),
    },
    { title: 'Hình thức', dataIndex: 'formName', width: LINE_WIDTHS.form, render: clamped },
    { title: 'Số tiền', dataIndex: 'amount', width: LINE_WIDTHS.amount, align: 'right', render: (a: number) => (a > 0 ? num(a) : '') },
    { title: 'Đã in', dataIndex: 'prints', width: LINE_WIDTHS.prints, align: 'right', render: (p: number) => (p > 0 ? `${p} lần` : 'Chưa') },
    {
      title: 'Thu hồi',
      key: 'revoke',
      width: LINE_WIDTHS.revoke,
      render: (_, l) =>
        l.revokedAt ? (
          <Tooltip title={`Lý do: ${l.revokedReason}`}>
            <Tag color="red" style={TAG_TEXT} data-testid="revoked">
              Đã thu hồi
            </Tag>
          </Tooltip>
        ) : (
          <Button size="small" danger onClick={() => setRevoking(l)} data-testid="revoke-award">
            Thu hồi
          </Button>
        ),
    },
  ];

  return (
    <div className="page" data-testid="register-page">
      <PageTitle>Sổ khen thưởng</PageTitle>
      <Table<DecisionRow>
        size="small"
        rowKey="id"
        columns={decisionColumns}
        dataSource={sorted}
        pagination={false}
        loading={decisions.loading && !decisions.data}
        scroll={{ y: DECISIONS_HEIGHT }}
        rowSelection={{ type: 'radio', selectedRowKeys: decisionId === null ? [] : [decisionId], onChange: (keys) => choose(Number(keys[0])), columnWidth: 40 }}
        onRow={(d) => ({ onClick: () => choose(d.id), style: { cursor: 'pointer' } })}
        data-testid="decisions-table"
        locale={{ emptyText: 'Chưa có quyết định khen thưởng nào. Lập quyết định từ kết quả họp Hội đồng.' }}
      />
      <Space className="toolbar" wrap style={{ marginTop: 12 }}>
        <SearchBox
          value={query}
          onChange={setQuery}
          placeholder="Tìm tên, chức vụ, đơn vị (gõ không dấu được)"
          label="Tìm trong sổ khen thưởng"
          width={360}
          testId="award-search"
          disabled={!issued}
        />
        <Button type="primary" icon={<PrinterOutlined />} disabled={!issued || live.length === 0} onClick={() => setPrinting(true)} data-testid="print-certificates">
          In giấy khen
        </Button>
        <Button icon={<WarningOutlined />} disabled={!issued} onClick={() => setSpoiling(true)} data-testid="spoil-blank">
          Ghi phôi hỏng
        </Button>
        <ExportExcelButton args={issued ? { list: 'awards', decisionId: decision.id, query: settledQuery || undefined } : null} />
        <Typography.Text type="secondary" data-testid="award-count">
          {!decision
            ? ''
            : !issued
              ? 'Quyết định còn là dự thảo: ban hành để cấp số sổ cho từng dòng.'
              : `Quyết định số ${decision.numberText}: ${num(lines.length)} dòng${selected.length > 0 ? ` · đã chọn ${num(selected.length)}` : ''}`}
        </Typography.Text>
      </Space>
      <Table<AwardRow>
        size="small"
        rowKey="id"
        virtual
        columns={lineColumns}
        dataSource={lines}
        pagination={false}
        loading={issued && awards.loading && !awards.data}
        scroll={{ x: LINE_TABLE_WIDTH, y: linesHeight }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          getCheckboxProps: (l) => ({ disabled: l.revokedAt !== null, 'aria-label': `Chọn ${l.name}` }),
          columnWidth: LINE_WIDTHS.select,
        }}
        data-testid="awards-table"
        locale={{
          emptyText: !issued ? 'Chọn một quyết định đã ban hành để xem các dòng của sổ.' : settledQuery ? `Không có dòng nào khớp "${settledQuery}".` : 'Quyết định này không có dòng nào.',
        }}
      />
      {issuing && (
        <IssueDecisionModal
          decision={issuing}
          onClose={() => setIssuing(null)}
          onIssued={(numberText, count) => {
            setIssuing(null);
            choose(issuing.id);
            void message.success(`Đã ban hành Quyết định số ${numberText}, cấp số sổ cho ${num(count)} dòng.`);
            void decisions.reload();
          }}
        />
      )}
      {revoking && (
        <RevokeAwardModal
          award={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(a) => {
            setRevoking(null);
            setSelected((ids) => ids.filter((id) => id !== a.id));
            void message.success(`Đã thu hồi khen thưởng của ${a.name} (số sổ ${a.bookNumber}).`);
            reloadLines();
          }}
        />
      )}
      {spoiling && (
        <SpoilBlankModal
          award={selectedLines.length === 1 ? selectedLines[0] : null}
          onClose={() => setSpoiling(false)}
          onSaved={(count) => {
            setSpoiling(false);
            void message.success(`Đã ghi ${num(count)} phôi hỏng.`);
          }}
        />
      )}
      {printing && decision && (
        <PrintCertificatesModal
          decision={decision}
          selectedIds={selectedLines.filter((l) => !l.revokedAt).map((l) => l.id)}
          liveLines={live.length}
          onClose={() => setPrinting(false)}
          onPrinted={reloadLines}
        />
      )}
    </div>
  );
}
