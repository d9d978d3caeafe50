// excel.export: one list of the app to an .xlsx file, with the filter its screen has. Each list has its
// module in exports/, reading through the function its screen calls; this picks it, writes the file and
// names it.
import type { ExcelList, ParsedArgs } from '../api/contract.ts';
import type { Context } from '../context.ts';
import type { Handler } from '../router.ts';
import type { ListExport } from './book.ts';
import { exportAwards } from './exports/awards.ts';
import { exportCampaigns } from './exports/campaigns.ts';
import { exportDashboard } from './exports/dashboard.ts';
import { exportDocuments } from './exports/documents.ts';
import { exportFlagged } from './exports/flagged.ts';
import { exportGroups } from './exports/groups.ts';
import { exportOverdue } from './exports/overdue.ts';
import { exportUnits } from './exports/units.ts';
import { exportUnreported } from './exports/unreported.ts';
import { exportWorks } from './exports/works.ts';
import { xlsxFileName } from './file-name.ts';
import { listWorkbookFile } from './workbook-file.ts';

const EXPORTS: { [L in ExcelList]: ListExport<L> } = {
  units: exportUnits,
  groups: exportGroups,
  campaigns: exportCampaigns,
  works: exportWorks,
  flagged: exportFlagged,
  unreported: exportUnreported,
  overdue: exportOverdue,
  dashboard: exportDashboard,
  documents: exportDocuments,
  awards: exportAwards,
};

/** The workbook of one list and its file name. */
export async function exportList(ctx: Context, args: ParsedArgs<'excel.export'>) {
  const build = EXPORTS[args.list] as ListExport<typeof args.list>;
  const book = await build(ctx, args);
  return { fileName: xlsxFileName(book.title), bytes: listWorkbookFile(book.sheets), rows: book.sheets[0].rows.length };
}

export const excelHandlers = {
  'excel.export': (async (ctx, args) => {
    const { fileName, bytes, rows } = await exportList(ctx, args);
    return { fileName, contentBase64: bytes.toString('base64'), rows };
  }) as Handler<'excel.export'>,
};
