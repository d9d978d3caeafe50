// The demo's people: 40 staff of Thủ Đức's units with the names a danh sách really holds — long ones,
// Đ and đ to sort after D, two compound tên set by hand — so the people page, its search without
// diacritics and the award lists built on it have something true to show. Deterministic: no random
// draw, so the rest of the demo comes out as before.
import type { Gender } from '../../db/schema.ts';
import type { StaffClass } from '../api/labels.ts';
import type { rowWriter } from './rows.ts';

export interface DemoPerson {
  fullName: string;
  /** A compound tên, set by hand; '' for the computed one. */
  givenName: string;
  gender: Gender;
  birthYear: number;
  position: string;
  staffClass: StaffClass;
}

type Row = [string, string, Gender, number, string, StaffClass];

// By the code prefix of the units they work in (core/demo/thu-duc.ts): wards (P), state bodies (CQ),
// primary and lower-secondary schools (TH, CS), enterprises (DN), mass organisations (DT), health
// stations (YT).
const PEOPLE: Record<string, Row[]> = {
  P: [
    ['Nguyễn Văn An', '', 'nam', 1975, 'Chủ tịch Ủy ban nhân dân phường', 'can_bo'],
    ['Lê Hoàng Minh', '', 'nam', 1990, 'Phó Chủ tịch Ủy ban nhân dân phường', 'can_bo'],
    ['Trần Thị Bích Ngọc', '', 'nu', 1986, 'Công chức Văn hóa - Xã hội', 'cong_chuc'],
    ['Nguyễn Trần Thanh Tâm', 'Thanh Tâm', 'nu', 1988, 'Công chức Văn phòng - Thống kê', 'cong_chuc'],
    ['Đặng Văn Đức', '', 'nam', 1979, 'Trưởng Công an phường', 'luc_luong_vu_trang'],
    ['Huỳnh Công Danh', '', 'nam', 1984, 'Chỉ huy trưởng Ban Chỉ huy quân sự phường', 'luc_luong_vu_trang'],
    ['Ngô Minh Đạt', '', 'nam', 1994, 'Công chức Tư pháp - Hộ tịch', 'cong_chuc'],
    ['Bùi Quang Huy', '', 'nam', 1987, 'Trưởng khu phố 3', 'khac'],
    ['Quách Thị Tuyết', '', 'nu', 1973, 'Tổ trưởng tổ dân phố 12', 'khac'],
    ['Ông Văn Tài', '', 'nam', 1984, 'Phó Chỉ huy trưởng Ban Chỉ huy quân sự phường', 'luc_luong_vu_trang'],
  ],
  CQ: [
    ['Hoàng Đình Khoa', '', 'nam', 1981, 'Trưởng phòng', 'cong_chuc'],
    ['Dương Văn Bình', '', 'nam', 1980, 'Phó Trưởng phòng', 'cong_chuc'],
    ['Lê Minh Bình', '', 'nam', 1989, 'Chuyên viên', 'cong_chuc'],
    ['Nguyễn Lê Hoàng Phương Uyên', 'Phương Uyên', 'nu', 1999, 'Chuyên viên', 'cong_chuc'],
    ['Đào Duy Khánh', '', 'nam', 1978, 'Chánh Văn phòng', 'cong_chuc'],
    ['Phùng Thị Kiều Trang', '', 'nu', 1996, 'Văn thư', 'cong_chuc'],
    ['Âu Dương Minh Khôi', '', 'nam', 1987, 'Chuyên viên', 'cong_chuc'],
    ['Trần Văn Ánh', '', 'nam', 1969, 'Nhân viên bảo vệ', 'nguoi_lao_dong'],
  ],
  TH: [
    ['Võ Thị Kim Oanh', '', 'nu', 1991, 'Giáo viên', 'vien_chuc'],
    ['Hồ Thị Thanh Thủy', '', 'nu', 1983, 'Hiệu trưởng', 'vien_chuc'],
    ['Tạ Thị Lan Anh', '', 'nu', 1990, 'Giáo viên chủ nhiệm lớp 5A', 'vien_chuc'],
  ],
  CS: [
    ['Kiều Minh Tuấn', '', 'nam', 1986, 'Phó Hiệu trưởng', 'vien_chuc'],
    ['Vương Thị Bảo Trâm', '', 'nu', 2007, 'Học sinh lớp 9A1', 'hoc_sinh_sinh_vien'],
    ['Phan Thị Diễm My', '', 'nu', 2008, 'Học sinh lớp 8A3', 'hoc_sinh_sinh_vien'],
    ['Đinh Ngọc Đoan Trang', '', 'nu', 1985, 'Tổng phụ trách Đội', 'vien_chuc'],
  ],
  DN: [
    ['Mai Xuân Trường', '', 'nam', 1985, 'Giám đốc', 'nguoi_lao_dong'],
    ['Châu Ngọc Hiếu', '', 'nam', 1992, 'Kỹ sư', 'nguoi_lao_dong'],
    ['Cao Văn Lộc', '', 'nam', 1983, 'Đội trưởng đội thi công', 'nguoi_lao_dong'],
    ['Lương Thị Như Quỳnh', '', 'nu', 1992, 'Kế toán trưởng', 'nguoi_lao_dong'],
    ['Thái Bá Vinh', '', 'nam', 1991, 'Kỹ thuật viên', 'nguoi_lao_dong'],
    ['Đặng Thị Đào', '', 'nu', 1980, 'Chủ tịch Công đoàn cơ sở', 'nguoi_lao_dong'],
  ],
  DT: [
    ['Nguyễn Thị Bình', '', 'nu', 1977, 'Chủ tịch Hội Liên hiệp Phụ nữ', 'can_bo'],
    ['Đỗ Thị Hồng Nhung', '', 'nu', 1993, 'Bí thư Đoàn Thanh niên', 'can_bo'],
    ['Đinh Văn Dũng', '', 'nam', 1962, 'Chủ tịch Hội Cựu chiến binh', 'can_bo'],
    ['Đoàn Thị Xuân Mai', '', 'nu', 1976, 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc', 'can_bo'],
    ['Nguyễn Hữu Phước', '', 'nam', 1958, 'Chủ tịch Hội Người cao tuổi', 'khac'],
  ],
  YT: [
    ['Tôn Nữ Thị Ngọc Hân', 'Ngọc Hân', 'nu', 1995, 'Điều dưỡng', 'vien_chuc'],
    ['Trịnh Thị Hải Yến', '', 'nu', 1994, 'Bác sĩ', 'vien_chuc'],
    ['Lý Thị Mỹ Duyên', '', 'nu', 1998, 'Nữ hộ sinh', 'vien_chuc'],
    ['Lâm Chí Thanh', '', 'nam', 1988, 'Trưởng Trạm Y tế', 'vien_chuc'],
  ],
};

/** Two people to a unit, in the units of each prefix in the demo's order. */
export function writeDemoPeople(write: ReturnType<typeof rowWriter>, units: readonly { id: number; code: string }[]): void {
  for (const [prefix, rows] of Object.entries(PEOPLE)) {
    const inUnits = units.filter((u) => u.code.replace(/\d+$/u, '') === prefix);
    rows.forEach(([fullName, givenName, gender, birthYear, position, staffClass], i) => {
      write.person({ fullName, givenName, gender, birthYear, position, staffClass }, inUnits[Math.floor(i / 2) % inUnits.length].id);
    });
  }
}
