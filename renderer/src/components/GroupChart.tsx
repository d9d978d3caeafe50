// Bars by khối/cụm: share of units that reported and of works completed. Plain SVG, one row per group,
// so thirty groups stay legible without a chart library.
import type { ReactNode } from 'react';
import type { GroupStats } from '../../../core/api/types.ts';
import { groupKindLabel } from '../../../core/api/labels.ts';
import { GROUP_KIND_ORDER } from '../../../core/org/rules.ts';

const ROW = 26;
const LABEL = 210;
const BAR_AREA = 300;
const VALUE = 56;
const WIDTH = LABEL + BAR_AREA + VALUE;

function Row({ g, y }: { g: GroupStats; y: number }) {
  const reported = g.units ? (g.reported / g.units) * BAR_AREA : 0;
  const completed = g.works ? (g.completed / g.works) * BAR_AREA : 0;
  return (
    <g transform={`translate(0, ${y})`}>
      <title>
        {`${g.name}: ${g.reported}/${g.units} đơn vị có báo cáo (${g.reportedPercent}); ${g.completed}/${g.works} công trình hoàn thành (${g.completedPercent})`}
      </title>
      <text x={LABEL - 8} y={ROW / 2} dy="0.35em" textAnchor="end" className="chart-label">
        {g.name.length > 32 ? `${g.name.slice(0, 31)}…` : g.name}
      </text>
      <rect x={LABEL} y={3} width={BAR_AREA} height={9} className="chart-track" />
      <rect x={LABEL} y={3} width={reported} height={9} className="chart-bar-reported" />
      <rect x={LABEL} y={14} width={BAR_AREA} height={9} className="chart-track" />
      <rect x={LABEL} y={14} width={completed} height={9} className="chart-bar-completed" />
      <text x={LABEL + BAR_AREA + 6} y={7.5} dy="0.35em" className="chart-value">
        {g.reportedPercent}
      </text>
      <text x={LABEL + BAR_AREA + 6} y={18.5} dy="0.35em" className="chart-value">
        {g.completedPercent}
      </text>
    </g>
  );
}

export function GroupChart({ groups }: { groups: GroupStats[] }) {
  const kinds = GROUP_KIND_ORDER.filter((k) => groups.some((g) => g.kind === k));
  let y = 0;
  const rows: ReactNode[] = [];
  for (const kind of kinds) {
    rows.push(
      <text key={`h-${kind}`} x={0} y={y + 14} className="chart-heading">
        {groupKindLabel[kind]}
      </text>,
    );
    y += 20;
    for (const g of groups.filter((x) => x.kind === kind)) {
      rows.push(<Row key={g.id} g={g} y={y} />);
      y += ROW;
    }
    y += 6;
  }
  return (
    <div className="group-chart" data-testid="group-chart">
      <div className="chart-legend">
        <span className="legend-swatch chart-bar-reported" /> Đơn vị có báo cáo
        <span className="legend-swatch chart-bar-completed" /> Công trình hoàn thành
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${y}`}
        width="100%"
        role="img"
        aria-label="Biểu đồ tỷ lệ báo cáo và hoàn thành theo khối, cụm thi đua"
      >
        {rows}
      </svg>
    </div>
  );
}
