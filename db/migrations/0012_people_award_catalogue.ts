// What every award reads (issue 9): the people nominated, named in parts so official lists sort by tên;
// the catalogue of danh hiệu and hình thức khen thưởng with who may award each and its reward
// multiplier; and the base salary money is counted from. The catalogue and the salary are dated rows, not
// code: the Law of 2022 took effect on 01/01/2024, NĐ 98/2023 replaced NĐ 91/2017 the same day, and
// NĐ 152/2025 moved powers again in 2025 (DOMAIN.md §0, §2.4, §2.6) — a decision of 2021 must still be
// counted with the rules of 2021.
import type { Migration } from './migration.ts';

export const m0012_people_award_catalogue: Migration = {
  version: 12,
  name: 'people_award_catalogue',
  up(db) {
    db.exec(`
      -- family_name (họ) is the first word, given_name (tên) the last, middle_name (tên đệm) between;
      -- given_manual = 1 when the user set tên by hand (a compound tên such as "Thanh Tâm"), so a later
      -- edit of full_name keeps it instead of splitting again.
      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        family_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
        given_manual INTEGER NOT NULL DEFAULT 0 CHECK (given_manual IN (0, 1)),
        gender TEXT CHECK (gender IN ('nam', 'nu')),
        birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
        position TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES units(id),
        staff_class TEXT NOT NULL DEFAULT '',
        search TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX people_unit ON people(unit_id);

      -- One row per form and period in force. code names the form across its periods
      -- ("giay_khen_ca_nhan" of 2017 and of 2024 are the same form under two decrees). awarded_by lists
      -- the authority levels that may award it, comma-separated (core/awards/authority.ts names them).
      -- multiplier_milli is the reward as thousandths of the base salary (0,3 × → 300), so money is
      -- counted in integers. certificate_title is what a printed certificate is headed ("GIẤY KHEN"),
      -- empty for a title that prints none.
      CREATE TABLE award_forms (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL CHECK (length(trim(code)) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        category TEXT NOT NULL CHECK (category IN ('danh_hieu', 'hinh_thuc')),
        recipient TEXT NOT NULL CHECK (recipient IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
        awarded_by TEXT NOT NULL DEFAULT '',
        multiplier_milli INTEGER NOT NULL DEFAULT 0 CHECK (multiplier_milli >= 0),
        certificate_title TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT '',
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );
      CREATE INDEX award_forms_code ON award_forms(code, valid_from);

      -- Mức lương cơ sở, in đồng, from the day each decree set it until the next row's day.
      CREATE TABLE base_salaries (
        id INTEGER PRIMARY KEY,
        valid_from TEXT NOT NULL UNIQUE,
        amount INTEGER NOT NULL CHECK (amount > 0),
        legal_basis TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Who the agency's head is, as the catalogue's awarded_by names it: what it may award itself and
      -- what it must propose upward. Since 01/7/2025 there is no cấp huyện; a ward is the common case.
      ALTER TABLE agency ADD COLUMN authority_level TEXT NOT NULL DEFAULT 'chu_tich_xa';
    `);
    const stamp = SEEDED_AT;
    const form = db.prepare(
      `INSERT INTO award_forms (code, name, category, recipient, awarded_by, multiplier_milli, certificate_title, legal_basis, valid_from, valid_to, sort, created_at, updated_at)
       VALUES (@code, @name, @category, @recipient, @awardedBy, @milli, @title, @basis, @from, @to, @sort, @stamp, @stamp)`,
    );
    for (const period of PERIODS) {
      for (const [i, f] of FORMS.entries()) {
        const awardedBy = period.awardedBy(f);
        if (!awardedBy) continue;
        form.run({ ...f, awardedBy, basis: period.basis, from: period.from, to: period.to, sort: (i + 1) * 10, stamp });
      }
    }
    const salary = db.prepare('INSERT INTO base_salaries (valid_from, amount, legal_basis, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (const [from, amount, basis] of BASE_SALARIES) salary.run(from, amount, basis, stamp, stamp);
  },
};

const SEEDED_AT = '2026-12-01T00:00:00.000Z';

interface SeedForm {
  code: string;
  name: string;
  category: 'danh_hieu' | 'hinh_thuc';
  recipient: 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';
  /** Who awards it under the Law of 2022 (Điều 80). */
  awardedBy: string;
  milli: number;
  title: string;
}

// DOMAIN.md §2.2–2.6. Giấy khen's 0,3 / 0,6 and Bằng khen's 1,0 / 2,0 are recalled, not read from the
// decree [unconfirmed there]: they are rows the secretariat corrects on the "Danh mục khen thưởng" page.
const LOCAL = 'chu_tich_xa,chu_tich_huyen,thu_truong,giam_doc_dn';
const FORMS: SeedForm[] = [
  { code: 'giay_khen_tap_the', name: 'Giấy khen', category: 'hinh_thuc', recipient: 'tap_the', awardedBy: LOCAL, milli: 600, title: 'GIẤY KHEN' },
  { code: 'giay_khen_ca_nhan', name: 'Giấy khen', category: 'hinh_thuc', recipient: 'ca_nhan', awardedBy: LOCAL, milli: 300, title: 'GIẤY KHEN' },
  { code: 'giay_khen_ho_gia_dinh', name: 'Giấy khen', category: 'hinh_thuc', recipient: 'ho_gia_dinh', awardedBy: LOCAL, milli: 300, title: 'GIẤY KHEN' },
  { code: 'bang_khen_tap_the', name: 'Bằng khen', category: 'hinh_thuc', recipient: 'tap_the', awardedBy: 'chu_tich_tinh,bo_truong', milli: 2000, title: 'BẰNG KHEN' },
  { code: 'bang_khen_ca_nhan', name: 'Bằng khen', category: 'hinh_thuc', recipient: 'ca_nhan', awardedBy: 'chu_tich_tinh,bo_truong', milli: 1000, title: 'BẰNG KHEN' },
  { code: 'lao_dong_tien_tien', name: 'Lao động tiên tiến', category: 'danh_hieu', recipient: 'ca_nhan', awardedBy: LOCAL, milli: 300, title: '' },
  { code: 'chien_si_thi_dua_co_so', name: 'Chiến sĩ thi đua cơ sở', category: 'danh_hieu', recipient: 'ca_nhan', awardedBy: 'chu_tich_huyen,thu_truong,giam_doc_dn', milli: 1000, title: 'BẰNG CHỨNG NHẬN' },
  { code: 'chien_si_thi_dua_tinh', name: 'Chiến sĩ thi đua cấp tỉnh', category: 'danh_hieu', recipient: 'ca_nhan', awardedBy: 'chu_tich_tinh,bo_truong', milli: 3000, title: 'BẰNG CHỨNG NHẬN' },
  { code: 'tap_the_lao_dong_tien_tien', name: 'Tập thể lao động tiên tiến', category: 'danh_hieu', recipient: 'tap_the', awardedBy: 'chu_tich_huyen,thu_truong,giam_doc_dn', milli: 800, title: '' },
  { code: 'tap_the_lao_dong_xuat_sac', name: 'Tập thể lao động xuất sắc', category: 'danh_hieu', recipient: 'tap_the', awardedBy: 'chu_tich_tinh,bo_truong', milli: 1500, title: 'BẰNG CHỨNG NHẬN' },
  { code: 'thon_to_dan_pho_van_hoa', name: 'Thôn, tổ dân phố văn hóa', category: 'danh_hieu', recipient: 'tap_the', awardedBy: 'chu_tich_huyen', milli: 1500, title: 'GIẤY CHỨNG NHẬN' },
  { code: 'gia_dinh_van_hoa', name: 'Gia đình văn hóa', category: 'danh_hieu', recipient: 'ho_gia_dinh', awardedBy: 'chu_tich_xa', milli: 0, title: 'GIẤY CHỨNG NHẬN' },
];

// The same forms under the decree of each period. Before 2024 (Luật 2003, NĐ 91/2017) the cấp xã awarded
// Giấy khen and LĐTT as now; since 01/7/2025 NĐ 152/2025 moved the cấp huyện's powers down to the xã
// [unconfirmed detail: DOMAIN.md §2.4], so the xã row of that period takes them.
const PERIODS: { from: string; to: string | null; basis: string; awardedBy(f: SeedForm): string }[] = [
  { from: '2017-10-01', to: '2023-12-31', basis: 'Nghị định số 91/2017/NĐ-CP', awardedBy: (f) => f.awardedBy },
  { from: '2024-01-01', to: '2025-06-30', basis: 'Nghị định số 98/2023/NĐ-CP', awardedBy: (f) => f.awardedBy },
  {
    from: '2025-07-01',
    to: null,
    basis: 'Nghị định số 152/2025/NĐ-CP',
    awardedBy: (f) => f.awardedBy.replace('chu_tich_huyen', 'chu_tich_xa').split(',').filter((v, i, all) => all.indexOf(v) === i).join(','),
  },
];

/** [in force from, amount in đồng, decree]. */
const BASE_SALARIES: [string, number, string][] = [
  ['2019-07-01', 1_490_000, 'Nghị định số 38/2019/NĐ-CP'],
  ['2023-07-01', 1_800_000, 'Nghị định số 24/2023/NĐ-CP'],
  ['2024-07-01', 2_340_000, 'Nghị định số 73/2024/NĐ-CP'],
];
