// Input data shaped like the Thủ Đức sơ kết of 16/4/2021 (25 khối, 04 cụm, 254 đơn vị, 703 công
// trình; 118 đơn vị có báo cáo, 136 công trình hoàn thành as of 12/4/2021), scalable for the bench.
// Used by the tests, the bench and the "xem thử" preview; never written to a user's database.
import type { CampaignStats, GroupStats } from '../api/types.ts';
import { addDays } from '../text/dates.ts';
import { formatPercent } from '../text/numbers.ts';
import type { PendingUnit } from './builders/cong-van-don-doc.ts';
import type { CampaignInfo, DocumentFrame, GroupInfo, WorkLine } from './model.ts';

const KHOI = [
  'Cơ quan Đảng', 'Mặt trận Tổ quốc và các đoàn thể', 'Nội chính', 'Kinh tế - Tài chính', 'Quản lý đô thị',
  'Văn hóa - Xã hội', 'Y tế', 'Giáo dục Mầm non 1', 'Giáo dục Mầm non 2', 'Giáo dục Mầm non 3', 'Tiểu học 1',
  'Tiểu học 2', 'Tiểu học 3', 'Tiểu học 4', 'Trung học cơ sở 1', 'Trung học cơ sở 2', 'Trung học cơ sở 3',
  'Doanh nghiệp nhà nước', 'Doanh nghiệp ngoài nhà nước 1', 'Doanh nghiệp ngoài nhà nước 2', 'Ban quản lý dự án',
  'Đơn vị sự nghiệp', 'Hội đặc thù', 'Lực lượng vũ trang', 'Ngân hàng',
];

const WARDS = [
  'An Khánh', 'An Lợi Đông', 'An Phú', 'Bình Chiểu', 'Bình Thọ', 'Bình Trưng Đông', 'Bình Trưng Tây', 'Cát Lái',
  'Hiệp Bình Chánh', 'Hiệp Bình Phước', 'Hiệp Phú', 'Linh Chiểu', 'Linh Đông', 'Linh Tây', 'Linh Trung',
  'Linh Xuân', 'Long Bình', 'Long Phước', 'Long Thạnh Mỹ', 'Long Trường', 'Phú Hữu', 'Phước Bình',
  'Phước Long A', 'Phước Long B', 'Tam Bình', 'Tam Phú', 'Tăng Nhơn Phú A', 'Tăng Nhơn Phú B', 'Tân Phú',
  'Thạnh Mỹ Lợi', 'Thảo Điền', 'Thủ Thiêm', 'Trường Thạnh', 'Trường Thọ',
];

export const SAMPLE_FIELDS = [
  'Công tác chỉnh trang đô thị, mở rộng các tuyến hẻm',
  'Đẩy nhanh tiến độ trồng cây xanh',
  'Chăm lo an sinh xã hội, hộ nghèo trên địa bàn',
  'Xây dựng đô thị thông minh',
  'Cải cách hành chính, giải quyết hồ sơ đúng hạn',
];

const TITLES = [
  'Mở rộng hẻm', 'Trồng mới cây xanh tại tuyến đường', 'Trao nhà tình thương cho hộ nghèo', 'Số hóa hồ sơ hành chính',
  'Lắp đặt camera an ninh khu phố', 'Cải tạo vỉa hè, chiếu sáng công cộng', 'Xây dựng mô hình dân vận khéo',
];

export function sampleFrame(): DocumentFrame {
  return {
    issuer: { parentBody: '', name: 'Ủy ban nhân dân thành phố Thủ Đức', abbreviation: 'UBND', locality: 'Thủ Đức' },
    signer: { authority: ['KT. Chủ tịch'], title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' },
    number: { number: 19, symbol: 'KH-UBND' },
    date: '2021-03-12',
    recipients: ['Thường trực Thành ủy', 'Thường trực HĐND thành phố', 'Chủ tịch, các PCT UBND thành phố', 'Các cơ quan, đơn vị, UBND 34 phường'],
    draftingUnit: 'NV',
  };
}

export function sampleCampaign(): CampaignInfo {
  return {
    name: 'Đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
    form: 'chuyen_de',
    theme: 'Xây dựng thành phố Thủ Đức trở thành đô thị thông minh, sáng tạo',
    startDate: '2021-03-12',
    endDate: '2021-04-30',
    planNumber: '19/KH-UBND',
    planDate: '2021-03-12',
    planIssuer: 'Ủy ban nhân dân thành phố Thủ Đức',
    phases: [
      { name: 'Quyết tâm, tăng tốc', startDate: '2021-03-12', endDate: '2021-04-12' },
      { name: 'Về đích', startDate: '2021-04-13', endDate: '2021-04-30' },
    ],
    milestones: [
      { kind: 'han_dang_ky', date: '2021-03-20', label: '' },
      { kind: 'bao_cao', date: '2021-04-12', label: '' },
      { kind: 'so_ket', date: '2021-04-16', label: '' },
      { kind: 'tong_ket', date: '2021-05-15', label: '' },
    ],
    fields: SAMPLE_FIELDS,
  };
}

interface SampleUnit {
  id: number;
  name: string;
  group: number;
  reported: boolean;
}

export interface SampleData {
  campaign: CampaignInfo;
  groups: GroupInfo[];
  stats: CampaignStats;
  works: WorkLine[];
  pending: PendingUnit[];
}

/** Spreads `part` of `whole` items evenly: item k is chosen when the running share crosses an integer. */
function chosen(k: number, part: number, whole: number): boolean {
  return Math.floor(((k + 1) * part) / whole) > Math.floor((k * part) / whole);
}

export function sampleData(
  size: { units?: number; works?: number; reported?: number; completedCity?: number; completedBase?: number; cityWorks?: number } = {},
): SampleData {
  const unitCount = size.units ?? 254;
  const workCount = size.works ?? 703;
  const reportedCount = size.reported ?? Math.round((unitCount * 118) / 254);
  const cityWorks = size.cityWorks ?? Math.round((workCount * 120) / 703);
  const completedCity = size.completedCity ?? Math.round((cityWorks * 30) / 120);
  const completedBase = size.completedBase ?? Math.round(((workCount - cityWorks) * 106) / 583);
  const asOf = '2021-04-12';

  const wardUnits = Math.min(34, Math.max(4, Math.round(unitCount * 0.134)));
  const groupNames = [...KHOI.map((n) => ({ kind: 'khoi' as const, name: `Khối ${n}` })), ...[1, 2, 3, 4].map((n) => ({ kind: 'cum' as const, name: `Cụm phường ${n}` }))];
  const units: SampleUnit[] = [];
  for (let i = 0; i < unitCount; i++) {
    const isWard = i >= unitCount - wardUnits;
    const w = i - (unitCount - wardUnits);
    const group = isWard ? 25 + (w % 4) : i % 25;
    const name = isWard ? `Ủy ban nhân dân phường ${WARDS[w % WARDS.length]}${w >= WARDS.length ? ` ${Math.floor(w / WARDS.length) + 1}` : ''}` : `${KHOI[group]} - đơn vị ${String(Math.floor(i / 25) + 1).padStart(2, '0')}`;
    units.push({ id: i + 1, name, group, reported: (i * 7) % unitCount < reportedCount });
  }

  const works: WorkLine[] = [];
  let city = 0;
  let base = 0;
  for (let j = 0; j < workCount; j++) {
    const unit = units[j % unitCount];
    const isCity = (j * 13) % workCount < cityWorks;
    const done = isCity ? chosen(city++, completedCity, cityWorks) : chosen(base++, completedBase, workCount - cityWorks);
    works.push({
      title: `${TITLES[j % TITLES.length]} số ${j + 1} (${SAMPLE_FIELDS[j % SAMPLE_FIELDS.length].toLocaleLowerCase('vi')})`,
      unitName: unit.name,
      group: groupNames[unit.group].name,
      level: isCity ? 'thanh_pho' : 'co_so',
      status: done ? 'hoan_thanh' : 'dang_thuc_hien',
      dueDate: addDays('2021-03-25', j % 36),
      completedOn: done ? addDays('2021-03-20', j % 23) : null,
    });
  }

  const mode = 'round' as const;
  const byGroup: GroupStats[] = groupNames.map((g, gi) => {
    const members = units.filter((u) => u.group === gi);
    const ws = works.filter((w) => w.group === g.name);
    const done = ws.filter((w) => w.status === 'hoan_thanh').length;
    const reported = members.filter((u) => u.reported).length;
    return {
      id: gi + 1,
      kind: g.kind,
      name: g.name,
      units: members.length,
      reported,
      reportedPercent: formatPercent(reported, members.length, mode),
      works: ws.length,
      completed: done,
      completedPercent: formatPercent(done, ws.length, mode),
    };
  });
  const completed = works.filter((w) => w.status === 'hoan_thanh').length;
  const overdue = works.filter((w) => w.status !== 'hoan_thanh' && w.dueDate! < asOf);
  const unitWorks = new Map<string, string[]>();
  for (const w of works) unitWorks.set(w.unitName, [...(unitWorks.get(w.unitName) ?? []), w.title]);

  const stats: CampaignStats = {
    campaign: { id: 1, name: sampleCampaign().name },
    asOf,
    percentMode: mode,
    groups: { khoi: 25, cum: 4 },
    units: { registered: unitCount, reported: reportedCount, reportedPercent: formatPercent(reportedCount, unitCount, mode) },
    works: {
      registered: workCount,
      completed,
      completedPercent: formatPercent(completed, workCount, mode),
      overdue: overdue.length,
      byLevel: (['thanh_pho', 'co_so'] as const).map((level) => {
        const ws = works.filter((w) => w.level === level);
        const done = ws.filter((w) => w.status === 'hoan_thanh').length;
        return { level, registered: ws.length, completed: done, completedPercent: formatPercent(done, ws.length, mode) };
      }),
    },
    byGroup,
    byField: SAMPLE_FIELDS.map((field, fi) => {
      const ws = works.filter((_, j) => j % SAMPLE_FIELDS.length === fi);
      const done = ws.filter((w) => w.status === 'hoan_thanh').length;
      return { field, works: ws.length, completed: done, completedPercent: formatPercent(done, ws.length, mode) };
    }),
    notReported: units
      .filter((u) => !u.reported)
      .map((u) => ({ id: u.id, code: `DV${u.id}`, name: u.name, group: groupNames[u.group].name, works: unitWorks.get(u.name)?.length ?? 0 })),
    overdueWorks: overdue.map((w, i) => ({ id: i + 1, unitName: w.unitName, title: w.title, dueDate: w.dueDate! })),
  };

  return {
    campaign: sampleCampaign(),
    groups: byGroup.map((g) => ({ kind: g.kind, name: g.name, units: g.units })),
    stats,
    works,
    pending: units
      .filter((u) => !u.reported)
      .map((u) => ({ name: u.name, group: groupNames[u.group].name, works: unitWorks.get(u.name) ?? [] })),
  };
}
