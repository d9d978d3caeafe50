// Public holidays as dated, editable data (DOMAIN §2.11): the lunar dates and the days off in lieu
// change every year, so no rule computes them. Seeded with the days state offices had off in
// 2020–2026 as announced, and 2027 as expected (marked "dự kiến" until the announcement is checked).
// A holiday on a weekend is listed with its day off in lieu; of Tết's break only the weekdays are
// listed, Saturdays and Sundays being off anyway.
import type { Migration } from './migration.ts';

const SEED_AT = '2026-12-01T00:00:00.000Z';

const TET_DL = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const GIAI_PHONG = 'Ngày Chiến thắng 30/4';
const LAO_DONG = 'Ngày Quốc tế Lao động 1/5';
const QUOC_KHANH = 'Quốc khánh 2/9';

const bu = (name: string) => `Nghỉ bù ${name}`;
const hoanDoi = (name: string) => `Nghỉ hoán đổi dịp ${name}`;
const duKien = (name: string) => `${name} (dự kiến)`;
const tet = (days: string[], name = TET): [string, string][] => days.map((d) => [d, name]);

export const HOLIDAY_SEED: readonly (readonly [string, string])[] = [
  ['2020-01-01', TET_DL],
  ...tet(['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']),
  ['2020-04-02', GIO_TO],
  ['2020-04-30', GIAI_PHONG],
  ['2020-05-01', LAO_DONG],
  ['2020-09-02', QUOC_KHANH],
  ['2020-09-03', QUOC_KHANH],

  ['2021-01-01', TET_DL],
  ...tet(['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']),
  ['2021-04-21', GIO_TO],
  ['2021-04-30', GIAI_PHONG],
  ['2021-05-01', LAO_DONG],
  ['2021-05-03', bu(LAO_DONG)],
  ['2021-09-02', QUOC_KHANH],
  ['2021-09-03', QUOC_KHANH],

  ['2022-01-01', TET_DL],
  ['2022-01-03', bu(TET_DL)],
  ...tet(['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']),
  ['2022-04-10', GIO_TO],
  ['2022-04-11', bu(GIO_TO)],
  ['2022-04-30', GIAI_PHONG],
  ['2022-05-01', LAO_DONG],
  ['2022-05-02', bu(GIAI_PHONG)],
  ['2022-05-03', bu(LAO_DONG)],
  ['2022-09-01', QUOC_KHANH],
  ['2022-09-02', QUOC_KHANH],

  ['2023-01-01', TET_DL],
  ['2023-01-02', bu(TET_DL)],
  ...tet(['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']),
  ['2023-04-29', GIO_TO],
  ['2023-04-30', GIAI_PHONG],
  ['2023-05-01', LAO_DONG],
  ['2023-05-02', bu(GIO_TO)],
  ['2023-05-03', bu(GIAI_PHONG)],
  ['2023-09-01', QUOC_KHANH],
  ['2023-09-02', QUOC_KHANH],
  ['2023-09-04', bu(QUOC_KHANH)],

  ['2024-01-01', TET_DL],
  ...tet(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']),
  ['2024-04-18', GIO_TO],
  ['2024-04-29', hoanDoi('30/4 và 1/5')],
  ['2024-04-30', GIAI_PHONG],
  ['2024-05-01', LAO_DONG],
  ['2024-09-02', QUOC_KHANH],
  ['2024-09-03', QUOC_KHANH],

  ['2025-01-01', TET_DL],
  ...tet(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']),
  ['2025-04-07', GIO_TO],
  ['2025-04-30', GIAI_PHONG],
  ['2025-05-01', LAO_DONG],
  ['2025-05-02', hoanDoi('30/4 và 1/5')],
  ['2025-09-01', QUOC_KHANH],
  ['2025-09-02', QUOC_KHANH],

  ['2026-01-01', TET_DL],
  ...tet(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
  ['2026-04-26', GIO_TO],
  ['2026-04-27', bu(GIO_TO)],
  ['2026-04-30', GIAI_PHONG],
  ['2026-05-01', LAO_DONG],
  ['2026-09-01', QUOC_KHANH],
  ['2026-09-02', QUOC_KHANH],

  ['2027-01-01', TET_DL],
  ...tet(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], duKien(TET)),
  ['2027-04-16', duKien(GIO_TO)],
  ['2027-04-30', GIAI_PHONG],
  ['2027-05-01', LAO_DONG],
  ['2027-05-03', duKien(bu(LAO_DONG))],
  ['2027-09-02', QUOC_KHANH],
  ['2027-09-03', duKien(QUOC_KHANH)],
];

export const m0007_holidays: Migration = {
  version: 7,
  name: 'holidays',
  up(db) {
    db.exec(`
      CREATE TABLE holidays (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        updated_at TEXT NOT NULL
      );
    `);
    const insert = db.prepare('INSERT INTO holidays (date, name, updated_at) VALUES (?, ?, ?)');
    for (const [date, name] of HOLIDAY_SEED) insert.run(date, name, SEED_AT);
  },
};
