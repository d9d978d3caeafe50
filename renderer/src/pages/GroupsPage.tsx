// Khối, cụm thi đua and their members. Roles carry dates: ending a membership keeps it as history, so a
// yearly rotation of trưởng/phó khối can be read back later.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Empty, Form, Modal, Popconfirm, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { GroupDetail, GroupRow, MemberRow } from '../../../core/api/types.ts';
import { groupKindLabel, memberRoleLabel } from '../../../core/api/labels.ts';
import { compareVi } from '../../../core/text/collate.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { earliestEndDate, isMemberOn, isOpenOn } from '../../../core/org/rules.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { ExportExcelButton } from '../components/ExportExcelButton.tsx';
import { showApiError } from '../components/formErrors.ts';
import { clamped } from '../components/tableText.tsx';
import { GroupFormModal } from '../components/GroupFormModal.tsx';
import { GroupKindTag } from '../components/groupLook.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useViewportHeight } from '../components/useViewportHeight.ts';
import { dateShort } from '../format.ts';
import { routeParam } from '../state/route.ts';

type KindFilter = 'all' | 'khoi' | 'cum';
const ROLE_COLORS: Record<MemberRow['role'], string> = { truong: 'red', pho: 'orange', thanh_vien: 'default' };

interface AddValues {
  unitId: number;
  role: MemberRow['role'];
  validFrom: string;
}

interface CardProps {
  groupId: number;
  onChanged: () => void;
  onEdit: (g: GroupRow) => void;
  onRemoved: (g: GroupRow) => void;
}

function MembersCard({ groupId, onChanged, onEdit, onRemoved }: CardProps) {
  const { message } = App.useApp();
  const detail = useQuery('org.getGroup', { id: groupId });
  const [showHistory, setShowHistory] = useState(false);
  const [ending, setEnding] = useState<MemberRow | null>(null);
  const [form] = Form.useForm<AddValues>();
  const [endForm] = Form.useForm<{ validTo: string }>();
  const today = todayIso();

  const apply = (g: GroupDetail) => {
    void detail.reload();
    onChanged();
    return g;
  };

  const add = async (v: AddValues) => {
    try {
      apply(await call('org.addMember', { groupId, unitId: v.unitId, role: v.role, validFrom: v.validFrom }));
      form.resetFields(['unitId']);
      void message.success('Đã thêm đơn vị vào khối, cụm.');
    } catch (e) {
      showApiError(e, message, form);
    }
  };

  const end = async () => {
    if (!ending) return;
    let validTo: string;
    try {
      ({ validTo } = await endForm.validateFields());
    } catch {
      return;
    }
    try {
      apply(await call('org.endMember', { memberId: ending.id, validTo }));
      void message.success(`Đã kết thúc vai trò của "${ending.unitName}" từ ${dateShort(validTo)}.`);
      setEnding(null);
    } catch (e) {
      showApiError(e, message, endForm);
    }
  };

  const remove = async (group: GroupRow) => {
    try {
      await call('org.removeGroup', { id: group.id });
      void message.success(`Đã xóa ${groupKindLabel[group.kind].toLowerCase()} "${group.name}".`);
      onRemoved(group);
    } catch (e) {
      // Core says what holds it (its members, past ones included).
      showApiError(e, message);
    }
  };

  const g = detail.data;
  const current = (m: MemberRow) => isMemberOn(m, today);
  const members = (g?.members ?? []).filter((m) => showHistory || isOpenOn(m, today));

  const columns: ColumnsType<MemberRow> = [
    { title: 'Mã', dataIndex: 'unitCode', width: 76, ellipsis: { showTitle: true } },
    { title: 'Đơn vị', dataIndex: 'unitName', render: clamped, sorter: (a, b) => compareVi(a.unitName, b.unitName) },
    {
      title: 'Vai trò',
      dataIndex: 'role',
      width: 104,
      render: (r: MemberRow['role']) => <Tag color={ROLE_COLORS[r]}>{memberRoleLabel[r]}</Tag>,
      sorter: (a, b) => a.role.localeCompare(b.role),
    },
    // One column for the dates, so the unit's name keeps room in the card beside the list.
    {
      title: 'Thời gian',
      key: 'period',
      width: 170,
      render: (_, m) => `${dateShort(m.validFrom)} – ${m.validTo ? dateShort(m.validTo) : 'nay'}`,
      sorter: (a, b) => a.validFrom.localeCompare(b.validFrom),
    },
    {
      title: '',
      key: 'actions',
      width: 96,
      render: (_, m) =>
        m.validTo === null ? (
          <Button size="small" type="link" onClick={() => setEnding(m)}>
            Kết thúc
          </Button>
        ) : current(m) ? null : (
          <Typography.Text type="secondary">Đã kết thúc</Typography.Text>
        ),
    },
  ];

  if (!g) return <Card loading size="small" />;
  return (
    <Card
      size="small"
      title={
        <Space>
          <GroupKindTag kind={g.kind} />
          <span data-testid="group-title">{g.name}</span>
          <Typography.Text type="secondary">({g.code})</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Checkbox checked={showHistory} onChange={(e) => setShowHistory(e.target.checked)}>
            Hiện cả lịch sử
          </Checkbox>
          <Button size="small" onClick={() => onEdit(g)}>
            Sửa
          </Button>
          <Popconfirm
            title={`Xóa ${groupKindLabel[g.kind].toLowerCase()} "${g.name}"?`}
            description="Chỉ xóa được khối, cụm tạo nhầm, chưa có thành viên nào (kể cả đã kết thúc)."
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => remove(g)}
          >
            <Button size="small" danger data-testid="remove-group">
              Xóa
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Form
        form={form}
        layout="inline"
        onFinish={(v) => void add(v)}
        initialValues={{ role: 'thanh_vien', validFrom: today }}
        className="inline-form"
        data-testid="add-member-form"
      >
        <Form.Item name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]} style={{ width: 300 }}>
          <UnitSelect aria-label="Đơn vị" />
        </Form.Item>
        <Form.Item name="role" rules={[{ required: true, message: 'Chọn vai trò' }]}>
          <Select
            style={{ width: 120 }}
            aria-label="Vai trò"
            options={Object.entries(memberRoleLabel).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="validFrom" label="Từ ngày" rules={[{ required: true, message: 'Nhập ngày bắt đầu' }, dateRule()]}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />}>
          Thêm thành viên
        </Button>
      </Form>
      <Table<MemberRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={members}
        pagination={false}
        scroll={{ y: 460 }}
        rowClassName={(m) => (current(m) ? '' : 'row-inactive')}
        style={{ marginTop: 8 }}
        data-testid="members-table"
      />
      <Modal
        open={ending !== null}
        title={ending ? `Kết thúc vai trò ${memberRoleLabel[ending.role].toLocaleLowerCase('vi')} của "${ending.unitName}"` : ''}
        okText="Kết thúc"
        cancelText="Hủy"
        onOk={() => void end()}
        onCancel={() => setEnding(null)}
        afterClose={() => endForm.resetFields()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          Vai trò được giữ lại trong lịch sử của khối, cụm; đơn vị không còn là thành viên kể từ ngày dưới đây.
        </Typography.Paragraph>
        <Form form={endForm} layout="inline" initialValues={{ validTo: today }} onFinish={() => void end()}>
          <Form.Item
            name="validTo"
            label="Từ ngày"
            rules={[
              { required: true, message: 'Nhập ngày kết thúc' },
              dateRule({
                min: ending ? earliestEndDate(ending) : undefined,
                minReason: ending ? `kết thúc phải sau ngày bắt đầu ${dateShort(ending.validFrom)}` : undefined,
              }),
            ]}
          >
            <DateInput minDate={ending ? earliestEndDate(ending) : undefined} allowClear={false} aria-label="Ngày kết thúc" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

export function GroupsPage() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<KindFilter>('all');
  const groups = useQuery('org.listGroups', kind === 'all' ? {} : { kind });
  // A group the dashboard pointed at is the one shown.
  const [selected, setSelected] = useState<number | null>(() => Number(routeParam('group')) || null);
  const [editing, setEditing] = useState<GroupRow | 'new' | null>(null);
  // Bumped after an edit so the detail card reads the group again.
  const [version, setVersion] = useState(0);
  const height = useViewportHeight(190);

  useEffect(() => {
    if (groups.error) showApiError(groups.error, message);
  }, [groups.error, message]);
  useEffect(() => {
    const list = groups.data ?? [];
    if (list.length && !list.some((g) => g.id === selected)) setSelected(list[0].id);
  }, [groups.data, selected]);

  const columns = useMemo<ColumnsType<GroupRow>>(
    () => [
      {
        title: 'Tên',
        dataIndex: 'name',
        render: (name: string, g) => (
          <>
            <GroupKindTag kind={g.kind} />
            {name}
          </>
        ),
        sorter: (a, b) => compareVi(a.name, b.name),
      },
      { title: 'Số đơn vị', dataIndex: 'memberCount', width: 96, align: 'right' },
      {
        title: 'Trưởng khối, cụm',
        dataIndex: 'leader',
        width: 180,
        render: (l: string | null) => clamped(l) ?? <Typography.Text type="secondary">Chưa có</Typography.Text>,
      },
    ],
    [],
  );

  return (
    <div className="page" data-testid="groups-page">
      <PageTitle
        extra={
          <Space>
            <ExportExcelButton args={kind === 'all' ? { list: 'groups' } : { list: 'groups', kind }} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              Thêm khối, cụm
            </Button>
          </Space>
        }
      >
        Khối, cụm thi đua
      </PageTitle>
      <Row gutter={12}>
        <Col xs={24} xl={10}>
          <Segmented<KindFilter>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: 'Tất cả' },
              { value: 'khoi', label: 'Khối' },
              { value: 'cum', label: 'Cụm' },
            ]}
            style={{ marginBottom: 8 }}
          />
          <Table<GroupRow>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={groups.data ?? []}
            loading={groups.loading && !groups.data}
            pagination={false}
            scroll={{ y: height }}
            onRow={(g) => ({ onClick: () => setSelected(g.id) })}
            rowClassName={(g) => (g.id === selected ? 'row-selected' : 'row-clickable')}
            data-testid="groups-table"
          />
        </Col>
        <Col xs={24} xl={14}>
          {selected ? (
            <MembersCard
              key={`${selected}-${version}`}
              groupId={selected}
              onChanged={() => void groups.reload()}
              onEdit={(g) => setEditing(g)}
              onRemoved={() => {
                setSelected(null);
                void groups.reload();
              }}
            />
          ) : (
            <Empty description="Chưa có khối, cụm nào." />
          )}
        </Col>
      </Row>
      {editing ? (
        <GroupFormModal
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(g) => {
            setEditing(null);
            setSelected(g.id);
            setVersion((n) => n + 1);
            void message.success(`Đã lưu "${g.name}".`);
            void groups.reload();
          }}
        />
      ) : null}
    </div>
  );
}
