// Công trình cần xem lại to Excel: of the works the page lists for its filter (works.list), those with
// at least one review flag ("Thiếu chỉ tiêu đo được", "Trùng công trình khác của đơn vị" …), so the
// secretariat can send each unit what to fix.
import { listWorks } from '../../works/app.ts';
import type { ListExport } from '../book.ts';
import { layoutList } from '../layout.ts';
import { workColumns, worksCaption } from './works.ts';

export const exportFlagged: ListExport<'flagged'> = async (ctx, a) => {
  const { list: _, ...filter } = a;
  const works = (await listWorks(ctx, filter)).filter((w) => w.flags.length > 0);
  const title = 'Công trình, phần việc cần xem lại';
  return { title, sheets: [layoutList('Cần xem lại', workColumns, works, { caption: [title, ...(await worksCaption(ctx, a))] })] };
};
