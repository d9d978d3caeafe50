// Họp Hội đồng: the council's meetings, newest first, with who sat and how many proposals each reviewed;
// the chosen meeting's votes per nominee (agree count typed, percent and Đạt / Không đạt as core answers
// them), its biên bản and tờ trình kết quả xét made and opened in Văn bản, and the draft decision made
// from those it passed, opened in Sổ khen thưởng.
import { FileDoneOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { MeetingDetail, MeetingRow } from '../../../core/api/types.ts';
import { useQuery } from '../api/useQuery.ts';
import { AwardDocumentButton } from '../awards/AwardDocumentButton.tsx';
import { CreateDecisionModal } from '../awards/CreateDecisionModal.tsx';
import { MeetingFormModal } from '../awards/MeetingFormModal.tsx';
import { VotesGrid } from '../awards/VotesGrid.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { clamped } from '../components/tableText.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.tsx';

// What a 1366 px screen leaves beside the menu, as on the Sổ khen thưởng page.
const WIDTHS = { select: 40, date: 100, place: 240, campaign: 270, members: 150, threshold: 120, proposals: 110, actions: 80 };
// Three meetings show at once; the votes get the rest of the window.
const MEETINGS_HEIGHT = 120;

export function MeetingsPage() {
  const { message } = App.useApp();
  const { campaignId } = useSession();
  const meetings = useQuery('meetings.list', {});
  const campaigns = useQuery('campaigns.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const detail = useQuery('meetings.get', selectedId === null ? null : { id: selectedId });
  // A save's answer is shown at once, without asking again; choosing a meeting asks core afresh.
  const [latest, setLatest] = useState<MeetingDetail | null>(null);
  const choose = (id: number) => {
    setSelectedId(id);
    setLatest(null);
  };
  const [editing, setEditing] = useState<MeetingRow | 'new' | null>(null);
  const [deciding, setDeciding] = useState(false);
  // Above the votes' rows: the title, the meetings, the chosen one's line and the header.
  const votesHeight = useViewportHeight(MEETINGS_HEIGHT + 200, 180);

  const rows = meetings.data ?? [];
  useEffect(() => {
    if (selectedId === null && rows.length > 0) setSelectedId(rows[0].id);
  }, [selectedId, rows]);

  useEffect(() => {
    const error = meetings.error ?? detail.error;
    if (error) showApiError(error, message);
  }, [meetings.error, detail.error, message]);

  const campaignName = useMemo(() => new Map((campaigns.data ?? []).map((c) => [c.id, c.name])), [campaigns.data]);
  const fetched = detail.data && detail.data.id === selectedId ? detail.data : null;
  const shown = latest && latest.id === selectedId ? latest : fetched;
  const passed = shown?.votes.filter((v) => v.passed).length ?? 0;
  const voted = shown?.votes.filter((v) => v.agree !== null).length ?? 0;

  const columns: ColumnsType<MeetingRow> = [
    { title: 'Ngày họp', dataIndex: 'date', width: WIDTHS.date, render: dateShort },
    { title: 'Địa điểm', dataIndex: 'place', width: WIDTHS.place, render: clamped },
    { title: 'Đợt thi đua', dataIndex: 'campaignId', width: WIDTHS.campaign, render: (id: number | null) => clamped(id === null ? 'Khen thưởng theo năm' : (campaignName.get(id) ?? '')) },
    { title: 'Có mặt / thành viên', key: 'members', width: WIDTHS.members, align: 'right', render: (_, m) => `${num(m.membersPresent)} / ${num(m.membersTotal)}` },
    { title: 'Cần đạt', dataIndex: 'threshold', width: WIDTHS.threshold, align: 'right' },
    { title: 'Đề nghị xét', key: 'proposals', width: WIDTHS.proposals, align: 'right', render: (_, m) => num(m.proposalIds.length) },
    {
      title: '',
      key: 'actions',
      width: WIDTHS.actions,
      render: (_, m) => (
        <Button size="small" type="link" onClick={() => setEditing(m)}>
          Sửa
        </Button>
      ),
    },
  ];

  return (
    <div className="page" data-testid="meetings-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-meeting">
            Thêm cuộc họp
          </Button>
        }
      >
        Họp Hội đồng
      </PageTitle>
      <Table<MeetingRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={meetings.loading && !meetings.data}
        scroll={{ y: MEETINGS_HEIGHT }}
        rowSelection={{ type: 'radio', selectedRowKeys: selectedId === null ? [] : [selectedId], onChange: (keys) => choose(Number(keys[0])), columnWidth: WIDTHS.select }}
        onRow={(m) => ({ onClick: () => choose(m.id), style: { cursor: 'pointer' } })}
        data-testid="meetings-table"
        locale={{ emptyText: 'Chưa có cuộc họp Hội đồng nào. Bấm "Thêm cuộc họp" và chọn các đề nghị được xét.' }}
      />
      {shown ? (
        <>
          <Space className="toolbar" wrap style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong data-testid="meeting-summary">
              Cuộc họp ngày {dateShort(shown.date)} · {num(shown.membersPresent)}/{num(shown.membersTotal)} thành viên có mặt · cần đạt {shown.threshold} · đã bỏ phiếu{' '}
              {num(voted)}/{num(shown.votes.length)}, đạt {num(passed)}
            </Typography.Text>
            <Space wrap>
              <AwardDocumentButton request={{ kind: 'bien_ban_hop', meetingId: shown.id }} label="Lập biên bản" testId="make-bien-ban" disabled={voted === 0} />
              <AwardDocumentButton request={{ kind: 'to_trinh_ket_qua', meetingId: shown.id }} label="Lập tờ trình kết quả xét" testId="make-to-trinh-ket-qua" disabled={voted === 0} />
              <Button type="primary" icon={<FileDoneOutlined aria-hidden />} disabled={passed === 0} onClick={() => setDeciding(true)} data-testid="make-decision">
                Tạo quyết định
              </Button>
            </Space>
          </Space>
          <VotesGrid meeting={shown} height={votesHeight} onSaved={setLatest} />
        </>
      ) : selectedId !== null ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          Đang tải cuộc họp…
        </Typography.Paragraph>
      ) : null}
      {editing ? (
        <MeetingFormModal
          meeting={editing === 'new' ? null : editing}
          campaignId={campaignId}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            void message.success(`Đã lưu cuộc họp ngày ${dateShort(m.date)}.`);
            setSelectedId(m.id);
            setLatest(m);
            void meetings.reload();
          }}
        />
      ) : null}
      {deciding && shown ? (
        <CreateDecisionModal
          meeting={shown}
          onClose={() => setDeciding(false)}
          onCreated={(d) => {
            setDeciding(false);
            void message.success(`Đã tạo dự thảo quyết định: ${d.formName}, ${num(d.lines)} dòng.`);
            navigate('so-khen-thuong', { decision: d.id });
          }}
        />
      ) : null}
    </div>
  );
}
