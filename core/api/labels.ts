// Vietnamese names of the stored codes, for every screen and document.
import type {
  AwardCategory,
  AwardRecipient,
  DocumentStatus,
  Gender,
  GroupKind,
  ListOrder,
  MemberRole,
  NomineeKind,
  PrintPaper,
  ProposalStatus,
  UnitKind,
  WorkLevel,
  WorkStatus,
} from '../../db/schema.ts';
import { kindLabel } from '../documents/kinds.ts';

export const unitKindLabel: Record<UnitKind, string> = {
  co_quan: 'Cơ quan',
  phuong_xa: 'Phường, xã',
  truong: 'Trường học',
  doanh_nghiep: 'Doanh nghiệp',
  khac: 'Khác',
};

export const groupKindLabel: Record<GroupKind, string> = { khoi: 'Khối', cum: 'Cụm' };

export const memberRoleLabel: Record<MemberRole, string> = {
  truong: 'Trưởng',
  pho: 'Phó',
  thanh_vien: 'Thành viên',
};

export const campaignFormLabel = { thuong_xuyen: 'Thường xuyên', chuyen_de: 'Chuyên đề' } as const;

export const milestoneLabel = {
  han_dang_ky: 'Hạn đăng ký',
  bao_cao: 'Báo cáo',
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
} as const;

/** Trạng thái in the register. */
export const documentStatusLabel: Record<DocumentStatus, string> = { du_thao: 'Dự thảo', da_ban_hanh: 'Đã ban hành' };

/** As the register names a document: "Báo cáo sơ kết", "Giấy mời hội nghị tổng kết". */
export const documentLabel = kindLabel;

export const workLevelLabel: Record<WorkLevel, string> = { thanh_pho: 'Cấp thành phố', co_so: 'Cấp cơ sở' };

export const workStatusLabel: Record<WorkStatus, string> = {
  da_dang_ky: 'Đã đăng ký',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  khong_hoan_thanh: 'Không hoàn thành',
  huy: 'Hủy',
};

export type WorkFlag = 'no_target' | 'no_due_date' | 'outside_period' | 'field_not_in_plan' | 'duplicate';

export const workFlagLabel: Record<WorkFlag, string> = {
  no_target: 'Thiếu chỉ tiêu đo được',
  no_due_date: 'Thiếu thời hạn hoàn thành',
  outside_period: 'Thời hạn ngoài thời gian đợt thi đua',
  field_not_in_plan: 'Lĩnh vực không có trong kế hoạch',
  duplicate: 'Trùng công trình khác của đơn vị',
};

export const genderLabel: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

/** Đối tượng: the statistics forms (0601–0605.N) split the individuals awarded by class. */
export const staffClassLabel = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  luc_luong_vu_trang: 'Lực lượng vũ trang',
  hoc_sinh_sinh_vien: 'Học sinh – sinh viên',
  khac: 'Khác',
} as const;
export type StaffClass = keyof typeof staffClassLabel;

export const awardCategoryLabel: Record<AwardCategory, string> = { danh_hieu: 'Danh hiệu thi đua', hinh_thuc: 'Hình thức khen thưởng' };

export const awardRecipientLabel: Record<AwardRecipient, string> = { tap_the: 'Tập thể', ca_nhan: 'Cá nhân', ho_gia_dinh: 'Hộ gia đình' };

/** Who a proposal nominates. */
export const nomineeKindLabel: Record<NomineeKind, string> = {
  don_vi: 'Đơn vị',
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};

export const proposalStatusLabel: Record<ProposalStatus, string> = { du_thao: 'Dự thảo', da_trinh: 'Đã trình' };

export const printPaperLabel: Record<PrintPaper, string> = { giay_trang: 'Giấy trắng (in cả mẫu)', phoi: 'Phôi in sẵn' };

export const listOrderLabel: Record<ListOrder, string> = { by_unit: 'Theo đơn vị, trong đơn vị theo tên', alphabetical: 'Theo tên (a, b, c)' };
