// A large campaign written straight into a real, migrated database file, through the demo's row writer
// in one transaction: fast, and every column filled the way core fills it, so the queries under test
// see what they would see in the app.
//
// The generator also keeps what it wrote, so each benchmark can check that the code it times returned
// the right figures: a fast wrong answer must not pass as a result.
import { join } from 'node:path';
import { tempDir } from './lib.ts';
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
  registeredOn: string;
  completedOn: string | null;
  cancelledOn: string | null;
  dueDate: string | null;
}

export interface Fixture {
  dbPath: string;
  campaignId: number;
  /**
   * The "as of" day core/stats/as-of.ts picks when the caller names none (the last report or status
   * update of the campaign), worked out here from what was written, not by asking core.
   */
  asOf: string;
  /** Rows written to work_updates: every work's registration and each later change of status. */
  updates: number;
  units: FixtureUnit[];
  works: FixtureWork[];
  buildMs: number;
}

const STAMP = '2021-01-04T01:00:00.000Z';
const CAMPAIGN_START = '2021-01-04';
const CAMPAIGN_END = '2021-12-31';
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
  const update = raw.prepare('INSERT INTO work_updates (work_id, date, status, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const clamp = (day: string) => (day > CAMPAIGN_END ? CAMPAIGN_END : day);

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

    // The last day anything was recorded within the campaign: what the default "as of" must come to.
    let lastRecorded = '';
    const noteDay = (day: string) => {
      if (day <= CAMPAIGN_END && day > lastRecorded) lastRecorded = day;
    };
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
        noteDay(reportedOn);
        if (rnd.next() < 0.3) {
          const again = addDays(reportedOn, rnd.int(1, 30));
          write.report(campaignId, id, again, REPORT);
          noteDay(again);
        }
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
    let updates = 0;
    const record = (workId: number, day: string, status: WorkStatus, note: string) => {
      update.run(workId, day, status, note, 'bench', STAMP);
      updates++;
      noteDay(day);
    };
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
      // The day the status last changed, when it did: completion, cancellation or the unit's report.
      let changedOn: string | null = null;
      if (s < 0.45) {
        status = 'hoan_thanh';
        completedOn = clamp(addDays(registered, rnd.int(10, 320)));
        changedOn = completedOn;
      } else if (s < 0.5) {
        status = 'khong_hoan_thanh';
        changedOn = clamp(addDays(dueDate ?? registered, rnd.int(0, 60)));
      } else if (s < 0.51) {
        status = 'huy';
        cancelledOn = clamp(addDays(registered, rnd.int(10, 300)));
        changedOn = cancelledOn;
      } else if (s < 0.75) {
        status = 'dang_thuc_hien';
        changedOn = clamp(addDays(registered, rnd.int(5, 250)));
      } else status = 'da_dang_ky';
      const workId = write.work({
        campaignId, unitId: unit.id, title, field, level, target, dueDate, owner, status,
        registeredOn: registered, completedOn, cancelledOn,
      });
      // As the app writes them: the registration, then each change with its day; most works that
      // ended somewhere passed through "đang thực hiện" on the way (1–3 rows a work).
      record(workId, registered, 'da_dang_ky', 'Đăng ký');
      if (changedOn !== null && status !== 'dang_thuc_hien' && status !== 'huy' && rnd.next() < 0.6) {
        const halfway = addDays(registered, rnd.int(0, 90));
        const started = halfway < changedOn ? halfway : changedOn;
        record(workId, started, 'dang_thuc_hien', 'Theo báo cáo của đơn vị');
      }
      if (changedOn !== null) record(workId, changedOn, status, 'Theo báo cáo của đơn vị');
      works.push({ unitId: unit.id, search: searchText(title, field, owner), registeredOn: registered, completedOn, cancelledOn, dueDate });
    }
    return { campaignId, units, works, updates, lastRecorded };
  };
  const { campaignId, units, works, updates, lastRecorded } = raw.transaction(fill)();
  // The campaign ended in 2021, so today never caps the default day: the campaign's end does.
  const asOf = lastRecorded || CAMPAIGN_END;
  // No ANALYZE: core never runs it, so the planner here must do without statistics as it will for users.
  conn.close();
  return { dbPath, campaignId, asOf, updates, units, works, buildMs: performance.now() - t0 };
}

const shared = new Map<string, Fixture>();
let sharedDir: ReturnType<typeof tempDir> | null = null;

/**
 * One fixture per spec for the whole `npm run bench`: the 100k and 300k databases take 7–20 s to
 * write, and stats, search and the works page read the same ones. Removed when the process exits.
 */
export function sharedFixture(spec: FixtureSpec): Fixture {
  const key = JSON.stringify(spec);
  let f = shared.get(key);
  if (!f) {
    if (!sharedDir) {
      const dir = tempDir('shared');
      sharedDir = dir;
      process.on('exit', () => dir.remove());
    }
    f = buildFixture(sharedDir.path, `fixture-${shared.size}`, spec);
    shared.set(key, f);
  }
  return f;
}
