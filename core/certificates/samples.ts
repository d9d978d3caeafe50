// Recipients for the editor's preview when none is given: the cases a template must survive — a long
// personal name, a long collective name with its unit, and a long achievement — with realistic issuer,
// place, signer and numbers, so every box of a template shows text.
import type { CertificateRecipient } from './template.ts';

const COMMON = {
  issuer: 'Chủ tịch Ủy ban nhân dân thành phố Thủ Đức',
  placeDate: 'Thủ Đức, ngày 12 tháng 5 năm 2021',
  signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
  signerName: 'Nguyễn Kỳ Phùng',
  decisionNumber: '1234/QĐ-UBND',
};

export const SAMPLE_RECIPIENTS: readonly CertificateRecipient[] = [
  {
    ...COMMON,
    recipientClass: 'Bà',
    name: 'Tôn Nữ Thị Hoàng Phương Quỳnh',
    positionUnit: 'Phó Trưởng phòng Phòng Văn hóa - Thông tin, Ủy ban nhân dân thành phố Thủ Đức',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2021',
    registryNumber: '1',
  },
  {
    ...COMMON,
    recipientClass: 'Tập thể',
    name: 'Ban Chỉ huy Quân sự phường Hiệp Bình Chánh',
    positionUnit: 'Phường Hiệp Bình Chánh, thành phố Thủ Đức',
    achievement:
      'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng kỷ niệm 46 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2021), 135 năm Ngày Quốc tế Lao động (01/5/1886 - 01/5/2021) và bầu cử đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026',
    registryNumber: '128',
  },
  {
    ...COMMON,
    recipientClass: 'Ông',
    name: 'Lê Văn Đức',
    positionUnit: 'Chuyên viên Phòng Nội vụ',
    achievement: 'Đã hoàn thành xuất sắc nhiệm vụ năm 2021',
    registryNumber: '1024',
  },
];
