// Đơn vị to Excel: the list the Đơn vị page shows (org.listUnits, same search and filter), with each
// unit's khối/cụm and role today.
import { memberRoleLabel, unitKindLabel } from '../../api/labels.ts';
import type { UnitRow } from '../../api/types.ts';
import { listUnits } from '../../org/units.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

/** "Cụm 1 (Trưởng); Khối Đảng" — a plain member's role goes without saying. */
function groupsText(u: UnitRow): string {
  return u.groups.map((g) => (g.role === 'thanh_vien' ? g.name : `${g.name} (${memberRoleLabel[g.role]})`)).join('; ');
}

export const exportUnits: ListExport<'units'> = async (ctx, a) => {
  const units = await listUnits(ctx, a.query, a.includeInactive);
  // A parent may be outside the filter (inactive, or not matching the search): its name comes from all.
  const names = new Map((a.query || !a.includeInactive ? await listUnits(ctx, undefined, true) : units).map((u) => [u.id, u.name]));
  const columns: Column<UnitRow>[] = [
    sttColumn(),
    { header: 'Mã đơn vị', kind: 'text', value: (u) => u.code },
    { header: 'Tên đơn vị', kind: 'text', value: (u) => u.name },
    { header: 'Tên viết tắt', kind: 'text', value: (u) => u.shortName },
    { header: 'Loại', kind: 'text', value: (u) => unitKindLabel[u.kind] },
    { header: 'Đơn vị cấp trên', kind: 'text', value: (u) => (u.parentId === null ? '' : names.get(u.parentId)) },
    { header: 'Khối, cụm', kind: 'text', value: groupsText },
    { header: 'Trạng thái', kind: 'text', value: (u) => (u.active ? 'Hoạt động' : 'Ngừng hoạt động') },
  ];
  const title = 'Danh sách đơn vị';
  const caption = [title, a.query ? `Tìm: ${a.query}` : '', a.includeInactive ? 'Gồm cả đơn vị ngừng hoạt động' : ''];
  return { title, sheets: [layoutList('Đơn vị', columns, units, { caption })] };
};
