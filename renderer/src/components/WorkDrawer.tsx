// One work: what was registered, its dated status history (each entry can be corrected or deleted),
// and the form that records the next change.
import { App, Button, Descriptions, Drawer, Form, Input, Popconfirm, Select, Space, Spin, Switch, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { WorkDetail, WorkRow, WorkUpdate } from '../../../core/api/types.ts';
import { workFlagLabel, workLevelLabel, workStatusLabel } from '../../../core/api/labels.ts';
import { todayIso } from '../../../core/text/dates.ts';
import { registrationEntry } from '../../../core/works/history.ts';
import { earliestStatusDate, nextStatuses } from '../../../core/works/rules.ts';
import { call } from '../api/client.ts';
import { dateShort } from '../format.ts';
import { DateInput, dateRule } from './DateInput.tsx';
import { showApiError } from './formErrors.ts';
import { HistoryEntryModal } from './HistoryEntryModal.tsx';
import { useFormSave } from './useFormSave.ts';
import { StatusTag } from './workLook.tsx';

type Status = WorkRow['status'];

interface StatusValues {
  status: Status;
  date: string;
  note: string;
}

interface Props {
  workId: number;
  /** The campaign's last day: a closed campaign's changes are dated inside it, not today. */
  campaignEnd?: string;
  onClose: () => void;
  onChanged: () => void;
  onEdit: (w: WorkDetail) => void;
}

export function WorkDrawer({ workId, campaignEnd, onClose, onChanged, onEdit }: Props) {
  const { message } = App.useApp();
  const [work, setWork] = useState<WorkDetail | null>(null);
  const [form] = Form.useForm<StatusValues>();
  const [correcting, setCorrecting] = useState<WorkUpdate | null>(null);

  useEffect(() => {
    call('works.get', { id: workId })
      .then(setWork)
      .catch((e) => {
        showApiError(e, message);
        onClose();
      });
  }, [workId, message, onClose]);

  // Core refuses a change dated before the last one recorded: the picker starts there.
  const earliest = work ? earliestStatusDate(work.registeredOn, work.updates.map((u) => u.date)) : undefined;

  useEffect(() => {
    if (!work || !earliest) return;
    let date = todayIso();
    if (campaignEnd && date > campaignEnd) date = campaignEnd;
    if (date < earliest) date = earliest;
    form.setFieldsValue({ status: nextStatuses(work.status)[0], date, note: '' });
  }, [work, earliest, form, campaignEnd]);

  const changed = (updated: WorkDetail) => {
    setWork(updated);
    onChanged();
  };

  const { saving, submit } = useFormSave(form, async (v) => {
    changed(await call('works.setStatus', { id: workId, status: v.status, date: v.date, note: v.note ?? '' }));
    void message.success(`Đã chuyển sang "${workStatusLabel[v.status]}" từ ngày ${dateShort(v.date)}.`);
  });

  const removeEntry = async (u: WorkUpdate) => {
    try {
      changed(await call('works.removeHistory', { id: u.id }));
      void message.success(`Đã xóa dòng "${workStatusLabel[u.status]}" ngày ${dateShort(u.date)}.`);
    } catch (e) {
      showApiError(e, message);
    }
  };
  const registration = work ? registrationEntry(work.updates) : undefined;

  return (
    <Drawer
      open
      size={640}
      title="Công trình, phần việc"
      onClose={onClose}
      extra={work ? <Button onClick={() => onEdit(work)}>Sửa</Button> : null}
      data-testid="work-drawer"
    >
      {!work ? (
        <Spin />
      ) : (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="work-title">
            {work.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'unit', label: 'Đơn vị', span: 2, children: `${work.unitName} (${work.unitCode})` },
              { key: 'field', label: 'Lĩnh vực', children: work.field || '—' },
              { key: 'level', label: 'Cấp', children: workLevelLabel[work.level] },
              { key: 'target', label: 'Chỉ tiêu', span: 2, children: work.target || '—' },
              { key: 'due', label: 'Thời hạn', children: dateShort(work.dueDate) || '—' },
              { key: 'owner', label: 'Người phụ trách', children: work.owner || '—' },
              { key: 'registered', label: 'Ngày đăng ký', children: dateShort(work.registeredOn) },
              {
                key: 'status',
                label: 'Trạng thái',
                children: (
                  <>
                    <span data-testid="work-status">
                      <StatusTag status={work.status} />
                    </span>
                    {work.completedOn ? ` ngày ${dateShort(work.completedOn)}` : ''}
                  </>
                ),
              },
              {
                key: 'featured',
                label: 'Tiêu biểu',
                span: 2,
                children: (
                  <Space>
                    <Switch
                      checked={work.featured}
                      disabled={work.status === 'huy' && !work.featured}
                      aria-label="Công trình tiêu biểu"
                      data-testid="work-featured"
                      onChange={(featured) =>
                        void call('works.setFeatured', { id: workId, featured })
                          .then((updated) => {
                            setWork(updated);
                            onChanged();
                          })
                          .catch((e) => showApiError(e, message))
                      }
                    />
                    <Typography.Text type="secondary">Đưa vào bảng công trình tiêu biểu của báo cáo</Typography.Text>
                  </Space>
                ),
              },
              ...(work.flags.length
                ? [{ key: 'flags', label: 'Cần xem lại', span: 2, children: work.flags.map((f) => workFlagLabel[f]).join('; ') }]
                : []),
              ...(work.carriedFrom
                ? [{ key: 'from', label: 'Chuyển tiếp từ', span: 2, children: `Công trình số ${work.carriedFrom} của đợt trước` }]
                : []),
              ...(work.carriedTo.length
                ? [{ key: 'to', label: 'Đã chuyển tiếp sang', span: 2, children: work.carriedTo.map((c) => c.campaignName).join('; ') }]
                : []),
            ]}
          />

          <Typography.Title level={5}>Cập nhật trạng thái</Typography.Title>
          <Form form={form} layout="inline" onFinish={submit} className="inline-form" data-testid="status-form">
            <Form.Item name="status" rules={[{ required: true, message: 'Chọn trạng thái' }]}>
              <Select
                style={{ width: 170 }}
                aria-label="Trạng thái mới"
                data-testid="status-select"
                options={nextStatuses(work.status).map((s) => ({ value: s, label: workStatusLabel[s] }))}
              />
            </Form.Item>
            <Form.Item
              name="date"
              label="Ngày"
              rules={[
                { required: true, message: 'Nhập ngày' },
                dateRule({ min: earliest, minReason: earliest ? `không được trước ${dateShort(earliest)} (lần cập nhật gần nhất)` : undefined }),
              ]}
            >
              <DateInput allowClear={false} minDate={earliest} aria-label="Ngày cập nhật" data-testid="status-date" />
            </Form.Item>
            <Form.Item name="note" style={{ flex: 1, minWidth: 160 }}>
              <Input placeholder="Ghi chú, minh chứng" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="status-save">
              Ghi nhận
            </Button>
          </Form>

          <Typography.Title level={5}>Lịch sử</Typography.Title>
          <Timeline
            data-testid="work-history"
            items={[...work.updates].reverse().map((u) => ({
              key: u.id,
              color: u.status === 'hoan_thanh' ? 'green' : u.status === 'khong_hoan_thanh' ? 'red' : 'blue',
              content: (
                <Space orientation="vertical" size={0}>
                  <Space size={4} wrap>
                    <span>
                      <b>{dateShort(u.date)}</b> — {workStatusLabel[u.status]}
                    </span>
                    <Button size="small" type="link" onClick={() => setCorrecting(u)} data-testid="history-edit">
                      sửa
                    </Button>
                    {u.id === registration?.id ? null : (
                      <Popconfirm
                        title="Xóa dòng lịch sử này?"
                        description={`${dateShort(u.date)} — ${workStatusLabel[u.status]}. Trạng thái của công trình theo dòng mới nhất còn lại.`}
                        okText="Xóa"
                        okButtonProps={{ danger: true }}
                        cancelText="Không"
                        onConfirm={() => removeEntry(u)}
                      >
                        <Button size="small" type="link" danger data-testid="history-remove">
                          xóa
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                  {u.note ? <Typography.Text type="secondary">{u.note}</Typography.Text> : null}
                </Space>
              ),
            }))}
          />
          {correcting ? (
            <HistoryEntryModal
              work={work}
              entry={correcting}
              onClose={() => setCorrecting(null)}
              onSaved={(updated) => {
                setCorrecting(null);
                changed(updated);
                void message.success('Đã sửa dòng lịch sử.');
              }}
            />
          ) : null}
        </>
      )}
    </Drawer>
  );
}
