import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** One line per screen: its name on the left, its main controls on the right. */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-title">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {children}
      </Typography.Title>
      <div className="page-title-extra">{extra}</div>
    </div>
  );
}
