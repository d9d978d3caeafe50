// Ban hành a dự thảo: "Số" starts at the number the register would give it (shown, so the văn thư can
// type another) and "Ngày ban hành" at today. The year of the register is the issue date's: a date in
// another year asks core for that year's next number, and an untouched "Số" follows it.
import { Form, InputNumber, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { documentLabel } from '../../../core/api/labels.ts';
import type { DocumentFile, IssuedDocument, IssueNumber } from '../../../core/api/types.ts';
import { call, errorMessage } from '../api/client.ts';
import { DateInput } from '../components/DateInput.tsx';
import { useFormSave } from '../components/useFormSave.ts';
import { dateShort } from '../format.ts';

interface Values {
  number: number | null;
  date: string | null;
}

interface Props {
  draft: IssuedDocument;
  onClose: () => void;
  onIssued: (doc: IssuedDocument & DocumentFile) => void;
}

export function IssueModal({ draft, onClose, onIssued }: Props) {
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch('date', form);
  const [next, setNext] = useState<IssueNumber | null>(null);
  const [nextError, setNextError] = useState<string | null>(null);
  const suggestedBefore = useRef<IssueNumber | null>(null);

  useEffect(() => {
    let live = true;
    call('documents.nextNumber', date ? { id: draft.id, date } : { id: draft.id }).then(
      (suggested) => {
        if (!live) return;
        // The number follows the register until the văn thư types one of their own.
        const typed = form.getFieldValue('number') as number | null | undefined;
        if (typed == null || typed === suggestedBefore.current?.number) form.setFieldValue('number', suggested.number);
        if (!form.getFieldValue('date')) form.setFieldValue('date', suggested.date);
        suggestedBefore.current = suggested;
        setNext(suggested);
        setNextError(null);
      },
      (e: unknown) => {
        if (live) setNextError(errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [draft.id, date, form]);

  const { saving, submit } = useFormSave(form, async (v) => {
    const issued = await call('documents.issue', { id: draft.id, number: v.number ?? undefined, date: v.date ?? undefined });
    onIssued(issued);
  });

  return (
    <Modal
      open
      title={`Ban hành ${documentLabel(draft.kind, draft.stage).toLowerCase()}`}
      okText="Ban hành"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Dự thảo{draft.version > 1 ? ` lần ${draft.version}` : ''} ngày {dateShort(draft.date)}: {draft.summary}. Sau khi ban hành, văn bản được cấp
        số, ghi ngày ban hành và không sửa được nữa.
      </Typography.Paragraph>
      {/* A name of its own: the field ids ("issue_date") must not repeat the composer's behind the dialog. */}
      <Form form={form} name="issue" layout="vertical" data-testid="issue-form" onFinish={submit}>
        <div className="form-row">
          <Form.Item
            name="number"
            label="Số"
            className="grow"
            rules={[{ required: true, message: 'Nhập số văn bản' }]}
            extra={
              nextError ?? (next ? `Số tiếp theo trong sổ năm ${next.date.slice(0, 4)}: ${next.numberText}` : 'Đang lấy số tiếp theo…')
            }
          >
            <InputNumber min={1} max={99_999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="date" label="Ngày ban hành" className="grow" rules={[{ required: true, message: 'Nhập ngày ban hành' }]}>
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
