// One headline figure of the dashboard: "118/254", its percentage and a thin bar.
import { Card, Progress } from 'antd';
import type { ReactNode } from 'react';
import { num } from '../format.ts';

interface Props {
  title: string;
  part?: number;
  whole?: number;
  /** Already formatted by core ("46,46%"), honouring the round/truncate setting. */
  percent?: string;
  /** For a figure without a ratio (e.g. overdue works). */
  value?: ReactNode;
  footer?: ReactNode;
  tone?: 'normal' | 'warning';
  testId: string;
}

export function StatCard({ title, part, whole, percent, value, footer, tone = 'normal', testId }: Props) {
  const ratio = part !== undefined && whole ? (part / whole) * 100 : 0;
  return (
    <Card size="small" className={`stat-card stat-card-${tone}`} data-testid={testId}>
      <div className="stat-title">{title}</div>
      {/* Words ("25 khối, 04 cụm") take a smaller size than a bare figure so the card keeps one line. */}
      <div className={typeof value === 'string' && /\p{L}/u.test(value) ? 'stat-value stat-value-text' : 'stat-value'}>
        {value ?? (
          <>
            <span data-testid={`${testId}-ratio`}>
              {num(part ?? 0)}/{num(whole ?? 0)}
            </span>
            {percent ? (
              <span className="stat-percent" data-testid={`${testId}-percent`}>
                {percent}
              </span>
            ) : null}
          </>
        )}
      </div>
      {value === undefined ? <Progress percent={ratio} showInfo={false} size="small" /> : null}
      {footer ? <div className="stat-footer">{footer}</div> : null}
    </Card>
  );
}
