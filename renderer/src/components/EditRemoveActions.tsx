// "Sửa" and "Xóa" at the end of a list row, the deletion asked first: every editable list of the app
// (offices, legal bases, issuers, signers, nơi nhận, holidays) says it the same way.
import { Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  onEdit: () => void;
  onRemove: () => unknown;
  /** The question: "Xóa người ký này?". */
  confirm: string;
  /** What the deletion changes, said under the question. */
  consequence?: ReactNode;
  /** Shown between the two, when a row has more to offer. */
  children?: ReactNode;
}

export function EditRemoveActions({ onEdit, onRemove, confirm, consequence, children }: Props) {
  return (
    <Space size={0}>
      <Button size="small" type="link" onClick={onEdit}>
        Sửa
      </Button>
      {children}
      <Popconfirm
        title={confirm}
        description={consequence}
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Không"
        onConfirm={() => void onRemove()}
      >
        <Button size="small" type="link" danger>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );
}
