// Section III of a kế hoạch (Hình thức, tiêu chuẩn khen thưởng) as the app first writes it, for the
// user to edit. One function, so that the award catalogue (issue 9) can replace it with the forms and
// standards it holds.
import { formatDateShort } from '../text/dates.ts';
import type { Issuer } from '../documents/model.ts';

export interface AwardFormsContext {
  issuer: Pick<Issuer, 'name' | 'parentBody'>;
  /** Where units send their proposals (the standing office). */
  standingOffice: string;
  soKet?: string;
  tongKet?: string;
}

/**
 * Who signs the Giấy khen: the Chủ tịch of the Ủy ban nhân dân that issues the plan, or that stands
 * above the Hội đồng or office issuing it; the head of any other body (Luật 06/2022 Điều 80).
 */
export function giayKhenAuthority(issuer: AwardFormsContext['issuer']): string {
  const isUbnd = (name: string) => /^ủy ban nhân dân\s/iu.test(name.trim());
  if (isUbnd(issuer.name)) return `Chủ tịch ${issuer.name.trim()}`;
  if (isUbnd(issuer.parentBody)) return `Chủ tịch ${issuer.parentBody.trim()}`;
  return `Thủ trưởng ${issuer.name.trim()}`;
}

export function defaultAwardForms(c: AwardFormsContext): string {
  const authority = giayKhenAuthority(c.issuer);
  const timing = [
    c.soKet ? `Sơ kết đợt thi đua vào ngày ${formatDateShort(c.soKet)}.` : '',
    c.tongKet ? `Tổng kết, khen thưởng vào ngày ${formatDateShort(c.tongKet)}.` : '',
  ].filter(Boolean);
  return [
    '## Hình thức khen thưởng',
    `Tặng Giấy khen của ${authority} cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua.`,
    '## Tiêu chuẩn khen thưởng',
    '- Đối với tập thể: hoàn thành 100% công trình, phần việc đã đăng ký, đúng thời hạn và đạt chỉ tiêu đề ra; có cách làm sáng tạo, hiệu quả, được nhân rộng; nội bộ đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước;',
    '- Đối với cá nhân: trực tiếp tham gia thực hiện công trình, phần việc và có đóng góp tiêu biểu vào kết quả đợt thi đua; hoàn thành xuất sắc nhiệm vụ được giao; có phẩm chất đạo đức tốt.',
    '## Số lượng khen thưởng',
    'Mỗi cơ quan, đơn vị đề nghị khen thưởng không quá 01 tập thể và 03 cá nhân tiêu biểu; trưởng các khối, cụm thi đua tổng hợp, đề nghị khen thưởng không quá 30% số đơn vị thành viên của khối, cụm.',
    '## Thời gian sơ kết, tổng kết',
    ...timing,
    `Hồ sơ đề nghị khen thưởng gửi về ${c.standingOffice} để tổng hợp, trình Hội đồng Thi đua - Khen thưởng xem xét theo quy định.`,
  ].join('\n');
}
