// One editable section of a document: the text the app wrote (or the user's saved rewrite), a mark when
// it differs from the app's own, and a way back to the app's text.
import { UndoOutlined } from '@ant-design/icons';
import { Button, Input, Space, Tag, Typography } from 'antd';
import type { DocumentSection } from '../../../core/api/types.ts';

interface Props {
  section: DocumentSection;
  /** Unsaved text typed here, if any. */
  draft: string | undefined;
  error?: string;
  onChange: (text: string) => void;
}

export function SectionEditor({ section, draft, error, onChange }: Props) {
  const value = draft ?? section.text;
  const edited = value.trim() !== section.defaultText.trim();
  const unsaved = draft !== undefined && draft !== section.text;
  const id = `section-${section.key}`;
  return (
    <div className="section-editor" data-testid={id}>
      <div className="section-editor-head">
        <label htmlFor={id}>
          <Typography.Text strong>{section.label}</Typography.Text>
        </label>
        <Space size={4}>
          {edited ? <Tag color="orange">Đã sửa</Tag> : null}
          {unsaved ? <Tag color="blue">Chưa lưu</Tag> : null}
          <Button
            size="small"
            type="text"
            icon={<UndoOutlined aria-hidden />}
            disabled={!edited}
            onClick={() => onChange(section.defaultText)}
            title="Đặt lại nội dung do chương trình soạn từ số liệu"
          >
            Khôi phục
          </Button>
        </Space>
      </div>
      <Input.TextArea
        id={id}
        value={value}
        status={error ? 'error' : undefined}
        autoSize={{ minRows: 2, maxRows: 14 }}
        placeholder="Để trống: văn bản không có mục này."
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? <div className="section-editor-error">{error}</div> : null}
    </div>
  );
}
