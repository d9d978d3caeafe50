// The council's votes, one row per nominee of the proposals reviewed: the agree count is typed and saved
// when the cell is left (or on Enter); the percent of those present and Đạt / Không đạt are core's answer
// (core/awards/council.ts), never worked out here. A count core refuses (more than the members present)
// keeps what was typed, marked, with core's message beside the cell.
import { App, InputNumber, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRef, useState } from 'react';
import { nomineeKindLabel } from '../../../core/api/labels.ts';
import type { MeetingDetail, VoteRow } from '../../../core/api/types.ts';
import { ApiCallError, call } from '../api/client.ts';
import { showApiError } from '../components/formErrors.ts';
import { clamped } from '../components/tableText.tsx';

const WIDTHS = { index: 46, kind: 90, name: 210, unit: 210, form: 140, agree: 190, percent: 90, result: 110 };
const TABLE_WIDTH = Object.values(WIDTHS).reduce((a, b) => a + b, 0);
// antd's tags are 12 px; the screens keep text at 13 px or more.
const TAG_TEXT = { fontSize: 13 };

interface CellProps {
  meeting: MeetingDetail;
  vote: VoteRow;
  onSaved: (meeting: MeetingDetail) => void;
}

function VoteCell({ meeting, vote, onSaved }: CellProps) {
  const { message } = App.useApp();
  const [typed, setTyped] = useState<number | null>(vote.agree);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The count last sent: Enter then leaving the cell asks core once, and a refused count once.
  const sent = useRef<number | null>(vote.agree);

  const commit = async () => {
    if (typed === null || typed === sent.current) return;
    sent.current = typed;
    setSaving(true);
    try {
      const saved = await call('meetings.setVotes', { meetingId: meeting.id, votes: [{ nomineeId: vote.nomineeId, agree: typed }] });
      setRefusal(null);
      onSaved(saved);
    } catch (e) {
      setRefusal(e instanceof ApiCallError ? (e.apiError.fields?.['votes.0.agree'] ?? e.apiError.message) : 'Không lưu được số phiếu.');
      showApiError(e, message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <InputNumber
        min={0}
        precision={0}
        controls={false}
        value={typed}
        status={refusal ? 'error' : undefined}
        disabled={saving}
        onChange={(v) => setTyped(typeof v === 'number' ? v : null)}
        onBlur={() => void commit()}
        onPressEnter={() => void commit()}
        style={{ width: 80 }}
        aria-label={`Số phiếu đồng ý cho ${vote.name}`}
        data-testid="vote-agree"
      />
      <Typography.Text type="secondary"> / {meeting.membersPresent}</Typography.Text>
      {refusal ? (
        <div>
          <Typography.Text type="danger" data-testid="vote-refusal">
            {refusal}
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}

interface Props {
  meeting: MeetingDetail;
  height: number;
  onSaved: (meeting: MeetingDetail) => void;
}

export function VotesGrid({ meeting, height, onSaved }: Props) {
  const columns: ColumnsType<VoteRow> = [
    { title: 'STT', key: 'index', width: WIDTHS.index, align: 'right', render: (_, _v, i) => i + 1 },
    { title: 'Đối tượng', dataIndex: 'kind', width: WIDTHS.kind, render: (k: VoteRow['kind']) => nomineeKindLabel[k] },
    { title: 'Họ và tên / Tên tập thể', dataIndex: 'name', width: WIDTHS.name, render: (n: string) => <span data-testid="vote-name">{clamped(n)}</span> },
    // A unit nominee is its own unit: the column would only repeat its name.
    { title: 'Đơn vị', key: 'unit', width: WIDTHS.unit, render: (_, v) => clamped(v.kind === 'don_vi' ? '' : v.unitName) },
    { title: 'Hình thức', dataIndex: 'formName', width: WIDTHS.form, render: clamped },
    {
      title: 'Phiếu đồng ý',
      key: 'agree',
      width: WIDTHS.agree,
      // Keyed by the saved count too: a count saved elsewhere (another window) replaces what the cell holds.
      render: (_, v) => <VoteCell key={`${v.nomineeId}:${v.agree}`} meeting={meeting} vote={v} onSaved={onSaved} />,
    },
    { title: 'Tỷ lệ', dataIndex: 'percent', width: WIDTHS.percent, align: 'right', render: (p: string) => <span data-testid="vote-percent">{p}</span> },
    {
      title: 'Kết quả',
      key: 'result',
      width: WIDTHS.result,
      render: (_, v) =>
        v.agree === null ? (
          <Typography.Text type="secondary" data-testid="vote-result">
            Chưa bỏ phiếu
          </Typography.Text>
        ) : (
          <Tag color={v.passed ? 'green' : 'red'} style={TAG_TEXT} data-testid="vote-result">
            {v.passed ? 'Đạt' : 'Không đạt'}
          </Tag>
        ),
    },
  ];
  return (
    <Table<VoteRow>
      size="small"
      rowKey="nomineeId"
      columns={columns}
      dataSource={meeting.votes}
      pagination={false}
      scroll={{ x: TABLE_WIDTH, y: height }}
      data-testid="votes-table"
      locale={{ emptyText: 'Cuộc họp chưa xét đề nghị nào. Bấm "Sửa" để chọn các đề nghị được xét.' }}
    />
  );
}
