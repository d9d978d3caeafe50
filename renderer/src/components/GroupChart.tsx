// Bars by khối/cụm: share of units that reported and of works completed. Plain HTML, one row per
// group, so thirty groups stay legible without a chart library and its text keeps the page's size
// however narrow the card (an SVG scaled to the card shrank 11 px labels to 8 px at 1366 px wide).
import { Typography } from 'antd';
import { Fragment } from 'react';
import type { GroupStats } from '../../../core/api/types.ts';
import { groupKindLabel } from '../../../core/api/labels.ts';
import { GROUP_KIND_ORDER } from '../../../core/org/rules.ts';

function Bar({ part, whole, className }: { part: number; whole: number; className: string }) {
  return (
    <div className="chart-track">
      <span className={className} style={{ width: `${whole ? (part / whole) * 100 : 0}%` }} />
    </div>
  );
}

function Row({ g, onOpen }: { g: GroupStats; onOpen: (id: number) => void }) {
  const title = `${g.name}: ${g.reported}/${g.units} đơn vị có báo cáo (${g.reportedPercent}); ${g.completed}/${g.works} công trình hoàn thành (${g.completedPercent})`;
  return (
    <>
      <Typography.Link className="chart-label" title={title} onClick={() => onOpen(g.id)} data-testid="chart-group">
        {g.name}
      </Typography.Link>
      <div className="chart-bars" title={title}>
        <Bar part={g.reported} whole={g.units} className="chart-bar-reported" />
        <Bar part={g.completed} whole={g.works} className="chart-bar-completed" />
      </div>
      <div className="chart-values" data-testid="chart-value">
        <span>{g.reportedPercent}</span>
        <span>{g.completedPercent}</span>
      </div>
    </>
  );
}

/** `onOpen` shows a group's members (Khối, cụm thi đua). */
export function GroupChart({ groups, onOpen }: { groups: GroupStats[]; onOpen: (id: number) => void }) {
  const kinds = GROUP_KIND_ORDER.filter((k) => groups.some((g) => g.kind === k));
  return (
    <div className="group-chart" data-testid="group-chart">
      <div className="chart-legend">
        <span className="legend-swatch chart-bar-reported" /> Đơn vị có báo cáo
        <span className="legend-swatch chart-bar-completed" /> Công trình hoàn thành
      </div>
      <div className="chart-rows">
        {kinds.map((kind) => (
          <Fragment key={kind}>
            <div className="chart-heading">{groupKindLabel[kind]}</div>
            {groups
              .filter((g) => g.kind === kind)
              .map((g) => (
                <Row key={g.id} g={g} onOpen={onOpen} />
              ))}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
