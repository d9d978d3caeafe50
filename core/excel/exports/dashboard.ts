// Tổng quan to Excel: every table of the dashboard at its date, one sheet each — the headline figures,
// by khối/cụm with the "Tổng cộng" row, by lĩnh vực, the units not reported, the overdue works and the
// milestones ahead — from the one stats.campaign the page shows, so each figure matches the screen.
import { groupKindLabel, milestoneLabel, workLevelLabel } from '../../api/labels.ts';
import type { CampaignStats, FieldStats, GroupStats, UpcomingMilestone } from '../../api/types.ts';
import type { ListExport } from '../book.ts';
import { type Column, layoutList, type ListSheet } from '../layout.ts';
import { campaignFigures, figuresCaption, rate } from './campaign-figures.ts';
import { overdueSheet } from './overdue.ts';
import { unreportedSheet } from './unreported.ts';

interface Figure {
  label: string;
  value: number;
  /** The whole the value is a part of, for its rate. */
  of?: number;
}

function summarySheet(s: CampaignStats): ListSheet {
  const figures: Figure[] = [
    { label: 'Đơn vị tham gia', value: s.units.registered },
    { label: 'Đơn vị có báo cáo', value: s.units.reported, of: s.units.registered },
    { label: 'Đơn vị có đăng ký công trình', value: s.works.units, of: s.units.registered },
    { label: 'Công trình, phần việc đăng ký', value: s.works.registered },
    { label: 'Công trình, phần việc hoàn thành', value: s.works.completed, of: s.works.registered },
    ...s.works.byLevel.map((l) => ({ label: `Công trình ${workLevelLabel[l.level].toLocaleLowerCase('vi')} hoàn thành`, value: l.completed, of: l.registered })),
    { label: 'Công trình quá hạn, chưa hoàn thành', value: s.works.overdue, of: s.works.registered },
    { label: 'Số khối thi đua', value: s.groups.khoi },
    { label: 'Số cụm thi đua', value: s.groups.cum },
    { label: 'Đơn vị tham gia chưa xếp khối, cụm', value: s.ungroupedUnits, of: s.units.registered },
  ];
  const columns: Column<Figure>[] = [
    { header: 'Chỉ tiêu', kind: 'text', value: (f) => f.label },
    { header: 'Số lượng', kind: 'integer', value: (f) => f.value },
    { header: 'Trên tổng số', kind: 'integer', value: (f) => f.of },
    { header: 'Tỷ lệ', kind: 'percent', value: (f) => (f.of === undefined ? null : rate(s, f.value, f.of)) },
  ];
  return layoutList('Tổng hợp', columns, figures, { caption: ['Tổng hợp kết quả', ...figuresCaption(s)] });
}

function groupSheet(s: CampaignStats): ListSheet {
  // The total row is the dashboard's "Tổng cộng": every unit in a khối or cụm counted once.
  const total: GroupStats = { ...s.groupTotal, id: 0, kind: 'khoi', name: 'Tổng cộng' };
  const columns: Column<GroupStats>[] = [
    { header: 'Khối, cụm', kind: 'text', value: (g) => (g === total ? '' : groupKindLabel[g.kind]) },
    { header: 'Tên khối, cụm', kind: 'text', value: (g) => g.name },
    { header: 'Số đơn vị', kind: 'integer', value: (g) => g.units },
    { header: 'Đơn vị có báo cáo', kind: 'integer', value: (g) => g.reported },
    { header: 'Tỷ lệ báo cáo', kind: 'percent', value: (g) => rate(s, g.reported, g.units) },
    { header: 'Số công trình', kind: 'integer', value: (g) => g.works },
    { header: 'Công trình hoàn thành', kind: 'integer', value: (g) => g.completed },
    { header: 'Tỷ lệ hoàn thành', kind: 'percent', value: (g) => rate(s, g.completed, g.works) },
  ];
  const note = s.ungroupedUnits ? `${s.ungroupedUnits} đơn vị tham gia chưa xếp khối, cụm nên không có trong bảng` : '';
  return layoutList('Theo khối, cụm', columns, s.byGroup, { caption: ['Kết quả theo khối, cụm', ...figuresCaption(s), note], total });
}

function fieldSheet(s: CampaignStats): ListSheet {
  const columns: Column<FieldStats>[] = [
    { header: 'Lĩnh vực', kind: 'text', value: (f) => f.field || 'Chưa ghi lĩnh vực' },
    { header: 'Số công trình', kind: 'integer', value: (f) => f.works },
    { header: 'Công trình hoàn thành', kind: 'integer', value: (f) => f.completed },
    { header: 'Tỷ lệ hoàn thành', kind: 'percent', value: (f) => rate(s, f.completed, f.works) },
  ];
  return layoutList('Theo lĩnh vực', columns, s.byField, { caption: ['Kết quả theo lĩnh vực', ...figuresCaption(s)] });
}

function milestoneSheet(s: CampaignStats): ListSheet {
  const columns: Column<UpcomingMilestone>[] = [
    { header: 'Mốc thời gian', kind: 'text', value: (m) => m.label || milestoneLabel[m.kind] },
    { header: 'Ngày', kind: 'date', value: (m) => m.date },
    { header: 'Còn (ngày)', kind: 'integer', value: (m) => m.daysLeft },
  ];
  return layoutList('Mốc thời gian', columns, s.milestones, { caption: ['Mốc thời gian tiếp theo', ...figuresCaption(s)] });
}

export const exportDashboard: ListExport<'dashboard'> = async (ctx, a) => {
  const s = await campaignFigures(ctx, a);
  return {
    title: `Tổng quan ${s.campaign.name}`,
    sheets: [summarySheet(s), groupSheet(s), fieldSheet(s), unreportedSheet(s), overdueSheet(s), milestoneSheet(s)],
  };
};
