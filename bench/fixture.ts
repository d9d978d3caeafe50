// A large campaign written straight into a real, migrated database file. The rows go through prepared
// statements on the raw handle in one transaction (DESIGN §6: about twice as fast as Kysely batches),
// but every column is filled the way core fills it (title_key = fold(title), search = searchText(...)),
// so the queries under test see what they would see in the app.
//
// The generator also keeps what it wrote, so each benchmark can check that the code it times returned
// the right figures: a fast wrong answer must not pass as a result.
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import type { UnitKind, WorkLevel, WorkStatus } from '../db/schema.ts';
import { seededRandom } from '../core/demo/random.ts';
import { searchText } from '../core/search.ts';
import { addDays } from '../core/text/dates.ts';
import { fold } from '../core/text/fold.ts';

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

const wards = [
  'An Khánh', 'An Lợi Đông', 'An Phú', 'Bình Chiểu', 'Bình Thọ', 'Bình Trưng Đông', 'Bình Trưng Tây', 'Cát Lái',
  'Hiệp Bình Chánh', 'Hiệp Bình Phước', 'Hiệp Phú', 'Linh Chiểu', 'Linh Đông', 'Linh Tây', 'Linh Trung', 'Linh Xuân',
  'Long Bình', 'Long Phước', 'Long Thạnh Mỹ', 'Long Trường', 'Phú Hữu', 'Phước Bình', 'Phước Long A', 'Phước Long B',
  'Tam Bình', 'Tam Phú', 'Tăng Nhơn Phú A', 'Tăng Nhơn Phú B', 'Tân Phú', 'Thạnh Mỹ Lợi', 'Thảo Điền', 'Thủ Thiêm',
  'Trường Thạnh', 'Trường Thọ',
];
// People's names carry đ/Đ and tones, the case the folded search exists for ("dang" finds "Đặng").
const people = [
  'Đặng Thị Rành', 'Đặng Tấn Tài', 'Lê Văn Việt', 'Nguyễn Văn Trỗi', 'Trần Quốc Toản', 'Võ Văn Ngân', 'Đỗ Xuân Hợp',
  'Kha Vạn Cân', 'Phạm Văn Đồng', 'Lương Định Của', 'Nguyễn Thị Định', 'Huỳnh Tấn Phát', 'Đinh Tiên Hoàng', 'Lý Thường Kiệt',
];
const ownerNames = [
  'Đặng Văn Hùng', 'Nguyễn Thị Lan', 'Trần Minh Đức', 'Lê Thị Hồng', 'Phạm Quốc Dũng', 'Võ Thị Thanh Đào', 'Huỳnh Văn Đông',
  'Bùi Thị Ngọc', 'Đỗ Đăng Khoa', 'Hoàng Văn Nam', 'Trưởng khu phố', 'Bí thư Đoàn', 'Chủ tịch Công đoàn', 'Văn phòng đơn vị',
];
const fields = [
  'Chỉnh trang đô thị, mở rộng các tuyến hẻm',
  'Trồng cây xanh',
  'Chăm lo an sinh xã hội, hộ nghèo',
  'Xây dựng đô thị thông minh',
  'Cải cách hành chính',
  'Tuyên truyền bầu cử',
  'Bảo đảm an ninh trật tự',
  'Phòng, chống dịch bệnh',
];
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

function unitName(i: number, pick: <T>(items: readonly T[]) => T, int: (a: number, b: number) => number): { name: string; short: string; kind: UnitKind } {
  const w = pick(wards);
  switch (i % 8) {
    case 0:
      return { name: `Ủy ban nhân dân phường ${w}`, short: `Phường ${w}`, kind: 'phuong_xa' };
    case 1:
      return { name: `Khu phố ${int(1, 12)} phường ${w}`, short: '', kind: 'khac' };
    case 2:
      return { name: `Trường Tiểu học ${pick(people)}`, short: '', kind: 'truong' };
    case 3:
      return { name: `Trường Mầm non ${w}`, short: '', kind: 'truong' };
    case 4:
      return { name: `Trạm Y tế phường ${w}`, short: '', kind: 'khac' };
    case 5:
      return { name: `Công ty TNHH ${pick(['Cơ khí', 'May mặc', 'Thực phẩm', 'Điện tử', 'Vận tải', 'Xây dựng'])} ${w}`, short: '', kind: 'doanh_nghiep' };
    case 6:
      return { name: `Trường Trung học cơ sở ${pick(people)}`, short: '', kind: 'truong' };
    default:
      return { name: `Chi bộ ${pick(['Phòng Nội vụ', 'Phòng Kinh tế', 'Phòng Tư pháp', 'Đội Quản lý trật tự đô thị'])} ${int(1, 9)}`, short: '', kind: 'co_quan' };
  }
}

/** Builds `<dir>/<name>.sqlite`. Deterministic for a given spec, apart from UUIDs. */
export function buildFixture(dir: string, name: string, spec: FixtureSpec): Fixture {
  const t0 = performance.now();
  const rnd = seededRandom(spec.seed ?? 2021);
  const dbPath = join(dir, `${name}.sqlite`);
  const conn = openDatabase(dbPath);
  const raw = conn.raw;
  const uuid = () => crypto.randomUUID();

  const insUnit = raw.prepare(
    `INSERT INTO units (uuid, code, name, short_name, kind, parent_id, active, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?)`,
  );
  const insGroup = raw.prepare(
    'INSERT INTO groups (uuid, code, kind, name, active, search, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)',
  );
  const insMember = raw.prepare(
    'INSERT INTO group_members (uuid, group_id, unit_id, role, valid_from, valid_to, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insReg = raw.prepare('INSERT INTO registrations (uuid, campaign_id, unit_id, registered_on, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insReport = raw.prepare(
    `INSERT INTO unit_reports (uuid, campaign_id, unit_id, report_date, content, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'Báo cáo kết quả thực hiện nội dung đăng ký thi đua.', 'Văn bản giấy', ?, ?)`,
  );
  const insWork = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, target, due_date, owner, status,
       registered_on, completed_on, cancelled_on, evidence, carried_from, search, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL, ?, ?, ?)`,
  );

  const fill = () => {
    raw
      .prepare(
        `INSERT INTO agency (id, name, locality, abbreviation, signer_title, signer_name, signer_authority, updated_at)
         VALUES (1, 'Ủy ban nhân dân thành phố Thủ Đức', 'Thủ Đức', 'UBND', 'Phó Chủ tịch', 'Nguyễn Văn A', 'KT. Chủ tịch', ?)`,
      )
      .run(STAMP);
    const campaignName = `Phong trào thi đua năm 2021 (${spec.works} công trình)`;
    const campaignId = Number(
      raw
        .prepare(
          `INSERT INTO campaigns (uuid, name, form, theme, start_date, end_date, plan_number, plan_date, plan_issuer, status, search, created_at, updated_at)
           VALUES (?, ?, 'thuong_xuyen', '', ?, ?, '01/KH-UBND', ?, 'Ủy ban nhân dân thành phố Thủ Đức', 'dang_dien_ra', ?, ?, ?)`,
        )
        .run(uuid(), campaignName, CAMPAIGN_START, CAMPAIGN_END, CAMPAIGN_START, searchText(campaignName), STAMP, STAMP).lastInsertRowid,
    );
    const insField = raw.prepare('INSERT INTO campaign_fields (campaign_id, seq, name) VALUES (?, ?, ?)');
    for (const [i, f] of fields.entries()) insField.run(campaignId, i + 1, f);

    const units: FixtureUnit[] = [];
    const registeredOn: string[] = [];
    for (let i = 0; i < spec.units; i++) {
      const u = unitName(i, rnd.pick, rnd.int);
      const code = `DV${String(i + 1).padStart(4, '0')}`;
      const search = searchText(code, u.name, u.short);
      const id = Number(insUnit.run(uuid(), code, u.name, u.short, u.kind, search, STAMP, STAMP).lastInsertRowid);
      const on = addDays(CAMPAIGN_START, rnd.int(0, 40));
      insReg.run(uuid(), campaignId, id, on, STAMP);
      registeredOn.push(on);
      // About half report; a share of those only after the "as of" day, so the date filter matters.
      let reportedOn: string | null = null;
      if (rnd.next() < 0.55) {
        reportedOn = addDays('2021-06-01', rnd.int(0, 200));
        insReport.run(uuid(), campaignId, id, reportedOn, STAMP, STAMP);
        if (rnd.next() < 0.3) insReport.run(uuid(), campaignId, id, addDays(reportedOn, rnd.int(1, 30)), STAMP, STAMP);
      }
      units.push({ id, search, reportedOn });
    }

    // Each unit sits in exactly one khối or cụm, so the per-group works add up to the total.
    const groupCount = spec.khoi + spec.cum;
    const groupIds: number[] = [];
    for (let g = 0; g < groupCount; g++) {
      const kind = g < spec.khoi ? 'khoi' : 'cum';
      const n = kind === 'khoi' ? g + 1 : g - spec.khoi + 1;
      const code = `${kind === 'khoi' ? 'KHOI' : 'CUM'}-${String(n).padStart(2, '0')}`;
      const gname = kind === 'khoi' ? `Khối thi đua số ${n}` : `Cụm thi đua số ${n}`;
      groupIds.push(Number(insGroup.run(uuid(), code, kind, gname, searchText(code, gname), STAMP, STAMP).lastInsertRowid));
    }
    units.forEach((u, i) => {
      const g = groupIds[i % groupCount];
      const pos = Math.floor(i / groupCount);
      const role = pos === 0 ? 'truong' : pos === 1 ? 'pho' : 'thanh_vien';
      insMember.run(uuid(), g, u.id, role, '2020-01-01', null, STAMP);
      // Last rotation kept as history: a closed row the "as of" filter has to skip.
      if (pos === 1) insMember.run(uuid(), g, u.id, 'truong', '2019-01-01', '2020-01-01', STAMP);
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
      const search = searchText(title, field, owner);
      insWork.run(
        uuid(), campaignId, unit.id, title, fold(title), field, level, target, dueDate, owner, status,
        registered, completedOn, cancelledOn, search, STAMP, STAMP,
      );
      works.push({ unitId: unit.id, search, completedOn, dueDate });
    }
    return { campaignId, units, works };
  };
  const { campaignId, units, works } = raw.transaction(fill)();
  // No ANALYZE: core never runs it, so the planner here must do without statistics as it will for users.
  conn.close();
  return { dbPath, campaignId, asOf: AS_OF, units, works, buildMs: performance.now() - t0 };
}
