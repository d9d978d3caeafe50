// Choosing the participants of a campaign: often hundreds of units, so a count on the form and a
// searchable, virtual checklist in a dialog rather than hundreds of tags. Units that stopped working
// are not offered, nor taken by "Chọn tất cả"; one already taking part stays listed, marked, and can
// be taken out.
import { Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitRow } from '../../../core/api/types.ts';
import { unitKindLabel } from '../../../core/api/labels.ts';
import { fold, matchesFolded } from '../../../core/text/fold.ts';
import { useQuery } from '../api/useQuery.ts';
import { num } from '../format.ts';
import { INACTIVE } from './UnitSelect.tsx';
import { SearchBox } from './SearchBox';

interface Props {
  value?: number[];
  onChange?: (ids: number[]) => void;
}

export function UnitMultiPicker({ value = [], onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<number[]>([]);
  const [query, setQuery] = useState('');
  const units = useQuery('org.listUnits', open ? { includeInactive: true } : null);

  // Inactive units only as the campaign already holds them (value, not the draft: unticking one
  // keeps it in the list until the dialog closes, so it can be ticked back).
  const indexed = useMemo(() => {
    const taking = new Set(value);
    return (units.data ?? [])
      .filter((u) => u.active || taking.has(u.id))
      .map((u) => ({ unit: u, key: fold(`${u.name} ${u.shortName} ${u.code}`) }));
  }, [units.data, value]);
  const visible = useMemo(
    () => (query.trim() ? indexed.filter((x) => matchesFolded(x.key, query)) : indexed).map((x) => x.unit),
    [indexed, query],
  );

  const show = () => {
    setDraft(value);
    setQuery('');
    setOpen(true);
  };
  const visibleIds = visible.map((u) => u.id);
  const visibleActiveIds = visible.filter((u) => u.active).map((u) => u.id);

  return (
    <>
      <Space>
        <Typography.Text data-testid="participant-count">{num(value.length)} đơn vị tham gia</Typography.Text>
        <Button size="small" onClick={show}>
          Chọn đơn vị…
        </Button>
      </Space>
      <Modal
        open={open}
        title="Đơn vị tham gia đợt thi đua"
        width={760}
        okText={`Chọn ${num(draft.length)} đơn vị`}
        cancelText="Hủy"
        onOk={() => {
          onChange?.(draft);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space style={{ marginBottom: 8 }} wrap>
          <SearchBox
            value={query}
            onChange={setQuery}
            placeholder="Tìm đơn vị"
            label="Tìm đơn vị"
            width={300}
          />
          <Button size="small" onClick={() => setDraft([...new Set([...draft, ...visibleActiveIds])])}>
            Chọn tất cả {query.trim() ? 'kết quả' : ''}
          </Button>
          <Button size="small" onClick={() => setDraft(draft.filter((id) => !visibleIds.includes(id)))}>
            Bỏ chọn {query.trim() ? 'kết quả' : 'tất cả'}
          </Button>
        </Space>
        <Table<UnitRow>
          size="small"
          rowKey="id"
          virtual
          loading={units.loading}
          pagination={false}
          scroll={{ y: 420, x: 700 }}
          dataSource={visible}
          rowSelection={{
            selectedRowKeys: draft,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setDraft(keys as number[]),
          }}
          columns={[
            { title: 'Mã', dataIndex: 'code', width: 100 },
            {
              title: 'Tên đơn vị',
              dataIndex: 'name',
              width: 380,
              render: (name: string, u: UnitRow) =>
                u.active ? (
                  name
                ) : (
                  <>
                    {name} <Tag>{INACTIVE}</Tag>
                  </>
                ),
            },
            { title: 'Loại', dataIndex: 'kind', width: 130, render: (k: UnitRow['kind']) => unitKindLabel[k] },
          ]}
        />
      </Modal>
    </>
  );
}
