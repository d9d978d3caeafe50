// Khối, cụm to Excel: the list the Khối/cụm page shows (org.listGroups, same kind filter) and, on a
// second sheet, every membership each group's page shows (org.getGroup): unit, role and the dates the
// role held, so the yearly rotation of trưởng/phó reads as it was recorded.
import { groupKindLabel, memberRoleLabel } from '../../api/labels.ts';
import type { GroupDetail, GroupRow, MemberRow } from '../../api/types.ts';
import { groupHandlers } from '../../org/groups.ts';
import { isOpenOn } from '../../org/rules.ts';
import { todayIso } from '../../text/dates.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

type Membership = MemberRow & { group: GroupRow };

export const exportGroups: ListExport<'groups'> = async (ctx, a) => {
  const groups = await groupHandlers['org.listGroups'](ctx, { kind: a.kind });
  const details: GroupDetail[] = [];
  for (const g of groups) details.push(await groupHandlers['org.getGroup'](ctx, { id: g.id }));
  const today = todayIso(ctx.now());
  const memberships: Membership[] = details.flatMap((d) => d.members.map((m) => ({ ...m, group: d })));

  const groupColumns: Column<GroupRow>[] = [
    sttColumn(),
    { header: 'Mã', kind: 'text', value: (g) => g.code },
    { header: 'Loại', kind: 'text', value: (g) => groupKindLabel[g.kind] },
    { header: 'Tên khối, cụm', kind: 'text', value: (g) => g.name },
    { header: 'Số đơn vị', kind: 'integer', value: (g) => g.memberCount },
    { header: 'Trưởng khối, cụm', kind: 'text', value: (g) => g.leader },
    { header: 'Trạng thái', kind: 'text', value: (g) => (g.active ? 'Hoạt động' : 'Ngừng hoạt động') },
  ];
  const memberColumns: Column<Membership>[] = [
    sttColumn(),
    { header: 'Mã khối, cụm', kind: 'text', value: (m) => m.group.code },
    { header: 'Tên khối, cụm', kind: 'text', value: (m) => m.group.name },
    { header: 'Mã đơn vị', kind: 'text', value: (m) => m.unitCode },
    { header: 'Tên đơn vị', kind: 'text', value: (m) => m.unitName },
    { header: 'Vai trò', kind: 'text', value: (m) => memberRoleLabel[m.role] },
    { header: 'Từ ngày', kind: 'date', value: (m) => m.validFrom },
    { header: 'Đến ngày', kind: 'date', value: (m) => m.validTo },
    { header: 'Hiện nay', kind: 'text', value: (m) => (m.validFrom <= today && isOpenOn(m, today) ? 'Đang là thành viên' : 'Đã thôi') },
  ];
  const title = a.kind ? `Danh sách ${groupKindLabel[a.kind].toLocaleLowerCase('vi')}` : 'Danh sách khối, cụm';
  return {
    title,
    sheets: [
      layoutList('Khối, cụm', groupColumns, groups, { caption: [title] }),
      layoutList('Thành viên', memberColumns, memberships, { caption: [`${title}: các đơn vị thành viên và vai trò`] }),
    ],
  };
};
