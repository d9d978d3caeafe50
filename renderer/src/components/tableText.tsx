// Long text in a table cell: at most two lines, then "…", the whole in the tooltip. One line cut
// "Ủy ban nhân dân phường Linh Trung" and "Ủy ban nhân dân phường Linh Xuân" to the same "Ủy ban nhân…".
import { Typography } from 'antd';

export function clamped(text: string | null | undefined) {
  return text ? (
    <span className="clamp-2" title={text}>
      {text}
    </span>
  ) : null;
}

/** The same, as a link that opens the row's item. */
export function ClampedLink({ text, onOpen, testId }: { text: string; onOpen: () => void; testId?: string }) {
  return (
    <Typography.Link className="clamp-2" title={text} onClick={onOpen} data-testid={testId}>
      {text}
    </Typography.Link>
  );
}
