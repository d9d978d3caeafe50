// What the date rules advise against without refusing (a giấy mời under 3 working days before its
// meeting, a meeting or a deadline on a day off): shown above the file they came with, so the user
// decides before sending it.
import { Alert } from 'antd';

export function DateWarnings({ warnings }: { warnings: readonly string[] | undefined }) {
  if (!warnings?.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title="Ngày tháng cần xem lại"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
      data-testid="date-warnings"
    />
  );
}
