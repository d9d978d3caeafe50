// Đề nghị khen thưởng: the proposals the units (and the secretariat itself) send, newest year first, each
// with its count of nominees and of warnings; the chosen one's nominees with the warnings core finds on
// each row (the same nominee twice, a form the level may not award, one already awarded, no
// achievement), its attached papers, and the tờ trình đề nghị made from it and opened in Văn bản.
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { nomineeKindLabel, proposalStatusLabel } from '../../../core/api/labels.ts';
import type { NomineeRow, ProposalDetail, ProposalRow, ProposalWarningRow } from '../../../core/api/types.ts';
import { lowerFirst } from '../../../core/documents/wording.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { AwardDocumentButton } from '../awards/AwardDocumentButton.tsx';
import { NomineeFormModal } from '../awards/NomineeFormModal.tsx';
import { ProposalAttachments } from '../awards/ProposalAttachments.tsx';
import { ProposalFormModal } from '../awards/ProposalFormModal.tsx';
import { EditRemoveActions } from '../components/EditRemoveActions.tsx';
import { showApiError } from '../components/formErrors.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { clamped } from '../components/tableText.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort, num } from '../format.ts';
import { useSession } from '../state/session.tsx';

// What a 1366 px screen leaves beside the menu and a table's own scroll bar (about 1.115 px).
const PROPOSAL_WIDTHS = { select: 40, unit: 220, campaign: 230, number: 130, date: 100, nominees: 90, warnings: 90, status: 100, actions: 100 };
const NOMINEE_WIDTHS = { index: 46, kind: 90, name: 175, unit: 170, form: 120, achievement: 170, warnings: 230, actions: 100 };
const NOMINEE_TABLE_WIDTH = Object.values(NOMINEE_WIDTHS).reduce((a, b) => a + b, 0);
// Four proposals show at once; the nominees get the rest of the window.
const PROPOSALS_HEIGHT = 150;

// antd's tags are 12 px; the screens keep text at 13 px or more.
const TAG_TEXT = { fontSize: 13 };
// antd's warning yellow is too pale to read a sentence in; its darker gold is not.
const WARNING_TEXT = { color: '#ad6800' };

function proposalTitle(p: ProposalRow): string {
  const who = p.unitName || 'Thường trực Hội đồng';
  return p.submissionNumber ? `Đề nghị số ${p.submissionNumber} của ${who}` : `Đề nghị của ${who}`;
}

export function ProposalsPage() {
  const { message } = App.useApp();
  const { campaignId } = useSession();
  const proposals = useQuery('proposals.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const detail = useQuery('proposals.get', selectedId === null ? null : { id: selectedId });
  const [editing, setEditing] = useState<ProposalRow | 'new' | null>(null);
  const [nominee, setNominee] = useState<NomineeRow | 'new' | null>(null);
  const [tab, setTab] = useState('nominees');
  // Above the nominees' rows: the title, the proposals, the chosen one's line, the tabs and the header.
  const bodyHeight = useViewportHeight(PROPOSALS_HEIGHT + 250, 180);

  const rows = proposals.data ?? [];
  // The newest proposal is the one the secretariat works on.
  useEffect(() => {
    if (selectedId === null && rows.length > 0) setSelectedId(rows[0].id);
  }, [selectedId, rows]);

  useEffect(() => {
    const error = proposals.error ?? detail.error;
    if (error) showApiError(error, message);
  }, [proposals.error, detail.error, message]);

  const shown = detail.data && detail.data.id === selectedId ? detail.data : null;
  const warningsByNominee = useMemo(() => {
    const map = new Map<number, ProposalWarningRow[]>();
    for (const w of shown?.warnings ?? []) map.set(w.nomineeId, [...(map.get(w.nomineeId) ?? []), w]);
    return map;
  }, [shown]);

  const changed = () => {
    void detail.reload();
    void proposals.reload();
  };
  const saved = (p: ProposalDetail) => {
    setSelectedId(p.id);
    changed();
  };

  const removeProposal = async (p: ProposalRow) => {
    try {
      await call('proposals.remove', { id: p.id });
      void message.success(`Đã xóa ${lowerFirst(proposalTitle(p))}.`);
      if (selectedId === p.id) setSelectedId(null);
      void proposals.reload();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const removeNominee = async (n: NomineeRow) => {
    try {
      await call('proposals.removeNominee', { id: n.id });
      void message.success(`Đã bỏ ${n.name} khỏi đề nghị.`);
      changed();
    } catch (e) {
      showApiError(e, message);
    }
  };

  const proposalColumns: ColumnsType<ProposalRow> = [
    { title: 'Đơn vị đề nghị', dataIndex: 'unitName', width: PROPOSAL_WIDTHS.unit, render: (u: string) => clamped(u || 'Thường trực Hội đồng') },
    { title: 'Đợt thi đua / năm', key: 'campaign', width: PROPOSAL_WIDTHS.campaign, render: (_, p) => clamped(p.campaignName || `Năm ${p.year}`) },
    { title: 'Số tờ trình', dataIndex: 'submissionNumber', width: PROPOSAL_WIDTHS.number, render: clamped },
    { title: 'Ngày', dataIndex: 'submissionDate', width: PROPOSAL_WIDTHS.date, render: dateShort },
    { title: 'Số đề cử', dataIndex: 'nominees', width: PROPOSAL_WIDTHS.nominees, align: 'right', render: num },
    {
      title: 'Cảnh báo',
      dataIndex: 'warningCount',
      width: PROPOSAL_WIDTHS.warnings,
      align: 'right',
      render: (n: number) =>
        n > 0 ? (
          <Typography.Text style={WARNING_TEXT} data-testid="proposal-warning-count">
            <WarningOutlined aria-hidden /> {num(n)}
          </Typography.Text>
        ) : (
          <span data-testid="proposal-warning-count">0</span>
        ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: PROPOSAL_WIDTHS.status,
      render: (s: ProposalRow['status']) => (
        <Tag color={s === 'da_trinh' ? 'green' : 'default'} style={TAG_TEXT}>
          {proposalStatusLabel[s]}
        </Tag>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: PROPOSAL_WIDTHS.actions,
      render: (_, p) => (
        <EditRemoveActions
          onEdit={() => setEditing(p)}
          onRemove={() => removeProposal(p)}
          confirm={`Xóa ${lowerFirst(proposalTitle(p))}?`}
          consequence="Chỉ xóa được đề nghị còn là dự thảo, chưa đưa vào cuộc họp Hội đồng và không còn tệp đính kèm."
        />
      ),
    },
  ];

  const nomineeColumns: ColumnsType<NomineeRow> = [
    { title: 'STT', key: 'index', width: NOMINEE_WIDTHS.index, align: 'right', render: (_, _n, i) => i + 1 },
    { title: 'Đối tượng', dataIndex: 'kind', width: NOMINEE_WIDTHS.kind, render: (k: NomineeRow['kind']) => nomineeKindLabel[k] },
    { title: 'Họ và tên / Tên tập thể', dataIndex: 'name', width: NOMINEE_WIDTHS.name, render: (n: string) => <span data-testid="nominee-name-cell">{clamped(n)}</span> },
    { title: 'Chức vụ, đơn vị', key: 'unit', width: NOMINEE_WIDTHS.unit, render: (_, n) => clamped([n.position, n.kind === 'don_vi' ? '' : n.unitName].filter(Boolean).join(', ')) },
    { title: 'Hình thức', dataIndex: 'formName', width: NOMINEE_WIDTHS.form, render: clamped },
    { title: 'Thành tích', dataIndex: 'achievement', width: NOMINEE_WIDTHS.achievement, render: clamped },
    {
      title: 'Cảnh báo',
      key: 'warnings',
      width: NOMINEE_WIDTHS.warnings,
      render: (_, n) => (
        <Space orientation="vertical" size={2} data-testid="nominee-warnings">
          {(warningsByNominee.get(n.id) ?? []).map((w) => (
            <Typography.Text key={w.code} style={WARNING_TEXT} data-testid="nominee-warning" data-code={w.code}>
              <WarningOutlined aria-hidden /> {w.message}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: NOMINEE_WIDTHS.actions,
      render: (_, n) => <EditRemoveActions onEdit={() => setNominee(n)} onRemove={() => removeNominee(n)} confirm={`Bỏ ${n.name} khỏi đề nghị?`} />,
    },
  ];

  return (
    <div className="page" data-testid="proposals-page">
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-proposal">
            Thêm đề nghị
          </Button>
        }
      >
        Đề nghị khen thưởng
      </PageTitle>
      <Table<ProposalRow>
        size="small"
        rowKey="id"
        columns={proposalColumns}
        dataSource={rows}
        pagination={false}
        loading={proposals.loading && !proposals.data}
        scroll={{ y: PROPOSALS_HEIGHT }}
        rowSelection={{ type: 'radio', selectedRowKeys: selectedId === null ? [] : [selectedId], onChange: (keys) => setSelectedId(Number(keys[0])), columnWidth: PROPOSAL_WIDTHS.select }}
        onRow={(p) => ({ onClick: () => setSelectedId(p.id), style: { cursor: 'pointer' } })}
        data-testid="proposals-table"
        locale={{ emptyText: 'Chưa có đề nghị khen thưởng nào. Bấm "Thêm đề nghị" khi nhận tờ trình của đơn vị.' }}
      />
      {shown ? (
        <>
          <Space className="toolbar" wrap style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong data-testid="proposal-heading">
              {proposalTitle(shown)} · {num(shown.nominees)} đề cử
              {shown.warnings.length > 0 ? ` · ${num(shown.warnings.length)} cảnh báo` : ''}
            </Typography.Text>
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => setNominee('new')} data-testid="add-nominee">
                Thêm người được đề nghị
              </Button>
              <AwardDocumentButton
                request={{ kind: 'to_trinh_de_nghi', proposalId: shown.id }}
                label="Lập tờ trình đề nghị"
                testId="make-to-trinh"
                disabled={shown.nominees === 0}
              />
            </Space>
          </Space>
          <Tabs
            size="small"
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'nominees',
                label: `Người được đề nghị (${num(shown.nominees)})`,
                children: (
                  <Table<NomineeRow>
                    size="small"
                    rowKey="id"
                    columns={nomineeColumns}
                    dataSource={shown.nomineeList}
                    pagination={false}
                    scroll={{ x: NOMINEE_TABLE_WIDTH, y: bodyHeight }}
                    data-testid="nominees-table"
                    locale={{ emptyText: 'Đề nghị chưa có ai. Bấm "Thêm người được đề nghị".' }}
                  />
                ),
              },
              {
                key: 'attachments',
                label: `Tệp đính kèm (${num(shown.attachments.length)})`,
                children: <ProposalAttachments proposal={shown} height={bodyHeight - 40} onChanged={changed} />,
              },
            ]}
          />
        </>
      ) : selectedId !== null ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          Đang tải đề nghị…
        </Typography.Paragraph>
      ) : null}
      {editing ? (
        <ProposalFormModal
          proposal={editing === 'new' ? null : editing}
          campaignId={campaignId}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            void message.success(`Đã lưu ${lowerFirst(proposalTitle(p))}.`);
            saved(p);
          }}
        />
      ) : null}
      {nominee && shown ? (
        <NomineeFormModal
          proposal={shown}
          nominee={nominee === 'new' ? null : nominee}
          onClose={() => setNominee(null)}
          onSaved={() => {
            setNominee(null);
            void message.success('Đã lưu người được đề nghị.');
            changed();
          }}
        />
      ) : null}
    </div>
  );
}
