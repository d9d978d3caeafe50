// The preview of one staged file: counts per kind of record, then the rows by what the import does
// with them (tabs new / changed / conflict / duplicate / error / unchanged), each matched row with its
// field-level diff, each conflicting field with "Giữ của mình" / "Lấy của họ", each possible duplicate
// with "Bỏ qua". Tables scroll inside a fixed height so the page fits 1366×768.
import { Checkbox, Empty, Radio, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportAction, ImportFieldDiff, ImportPreview, ImportPreviewRow } from '../../../core/api/types.ts';
import { num } from '../format.ts';
import type { Answers } from './answers.ts';
import { ACTION_COLOR, ACTION_LABEL, ACTIONS, KIND_LABEL, KINDS } from './labels.ts';

interface Props {
  preview: ImportPreview;
  answers: Answers;
  onAnswer(row: string, field: string, take: 'ours' | 'theirs'): void;
  skipped: ReadonlySet<string>;
  onSkip(row: string, skip: boolean): void;
}

// Inline: one small table of this page, not worth a rule in the shared stylesheet.
const DIFF_TABLE = { borderCollapse: 'collapse', width: '100%', fontSize: 13 } as const;

const CHANGED_BY: Record<ImportFieldDiff['changedBy'], string> = {
  theirs: 'lấy của họ',
  ours: 'giữ của mình',
  both: 'hai bên cùng sửa',
};

function CountsTable({ preview }: { preview: ImportPreview }) {
  const rows = KINDS.filter((k) => ACTIONS.some((a) => preview.counts[k][a] > 0)).map((k) => ({ kind: k, ...preview.counts[k] }));
  const columns: ColumnsType<(typeof rows)[number]> = [
    { title: 'Loại', dataIndex: 'kind', render: (k: keyof typeof KIND_LABEL) => KIND_LABEL[k] },
    ...ACTIONS.map((a) => ({
      title: ACTION_LABEL[a],
      dataIndex: a,
      align: 'right' as const,
      width: 110,
      render: (n: number) => (n ? <Tag color={ACTION_COLOR[a]}>{num(n)}</Tag> : <Typography.Text type="secondary">0</Typography.Text>),
    })),
  ];
  return <Table size="small" rowKey="kind" columns={columns} dataSource={rows} pagination={false} data-testid="import-counts" />;
}

function Diff({ row, answers, onAnswer }: { row: ImportPreviewRow; answers: Answers; onAnswer: Props['onAnswer'] }) {
  if (row.diff.length === 0) return null;
  return (
    <table style={DIFF_TABLE} data-testid={`import-diff-${row.key}`}>
      <thead>
        <tr>
          <th>Trường</th>
          <th>Của mình</th>
          <th>Của họ</th>
          <th>Xử lý</th>
        </tr>
      </thead>
      <tbody>
        {row.diff.map((d) => (
          <tr key={d.field}>
            <td>{d.label}</td>
            <td>{d.ours || <Typography.Text type="secondary">(trống)</Typography.Text>}</td>
            <td>{d.theirs || <Typography.Text type="secondary">(trống)</Typography.Text>}</td>
            <td>
              {d.changedBy === 'both' ? (
                <Radio.Group
                  size="small"
                  value={answers[row.key]?.[d.field]}
                  onChange={(e) => onAnswer(row.key, d.field, e.target.value)}
                  aria-label={`${d.label}: giữ của mình hay lấy của họ`}
                >
                  <Radio.Button value="ours">Giữ của mình</Radio.Button>
                  <Radio.Button value="theirs">Lấy của họ</Radio.Button>
                </Radio.Group>
              ) : (
                <Typography.Text type="secondary">{CHANGED_BY[d.changedBy]}</Typography.Text>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowsTable({ rows, action, ...props }: Props & { rows: ImportPreviewRow[]; action: ImportAction }) {
  const columns: ColumnsType<ImportPreviewRow> = [
    { title: 'Loại', dataIndex: 'kind', width: 130, render: (k: keyof typeof KIND_LABEL) => KIND_LABEL[k] },
    { title: 'Bản ghi', dataIndex: 'label', ellipsis: true },
    { title: 'Vị trí trong tệp', dataIndex: 'place', width: 200, ellipsis: true },
    {
      title: action === 'error' ? 'Lý do' : action === 'duplicate' ? 'Giống với' : 'Khớp theo',
      key: 'why',
      width: action === 'error' ? 360 : 220,
      render: (_, r) => {
        if (action === 'error') return <Typography.Text type="danger">{r.message}</Typography.Text>;
        if (action === 'duplicate') {
          return (
            <Space orientation="vertical" size={0}>
              <span>{r.similarTo}</span>
              <Checkbox checked={props.skipped.has(r.key)} onChange={(e) => props.onSkip(r.key, e.target.checked)}>
                Bỏ qua, không nhập
              </Checkbox>
            </Space>
          );
        }
        return r.matchedBy === 'uuid' ? 'mã định danh' : r.matchedBy === 'key' ? 'mã / tên' : '—';
      },
    },
  ];
  return (
    <Table<ImportPreviewRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 200 ? { pageSize: 200, showSizeChanger: false } : false}
      scroll={{ y: 300 }}
      expandable={{
        rowExpandable: (r) => r.diff.length > 0,
        defaultExpandAllRows: action === 'conflict' && rows.length <= 50,
        expandedRowRender: (r) => <Diff row={r} answers={props.answers} onAnswer={props.onAnswer} />,
      }}
      locale={{ emptyText: <Empty description="Không có dòng nào." image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      data-testid={`import-rows-${action}`}
    />
  );
}

export function PreviewView(props: Props) {
  const { preview } = props;
  const byAction = new Map<ImportAction, ImportPreviewRow[]>(ACTIONS.map((a) => [a, []]));
  for (const r of preview.rows) byAction.get(r.action)!.push(r);
  const first = ACTIONS.find((a) => a === 'conflict' && byAction.get(a)!.length) ?? ACTIONS.find((a) => byAction.get(a)!.length) ?? 'new';
  return (
    <div data-testid="import-preview">
      <CountsTable preview={preview} />
      {preview.notes.length > 0 && (
        <ul style={{ margin: '8px 0', paddingInlineStart: 20 }}>
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <Tabs
        size="small"
        defaultActiveKey={first}
        items={ACTIONS.map((a) => ({
          key: a,
          label: `${ACTION_LABEL[a]} (${num(byAction.get(a)!.length)})`,
          children: <RowsTable {...props} rows={byAction.get(a)!} action={a} />,
        }))}
      />
    </div>
  );
}
