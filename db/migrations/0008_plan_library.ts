// What a kế hoạch is written from besides the campaign (issue 8): the legal bases it cites, dated so a
// plan of 2021 cites the law of 2021 and one of 2025 the decree then in force; the agency's offices and
// their duties for "Tổ chức thực hiện"; and the upper level's plan a campaign carries out. Both lists are
// seeded with what a UBND writes today and stay editable: the ground moved in 2024 and again in 2025
// (DOMAIN.md §0), and NĐ 152/2025's dates are reported, not confirmed.
import type { Migration } from './migration.ts';

export const m0008_plan_library: Migration = {
  version: 8,
  name: 'plan_library',
  up(db) {
    db.exec(`
      -- One line of the opening "Căn cứ …", as it is printed. valid_to is the last day in force
      -- (inclusive), NULL while in force; kinds lists the document kinds that cite it, comma-separated.
      CREATE TABLE legal_bases (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        kinds TEXT NOT NULL DEFAULT 'ke_hoach' CHECK (length(kinds) > 0),
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );
      CREATE INDEX legal_bases_order ON legal_bases(sort, id);

      -- The bodies a plan assigns duties to, in the order the plan names them; the first active one is
      -- where units send their registrations and reports.
      CREATE TABLE offices (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        duty TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX offices_order ON offices(sort, id);

      -- "Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân Thành phố Hồ Chí Minh về …": the plan this
      -- campaign carries out, cited as "Thực hiện …".
      ALTER TABLE campaigns ADD COLUMN upper_plan TEXT NOT NULL DEFAULT '';
    `);
    // A fixed stamp: two databases migrated at different times hold the same seeded rows, byte for byte.
    const stamp = SEEDED_AT;
    const basis = db.prepare(
      'INSERT INTO legal_bases (text, valid_from, valid_to, kinds, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [text, from, to, sort] of LEGAL_BASES) basis.run(text, from, to, 'ke_hoach', sort, stamp, stamp);
    const office = db.prepare('INSERT INTO offices (name, duty, sort, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
    for (const [i, [name, duty]] of OFFICES.entries()) office.run(name, duty, (i + 1) * 10, stamp, stamp);
  },
};

/** When these lists were written; their rows carry it as created_at and updated_at. */
const SEEDED_AT = '2026-12-01T00:00:00.000Z';

/** [text, in force from, last day in force, order]: the law first, then the decree of its day. */
const LEGAL_BASES: [string, string, string | null, number][] = [
  [
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    '2014-06-01',
    '2023-12-31',
    10,
  ],
  ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022', '2024-01-01', null, 10],
  [
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    '2017-10-01',
    '2023-12-31',
    20,
  ],
  [
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    '2024-01-01',
    '2025-06-30',
    20,
  ],
  [
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    '2025-07-01',
    null,
    20,
  ],
];

/** [name, duty]: the bodies of a district- or ward-level plan (DOMAIN.md §3.1 IV). */
const OFFICES: [string, string][] = [
  [
    'Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)',
    'Tham mưu triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc, kiểm tra các cơ quan, đơn vị thực hiện; tiếp nhận, tổng hợp đăng ký và báo cáo kết quả; tham mưu sơ kết, tổng kết và khen thưởng theo quy định.',
  ],
  [
    'Phòng Văn hóa – Thông tin',
    'Chủ trì, phối hợp các cơ quan, đơn vị tuyên truyền về đợt thi đua, các công trình, phần việc và gương điển hình tiên tiến trên hệ thống thông tin cơ sở và các phương tiện thông tin đại chúng.',
  ],
  [
    'Phòng Tài chính – Kế hoạch',
    'Tham mưu bố trí kinh phí tổ chức đợt thi đua và kinh phí khen thưởng theo quy định.',
  ],
  [
    'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
    'Đề nghị phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân hưởng ứng đợt thi đua; tham gia giám sát việc thực hiện các công trình, phần việc đã đăng ký.',
  ],
  [
    'Ủy ban nhân dân các phường',
    'Xây dựng kế hoạch triển khai đợt thi đua tại địa phương; đăng ký công trình, phần việc và báo cáo kết quả thực hiện theo Kế hoạch này.',
  ],
  [
    'Trưởng các khối, cụm thi đua',
    'Chủ trì tổ chức ký kết giao ước thi đua; theo dõi, đôn đốc các thành viên thực hiện; tổng hợp kết quả, đề xuất khen thưởng của khối, cụm.',
  ],
  [
    'Thủ trưởng các cơ quan, đơn vị',
    'Xây dựng kế hoạch thực hiện tại cơ quan, đơn vị; đăng ký công trình, phần việc thi đua cụ thể, có chỉ tiêu đo lường được; báo cáo kết quả thực hiện đúng thời hạn.',
  ],
];
