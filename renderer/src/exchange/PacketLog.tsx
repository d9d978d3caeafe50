// The packets log: every file imported and every packet sent, newest first, with what an import changed
// or what a packet carried; the last import not undone can be undone from here (core refuses, in
// Vietnamese, when its rows were changed since).
import { UndoOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportCounts, PacketLogRow } from '../../../core/api/types.ts';
import { dateTime, num } from '../format.ts';
import { KIND_LABEL, KINDS } from './labels.ts';

function summary(counts: ImportCounts): string {
  return KINDS.filter((k) => counts[k].new + counts[k].changed + counts[k].duplicate + counts[k].conflict > 0)
    .map((k) => {
      const c = counts[k];
      const parts = [c.new + c.duplicate ? `${num(c.new + c.duplicate)} mới` : '', c.changed + c.conflict ? `${num(c.changed + c.conflict)} thay đổi` : ''];
      return `${KIND_LABEL[k]}: ${parts.filter(Boolean).join(', ')}`;
    })
    .join('; ');
}

/** A packet sent: how many records of each kind it carried (core counts them as `new`). */
function sent(counts: ImportCounts): string {
  const parts = KINDS.filter((k) => counts[k].new > 0).map((k) => `${KIND_LABEL[k]}: ${num(counts[k].new)}`);
  return `Đã gửi ${parts.join('; ')}`;
}

export function PacketLog({ rows, loading, onUndo }: { rows: PacketLogRow[]; loading: boolean; onUndo(row: PacketLogRow): void }) {
  const columns: ColumnsType<PacketLogRow> = [
    { title: 'Thời điểm', dataIndex: 'at', width: 150, render: dateTime },
    { title: 'Tệp', dataIndex: 'fileName', ellipsis: true },
    {
      title: 'Chiều',
      dataIndex: 'direction',
      width: 80,
      render: (d: PacketLogRow['direction']) => (d === 'export' ? <Tag color="blue">Gửi đi</Tag> : <Tag>Nhận</Tag>),
    },
    { title: 'Đơn vị gửi / nhận', dataIndex: 'sender', width: 180, ellipsis: true },
    { title: 'Đã thay đổi', key: 'counts', render: (_, r) => (r.direction === 'export' ? sent(r.counts) : summary(r.counts)) },
    {
      title: '',
      key: 'state',
      width: 200,
      render: (_, r) =>
        r.undoneAt ? (
          <Tag>Đã hoàn tác {dateTime(r.undoneAt)}</Tag>
        ) : r.undoable ? (
          <Button size="small" danger icon={<UndoOutlined />} onClick={() => onUndo(r)} data-testid="undo-last-import">
            Hoàn tác lần nhập cuối
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<PacketLogRow>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ y: 220 }}
      locale={{ emptyText: <Typography.Text type="secondary">Chưa nhập hay gửi tệp nào.</Typography.Text> }}
      data-testid="packet-log"
    />
  );
}
