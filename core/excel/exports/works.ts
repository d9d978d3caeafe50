// Công trình to Excel: the works the Công trình page lists for its filter (works.list with the same
// campaign, unit, status, review flag and typed search), every column of a work; flagged.ts exports
// the works that need a second look with the same columns.
import { workFlagLabel, workLevelLabel, workStatusLabel } from '../../api/labels.ts';
import type { WorkRow } from '../../api/types.ts';
import { getCampaign } from '../../campaigns/app.ts';
import type { Context } from '../../context.ts';
import { getUnit } from '../../org/units.ts';
import { listWorks } from '../../works/app.ts';
import { type ExportArgs, type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

export const workColumns: Column<WorkRow>[] = [
  sttColumn(),
  { header: 'Mã đơn vị', kind: 'text', value: (w) => w.unitCode },
  { header: 'Tên đơn vị', kind: 'text', value: (w) => w.unitName },
  { header: 'Tên công trình, phần việc', kind: 'text', value: (w) => w.title },
  { header: 'Lĩnh vực', kind: 'text', value: (w) => w.field },
  { header: 'Cấp', kind: 'text', value: (w) => workLevelLabel[w.level] },
  { header: 'Chỉ tiêu', kind: 'text', value: (w) => w.target },
  { header: 'Thời hạn', kind: 'date', value: (w) => w.dueDate },
  { header: 'Người phụ trách', kind: 'text', value: (w) => w.owner },
  { header: 'Tình trạng', kind: 'text', value: (w) => workStatusLabel[w.status] },
  { header: 'Ngày đăng ký', kind: 'date', value: (w) => w.registeredOn },
  { header: 'Ngày hoàn thành', kind: 'date', value: (w) => w.completedOn },
  { header: 'Cần xem lại', kind: 'text', value: (w) => w.flags.map((f) => workFlagLabel[f]).join('; ') },
];

/** The caption under the title: the campaign, then each filter set on the page. */
export async function worksCaption(ctx: Context, a: ExportArgs<'works' | 'flagged'>): Promise<string[]> {
  const campaign = await getCampaign(ctx, a.campaignId);
  return [
    `Đợt thi đua: ${campaign.name}`,
    a.unitId === undefined ? '' : `Đơn vị: ${(await getUnit(ctx, a.unitId)).name}`,
    a.status ? `Tình trạng: ${workStatusLabel[a.status]}` : '',
    a.flag ? `Cần xem lại: ${workFlagLabel[a.flag]}` : '',
    a.query?.trim() ? `Tìm: ${a.query.trim()}` : '',
  ];
}

export const exportWorks: ListExport<'works'> = async (ctx, a) => {
  const { list: _, ...filter } = a;
  const works = await listWorks(ctx, filter);
  const title = 'Danh sách công trình, phần việc';
  return { title, sheets: [layoutList('Công trình', workColumns, works, { caption: [title, ...(await worksCaption(ctx, a))] })] };
};
