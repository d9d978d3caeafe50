// A large campaign written straight into a real, migrated database file, through the demo's row writer
// in one transaction: fast, and every column filled the way core fills it, so the queries under test
// see what they would see in the app.
//
// The generator also keeps what it wrote, so each benchmark can check that the code it times returned
// the right figures: a fast wrong answer must not pass as a result.
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import type { WorkLevel, WorkStatus } from '../db/schema.ts';
import { seededRandom } from '../core/demo/random.ts';
import { rowWriter } from '../core/demo/rows.ts';
import { type DemoUnit, demoAgency, demoCampaign, wards } from '../core/demo/thu-duc.ts';
import { searchText } from '../core/search.ts';
import { addDays } from '../core/text/dates.ts';

export interface FixtureSpec {
  units: number;
  works: number;
  khoi: number;
  cum: number;
  seed?: number;
}

export interface FixtureUnit {
  id: number;
  search: string;
  reportedOn: string | null;
}

export interface FixtureWork {
  unitId: number;
  search: string;
  completedOn: string | null;
  dueDate: string | null;
}

export interface Fixture {
  dbPath: string;
  campaignId: number;
  /** Every work is registered before this day and none is cancelled by it. */
  asOf: string;
  units: FixtureUnit[];
  works: FixtureWork[];
  buildMs: number;
}

const STAMP = '2021-01-04T01:00:00.000Z';
const CAMPAIGN_START = '2021-01-04';
const CAMPAIGN_END = '2021-12-31';
const AS_OF = '2021-09-30';
const REPORT = 'Báo cáo kết quả thực hiện nội dung đăng ký thi đua.';

// People's names carry đ/Đ and tones, the case the folded search exists for ("dang" finds "Đặng").
const people = [
  'Đặng Thị Rành', 'Đặng Tấn Tài', 'Lê Văn Việt', 'Nguyễn Văn Trỗi', 'Trần Quốc Toản', 'Võ Văn Ngân', 'Đỗ Xuân Hợp',
  'Kha Vạn Cân', 'Phạm Văn Đồng', 'Lương Định Của', 'Nguyễn Thị Định', 'Huỳnh Tấn Phát', 'Đinh Tiên Hoàng', 'Lý Thường Kiệt',
];
const ownerNames = [
  'Đặng Văn Hùng', 'Nguyễn Thị Lan', 'Trần Minh Đức', 'Lê Thị Hồng', 'Phạm Quốc Dũng', 'Võ Thị Thanh Đào', 'Huỳnh Văn Đông',
  'Bùi Thị Ngọc', 'Đỗ Đăng Khoa', 'Hoàng Văn Nam', 'Trưởng khu phố', 'Bí thư Đoàn', 'Chủ tịch Công đoàn', 'Văn phòng đơn vị',
];
const fields = [...demoCampaign.fields, 'Bảo đảm an ninh trật tự', 'Phòng, chống dịch bệnh'];
const titles: Record<string, string[]> = {
  'Chỉnh trang đô thị, mở rộng các tuyến hẻm': [
    'Mở rộng, nâng cấp hẻm {n} đường {p}',
    'Chỉnh trang vỉa hè tuyến đường {p}, khu phố {k}',
    'Xóa {n} điểm rác tự phát phường {w}',
    'Lắp đặt chiếu sáng hẻm khu phố {k} phường {w}',
  ],
  'Trồng cây xanh': ['Trồng {m} cây xanh tại khu phố {k}', 'Xây dựng vườn hoa, mảng xanh phường {w}', 'Trồng cây xanh tuyến đường {p}'],
  'Chăm lo an sinh xã hội, hộ nghèo': ['Trao {n} phần quà cho hộ nghèo phường {w}', 'Xây dựng {n} căn nhà tình thương', 'Hỗ trợ vốn sinh kế cho {n} hộ nghèo'],
  'Xây dựng đô thị thông minh': ['Số hóa {m} hồ sơ lưu trữ', 'Triển khai thanh toán không dùng tiền mặt', 'Lắp {n} camera giám sát đường {p}'],
  'Cải cách hành chính': ['Giải quyết hồ sơ hành chính đúng hạn', 'Tiếp nhận hồ sơ trực tuyến mức độ 3, 4', 'Rút ngắn thời gian cấp phép xây dựng phường {w}'],
  'Tuyên truyền bầu cử': ['Tuyên truyền bầu cử tại khu phố {k}', 'Trang trí, cổ động trực quan đường {p}'],
  'Bảo đảm an ninh trật tự': ['Xây dựng mô hình khu phố an toàn phường {w}', 'Tuần tra {n} tuyến hẻm khu phố {k}'],
  'Phòng, chống dịch bệnh': ['Phun thuốc diệt muỗi {n} khu phố', 'Tiêm chủng cho {m} người tại phường {w}'],
};

function unitName(i: number, pick: <T>(items: readonly T[]) => T, int: (a: number, b: number) => number): Omit<DemoUnit, 'code'> {
  const w = pick(wards);
  switch (i % 8) {
    case 0:
      return { name: `Ủy ban nhân dân phường ${w}`, shortName: `Phường ${w}`, kind: 'phuong_xa' };
    case 1:
      return { name: `Khu phố ${int(1, 12)} phường ${w}`, shortName: '', kind: 'khac' };
    case 2:
      return { name: `Trường Tiểu học ${pick(people)}`, shortName: '', kind: 'truong' };
    case 3:
      return { name: `Trường Mầm non ${w}`, shortName: '', kind: 'truong' };
    case 4:
      return { name: `Trạm Y tế phường ${w}`, shortName: '', kind: 'khac' };
    case 5:
      return { name: `Công ty TNHH ${pick(['Cơ khí', 'May mặc', 'Thực phẩm', 'Điện tử', 'Vận tải', 'Xây dựng'])} ${w}`, shortName: '', kind: 'doanh_nghiep' };
    case 6:
      return { name: `Trường Trung học cơ sở ${pick(people)}`, shortName: '', kind: 'truong' };
    default:
      return { name: `Chi bộ ${pick(['Phòng Nội vụ', 'Phòng Kinh tế', 'Phòng Tư pháp', 'Đội Quản lý trật tự đô thị'])} ${int(1, 9)}`, shortName: '', kind: 'co_quan' };
  }
}

/** Builds `<dir>/<name>.sqlite`. Deterministic for a given spec, apart from UUIDs. */
export function buildFixture(dir: string, name: string, spec: FixtureSpec): Fixture {
  const t0 = performance.now();
  const rnd = seededRandom(spec.seed ?? 2021);
  const dbPath = join(dir, `${name}.sqlite`);
  const conn = openDatabase(dbPath);
  const raw = conn.raw;
  const write = rowWriter(raw, STAMP, () => crypto.randomUUID());

  const fill = () => {
    write.agency(demoAgency);
    const campaignId = write.campaign({
      name: `Phong trào thi đua năm 2021 (${spec.works} công trình)`,
      form: 'thuong_xuyen',
      theme: '',
      startDate: CAMPAIGN_START,
      endDate: CAMPAIGN_END,
      planNumber: '01/KH-UBND',
      planDate: CAMPAIGN_START,
      planIssuer: demoAgency.name,
      phases: [],
      milestones: [],
      fields,
    });

    const units: FixtureUnit[] = [];
    const registeredOn: string[] = [];
    for (let i = 0; i < spec.units; i++) {
      const u = { code: `DV${String(i + 1).padStart(4, '0')}`, ...unitName(i, rnd.pick, rnd.int) };
      const id = write.unit(u);
      const on = addDays(CAMPAIGN_START, rnd.int(0, 40));
      write.registration(campaignId, id, on);
      registeredOn.push(on);
      // About half report; a share of those only after the "as of" day, so the date filter matters.
      let reportedOn: string | null = null;
      if (rnd.next() < 0.55) {
        reportedOn = addDays('2021-06-01', rnd.int(0, 200));
        write.report(campaignId, id, reportedOn, REPORT);
        if (rnd.next() < 0.3) write.report(campaignId, id, addDays(reportedOn, rnd.int(1, 30)), REPORT);
      }
      units.push({ id, search: searchText(u.code, u.name, u.shortName), reportedOn });
    }

    // Each unit sits in exactly one khối or cụm, so the per-group works add up to the total.
    const groupCount = spec.khoi + spec.cum;
    const groupIds: number[] = [];
    for (let g = 0; g < groupCount; g++) {
      const kind = g < spec.khoi ? 'khoi' : 'cum';
      const n = kind === 'khoi' ? g + 1 : g - spec.khoi + 1;
      const code = `${kind === 'khoi' ? 'KHOI' : 'CUM'}-${String(n).padStart(2, '0')}`;
      const name = kind === 'khoi' ? `Khối thi đua số ${n}` : `Cụm thi đua số ${n}`;
      groupIds.push(write.group({ code, kind, name }));
    }
    units.forEach((u, i) => {
      const g = groupIds[i % groupCount];
      const pos = Math.floor(i / groupCount);
      const role = pos === 0 ? 'truong' : pos === 1 ? 'pho' : 'thanh_vien';
      write.member(g, u.id, role, '2020-01-01', null);
      // Last rotation kept as history: a closed row the "as of" filter has to skip.
      if (pos === 1) write.member(g, u.id, 'truong', '2019-01-01', '2020-01-01');
    });

    // Uneven load: every unit has a few works, the rest lean towards some units.
    const weights = units.map(() => 0.2 + rnd.next() ** 2 * 3);
    const cumulative: number[] = [];
    let sum = 0;
    for (const w of weights) {
      sum += w;
      cumulative.push(sum);
    }
    const pickUnitIndex = () => {
      const x = rnd.next() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const base = Math.min(3, Math.floor(spec.works / spec.units));
    const works: FixtureWork[] = [];
    for (let k = 0; k < spec.works; k++) {
      const ui = k < base * spec.units ? k % spec.units : pickUnitIndex();
      const unit = units[ui];
      const roll = rnd.next();
      const field = roll < 0.02 ? 'Khác' : roll < 0.03 ? '' : rnd.pick(fields);
      const title = (field in titles ? rnd.pick(titles[field]) : 'Thực hiện tốt các nhiệm vụ được giao')
        .replace('{n}', String(rnd.int(2, 30)))
        .replace('{m}', String(rnd.int(2, 50) * 10))
        .replace('{k}', String(rnd.int(1, 12)))
        .replace('{w}', rnd.pick(wards))
        .replace('{p}', rnd.pick(people));
      const level: WorkLevel = rnd.next() < 0.3 ? 'thanh_pho' : 'co_so';
      const target = rnd.next() < 0.06 ? '' : `Hoàn thành ${rnd.int(1, 100)} chỉ tiêu`;
      const registered = addDays(registeredOn[ui], rnd.int(0, 60));
      const dueDate = rnd.next() < 0.04 ? null : addDays(registered, rnd.int(30, 300));
      const owner = rnd.pick(ownerNames);
      const s = rnd.next();
      let status: WorkStatus;
      let completedOn: string | null = null;
      let cancelledOn: string | null = null;
      if (s < 0.45) {
        status = 'hoan_thanh';
        completedOn = addDays(registered, rnd.int(10, 320));
        if (completedOn > CAMPAIGN_END) completedOn = CAMPAIGN_END;
      } else if (s < 0.5) status = 'khong_hoan_thanh';
      else if (s < 0.51) {
        // Cancelled after the "as of" day: still counted then, which exercises the cancelled_on test.
        status = 'huy';
        cancelledOn = addDays(AS_OF, rnd.int(1, 60));
      } else if (s < 0.75) status = 'dang_thuc_hien';
      else status = 'da_dang_ky';
      write.work({
        campaignId, unitId: unit.id, title, field, level, target, dueDate, owner, status,
        registeredOn: registered, completedOn, cancelledOn,
      });
      works.push({ unitId: unit.id, search: searchText(title, field, owner), completedOn, dueDate });
    }
    return { campaignId, units, works };
  };
  const { campaignId, units, works } = raw.transaction(fill)();
  // No ANALYZE: core never runs it, so the planner here must do without statistics as it will for users.
  conn.close();
  return { dbPath, campaignId, asOf: AS_OF, units, works, buildMs: performance.now() - t0 };
}
