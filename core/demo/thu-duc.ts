// The seed case: TP Thủ Đức's 100-day campaign (Kế hoạch số 19/KH-UBND ngày 12/3/2021) as reported at
// the sơ kết of 16/4/2021: 25 khối and 04 cụm, 254 units, 703 works; as of 12/4/2021 118 units had
// reported and 136 works were completed. The 34 phường are real; the other units are plausible.
import type { UnitKind, WorkLevel } from '../../db/schema.ts';

export const DEMO_AS_OF = '2021-04-12';

export const demoAgency = {
  parentBody: '',
  name: 'Ủy ban nhân dân thành phố Thủ Đức',
  locality: 'Thủ Đức',
  abbreviation: 'UBND',
};

/**
 * The signature blocks of §1.6: a Phó Chủ tịch for the UBND (every kind by default), the Chánh Văn
 * phòng "TL. Chủ tịch" (for a giấy mời, chosen per document), and the Hội đồng's Phó Chủ tịch Thường
 * trực (the Trưởng Phòng Nội vụ), the default of every Hội đồng document. Names other than the Phó
 * Chủ tịch's are plausible, not real.
 */
export const demoSigners = [
  { authority: 'TM. Ủy ban nhân dân\nKT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng', defaultFor: 'agency' },
  { authority: 'TL. Chủ tịch', title: 'Chánh Văn phòng', name: 'Trần Minh Tâm', defaultFor: null },
  { authority: 'TM. Hội đồng\nKT. Chủ tịch', title: 'Phó Chủ tịch Thường trực', name: 'Lê Thị Thu Hà', defaultFor: 'hoi_dong' },
] as const;

/** The Hội đồng's header line above its name, as real HĐTĐKT documents print it. */
export const demoCouncilParent = 'Ủy ban nhân dân TP Thủ Đức';

export const demoCampaign = {
  name: 'Đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
  form: 'chuyen_de' as const,
  theme:
    'Chào mừng 100 ngày thành lập thành phố Thủ Đức, kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh và bầu cử đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – 2026',
  startDate: '2021-03-12',
  endDate: '2021-05-19',
  planNumber: '19/KH-UBND',
  planDate: '2021-03-12',
  planIssuer: 'Ủy ban nhân dân thành phố Thủ Đức',
  phases: [
    { name: 'Quyết tâm, tăng tốc hoàn thành các công trình, phần việc chào mừng 100 ngày thành lập thành phố', startDate: '2021-03-12', endDate: '2021-04-10' },
    { name: 'Chào mừng kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh và ngày bầu cử', startDate: '2021-04-11', endDate: '2021-05-19' },
  ],
  milestones: [
    { kind: 'han_dang_ky' as const, date: '2021-03-25', label: 'Hạn đăng ký công trình, phần việc' },
    { kind: 'bao_cao' as const, date: '2021-04-12', label: 'Báo cáo kết quả phục vụ sơ kết' },
    { kind: 'so_ket' as const, date: '2021-04-16', label: 'Hội nghị sơ kết' },
    { kind: 'bao_cao' as const, date: '2021-05-20', label: 'Báo cáo kết quả toàn đợt' },
    { kind: 'tong_ket' as const, date: '2021-05-28', label: 'Tổng kết đợt thi đua' },
  ],
  fields: [
    'Chỉnh trang đô thị, mở rộng các tuyến hẻm',
    'Trồng cây xanh',
    'Chăm lo an sinh xã hội, hộ nghèo',
    'Xây dựng đô thị thông minh',
    'Cải cách hành chính',
    'Tuyên truyền bầu cử',
  ],
};

export const wards = [
  'An Khánh', 'An Lợi Đông', 'An Phú', 'Bình Chiểu', 'Bình Thọ', 'Bình Trưng Đông', 'Bình Trưng Tây', 'Cát Lái',
  'Hiệp Bình Chánh', 'Hiệp Bình Phước', 'Hiệp Phú', 'Linh Chiểu', 'Linh Đông', 'Linh Tây', 'Linh Trung', 'Linh Xuân',
  'Long Bình', 'Long Phước', 'Long Thạnh Mỹ', 'Long Trường', 'Phú Hữu', 'Phước Bình', 'Phước Long A', 'Phước Long B',
  'Tam Bình', 'Tam Phú', 'Tăng Nhơn Phú A', 'Tăng Nhơn Phú B', 'Tân Phú', 'Thạnh Mỹ Lợi', 'Thảo Điền', 'Thủ Thiêm',
  'Trường Thạnh', 'Trường Thọ',
];

/** The wards by the former district they came from, one cụm each (the fourth splits the largest). */
export const clusters: { name: string; wards: string[] }[] = [
  { name: 'Cụm thi đua số 1 (khu vực Quận 2 cũ)', wards: ['An Khánh', 'An Lợi Đông', 'An Phú', 'Bình Trưng Đông', 'Bình Trưng Tây', 'Cát Lái', 'Thạnh Mỹ Lợi', 'Thảo Điền', 'Thủ Thiêm'] },
  { name: 'Cụm thi đua số 2 (khu vực Quận 9 cũ)', wards: ['Hiệp Phú', 'Long Bình', 'Long Phước', 'Long Thạnh Mỹ', 'Long Trường', 'Phú Hữu', 'Phước Bình', 'Phước Long A', 'Phước Long B'] },
  { name: 'Cụm thi đua số 3 (khu vực Quận 9 cũ)', wards: ['Tăng Nhơn Phú A', 'Tăng Nhơn Phú B', 'Tân Phú', 'Trường Thạnh', 'Bình Thọ', 'Linh Chiểu', 'Trường Thọ', 'Linh Tây'] },
  { name: 'Cụm thi đua số 4 (khu vực Quận Thủ Đức cũ)', wards: ['Bình Chiểu', 'Hiệp Bình Chánh', 'Hiệp Bình Phước', 'Linh Đông', 'Linh Trung', 'Linh Xuân', 'Tam Bình', 'Tam Phú'] },
];

const agencies = [
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Phòng Nội vụ', 'Phòng Tài chính – Kế hoạch', 'Phòng Tư pháp',
  'Phòng Văn hóa và Thông tin', 'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Phòng Lao động – Thương binh và Xã hội',
  'Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị', 'Phòng Kinh tế', 'Thanh tra thành phố',
  'Ban Quản lý dự án đầu tư xây dựng khu vực', 'Ban Bồi thường giải phóng mặt bằng', 'Trung tâm Phát triển quỹ đất',
  'Trung tâm Văn hóa – Thể dục thể thao', 'Trung tâm Y tế', 'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên',
  'Đội Quản lý trật tự đô thị', 'Chi cục Thống kê', 'Chi cục Thuế', 'Kho bạc Nhà nước', 'Chi nhánh Văn phòng đăng ký đất đai',
  'Bảo hiểm xã hội', 'Công an thành phố', 'Ban Chỉ huy Quân sự', 'Viện Kiểm sát nhân dân', 'Tòa án nhân dân',
  'Chi cục Thi hành án dân sự', 'Đài Truyền thanh', 'Ban Tuyên giáo Thành ủy', 'Ban Tổ chức Thành ủy',
  'Ủy ban Kiểm tra Thành ủy', 'Ban Dân vận Thành ủy', 'Văn phòng Thành ủy', 'Trung tâm Chính trị',
  'Ban Quản lý Khu Công nghệ cao', 'Ban Quản lý Khu đô thị mới Thủ Thiêm', 'Bệnh viện thành phố Thủ Đức', 'Bệnh viện Lê Văn Việt',
];

const massOrganisations = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'Thành đoàn Thủ Đức', 'Hội Liên hiệp Phụ nữ thành phố',
  'Hội Cựu chiến binh thành phố', 'Hội Nông dân thành phố', 'Liên đoàn Lao động thành phố', 'Hội Chữ thập đỏ thành phố',
  'Hội Người cao tuổi thành phố', 'Hội Khuyến học thành phố', 'Hội Luật gia thành phố',
];

const enterprises = [
  'Công ty TNHH MTV Dịch vụ công ích', 'Công ty Cổ phần Xây dựng Thủ Đức', 'Công ty Cổ phần Cấp nước Thủ Đức',
  'Công ty Cổ phần Thương mại Thủ Đức', 'Công ty TNHH Cơ khí Linh Trung', 'Công ty Cổ phần Chợ đầu mối Thủ Đức',
  'Công ty Cổ phần Đầu tư Khu Công nghệ cao', 'Công ty TNHH Điện tử Sài Gòn Hi-Tech', 'Công ty Cổ phần Vận tải Thủ Đức',
  'Công ty TNHH May mặc Linh Xuân', 'Công ty Cổ phần Dược phẩm Thủ Đức', 'Công ty Cổ phần Bao bì Bình Chiểu',
  'Công ty TNHH Thực phẩm Hiệp Bình', 'Công ty Cổ phần Phát triển nhà Thủ Đức', 'Công ty TNHH Cảng Cát Lái',
  'Công ty Cổ phần Logistics Phú Hữu', 'Công ty TNHH Nhựa Tam Bình', 'Công ty Cổ phần Xi măng Long Bình',
  'Công ty TNHH Bê tông Trường Thọ', 'Công ty Cổ phần Công nghệ Thảo Điền', 'Hợp tác xã Thương mại dịch vụ Thủ Đức',
  'Hợp tác xã Nông nghiệp Long Phước', 'Hợp tác xã Vận tải Linh Trung', 'Công ty TNHH Giày da Bình Thọ',
  'Công ty Cổ phần In Phước Long', 'Công ty TNHH Cơ điện lạnh An Phú', 'Công ty Cổ phần Địa ốc Thủ Thiêm',
  'Công ty TNHH Dệt Tăng Nhơn Phú', 'Công ty Cổ phần Thủy sản Trường Thạnh', 'Công ty TNHH Sản xuất Linh Đông',
  'Công ty Cổ phần Kho vận Long Trường', 'Công ty TNHH Điện máy Hiệp Phú', 'Công ty Cổ phần Môi trường đô thị Thủ Đức',
  'Công ty TNHH Phần mềm Khu Công nghệ cao', 'Công ty Cổ phần Cơ khí Tân Phú', 'Công ty TNHH Gỗ Long Thạnh Mỹ',
  'Công ty Cổ phần Du lịch An Khánh', 'Công ty TNHH Vật liệu xây dựng Cát Lái', 'Công ty Cổ phần Bến xe Miền Đông mới',
  'Công ty TNHH Chế biến nông sản Phú Hữu',
];

// Schools named after people, as many are: they make the name sort and the đ/Đ search visible.
const namedSchools: Record<string, string> = {
  'TH:Tam Phú': 'Trường Tiểu học Đặng Thị Rành',
  'CS:Phước Bình': 'Trường Trung học cơ sở Đặng Tấn Tài',
  'CS:Linh Đông': 'Trường Trung học cơ sở Lê Văn Việt',
  'MN:Thảo Điền': 'Trường Mầm non Ánh Dương',
};

export interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
}

export interface DemoGroup {
  code: string;
  kind: 'khoi' | 'cum';
  name: string;
  units: DemoUnit[];
}

function chunk<T>(items: readonly T[], sizes: number[]): T[][] {
  const out: T[][] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(items.slice(i, i + n));
    i += n;
  }
  return out;
}

/** 4 cụm (34 phường) and 25 khối (220 units): 254 units. */
export function demoGroups(): DemoGroup[] {
  const ward = (w: string, i: number): DemoUnit => ({
    code: `P${String(i + 1).padStart(2, '0')}`,
    name: `Ủy ban nhân dân phường ${w}`,
    shortName: `Phường ${w}`,
    kind: 'phuong_xa',
  });
  const cum: DemoGroup[] = clusters.map((c, i) => ({
    code: `CUM-${String(i + 1).padStart(2, '0')}`,
    kind: 'cum',
    name: c.name,
    units: c.wards.map((w) => ward(w, wards.indexOf(w))),
  }));

  const mk = (prefix: string, kind: UnitKind) => (name: string, i: number): DemoUnit => ({
    code: `${prefix}${String(i + 1).padStart(3, '0')}`,
    name,
    shortName: '',
    kind,
  });
  const agencyUnits = agencies.map(mk('CQ', 'co_quan'));
  const massUnits = massOrganisations.map(mk('DT', 'khac'));
  const enterpriseUnits = enterprises.map(mk('DN', 'doanh_nghiep'));
  const health = wards.slice(0, 28).map((w, i) => mk('YT', 'khac')(`Trạm Y tế phường ${w}`, i));
  const school = (level: string, prefix: string) =>
    wards.map((w, i) => mk(prefix, 'truong')(namedSchools[`${prefix}:${w}`] ?? `Trường ${level} ${w}`, i));

  const khoiSpecs: { name: string; units: DemoUnit[][] }[] = [
    { name: 'Khối Cơ quan quản lý nhà nước', units: chunk(agencyUnits, [8, 8, 8, 8, 8]) },
    { name: 'Khối Mặt trận, đoàn thể', units: [massUnits] },
    { name: 'Khối Doanh nghiệp', units: chunk(enterpriseUnits, [10, 10, 10, 10]) },
    { name: 'Khối Y tế', units: chunk(health, [10, 9, 9]) },
    { name: 'Khối Trường Mầm non', units: chunk(school('Mầm non', 'MN'), [9, 9, 8, 8]) },
    { name: 'Khối Trường Tiểu học', units: chunk(school('Tiểu học', 'TH'), [9, 9, 8, 8]) },
    { name: 'Khối Trường Trung học cơ sở', units: chunk(school('Trung học cơ sở', 'CS'), [9, 9, 8, 8]) },
  ];
  const khoi: DemoGroup[] = [];
  for (const spec of khoiSpecs) {
    spec.units.forEach((units, i) => {
      khoi.push({
        code: `KHOI-${String(khoi.length + 1).padStart(2, '0')}`,
        kind: 'khoi',
        name: spec.units.length > 1 ? `${spec.name} ${i + 1}` : spec.name,
        units,
      });
    });
  }
  return [...khoi, ...cum];
}

/** Work templates per field: a title and a measurable target, with numbers filled in by the generator. */
export const workTemplates: Record<string, { title: string; target: string; level: WorkLevel }[]> = {
  'Chỉnh trang đô thị, mở rộng các tuyến hẻm': [
    { title: 'Mở rộng, nâng cấp hẻm {n} khu phố {k}', target: 'Mở rộng {m} m hẻm, thông xe trước hạn', level: 'co_so' },
    { title: 'Chỉnh trang vỉa hè, lòng đường tuyến đường khu phố {k}', target: 'Lát lại {m} m² vỉa hè', level: 'co_so' },
    { title: 'Xóa {n} điểm ô nhiễm, rác tự phát trên địa bàn', target: 'Xóa {n} điểm, không tái phát', level: 'co_so' },
    { title: 'Lắp đặt hệ thống chiếu sáng hẻm khu phố {k}', target: 'Lắp {n} đèn LED', level: 'thanh_pho' },
  ],
  'Trồng cây xanh': [
    { title: 'Trồng {m} cây xanh tại khu phố {k}', target: '{m} cây, tỷ lệ sống trên 90%', level: 'co_so' },
    { title: 'Xây dựng vườn hoa, mảng xanh khu phố {k}', target: '{m} m² mảng xanh', level: 'co_so' },
    { title: 'Trồng cây xanh tuyến đường chào mừng 100 ngày thành lập thành phố', target: '{m} cây', level: 'thanh_pho' },
  ],
  'Chăm lo an sinh xã hội, hộ nghèo': [
    { title: 'Trao {n} phần quà cho hộ nghèo, hộ cận nghèo', target: '{n} phần quà, mỗi phần 500.000 đồng', level: 'co_so' },
    { title: 'Xây dựng {n} căn nhà tình thương', target: 'Bàn giao {n} căn', level: 'thanh_pho' },
    { title: 'Hỗ trợ vốn sinh kế cho {n} hộ nghèo', target: '{n} hộ thoát nghèo bền vững', level: 'co_so' },
  ],
  'Xây dựng đô thị thông minh': [
    { title: 'Số hóa {m} hồ sơ lưu trữ', target: '{m} hồ sơ được số hóa', level: 'co_so' },
    { title: 'Triển khai thanh toán không dùng tiền mặt tại đơn vị', target: '{n}% giao dịch không dùng tiền mặt', level: 'co_so' },
    { title: 'Xây dựng Đề án thành lập Trung tâm Khoa học và Công nghệ phục vụ đô thị sáng tạo', target: 'Hoàn thành dự thảo Đề án', level: 'thanh_pho' },
  ],
  'Cải cách hành chính': [
    { title: 'Giải quyết hồ sơ hành chính đúng hạn, không để trễ hạn', target: '100% hồ sơ đúng hạn', level: 'co_so' },
    { title: 'Hạn chế trả hồ sơ bổ sung quá 01 lần', target: 'Không có hồ sơ trả bổ sung quá 01 lần', level: 'co_so' },
    { title: 'Tiếp nhận hồ sơ trực tuyến mức độ 3, 4', target: '{n}% hồ sơ nộp trực tuyến', level: 'thanh_pho' },
  ],
  'Tuyên truyền bầu cử': [
    { title: 'Tuyên truyền bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp', target: '{n} buổi tuyên truyền', level: 'co_so' },
    { title: 'Trang trí, cổ động trực quan chào mừng ngày bầu cử', target: '{n} pa-nô, băng rôn', level: 'co_so' },
  ],
};

/** A few registrations as the seed describes them: "mang tính hình thức" (no target, off-plan field). */
export const formalisticTitles = ['Thực hiện tốt các nhiệm vụ được giao', 'Tham gia phong trào thi đua', 'Đẩy mạnh công tác tuyên truyền'];
