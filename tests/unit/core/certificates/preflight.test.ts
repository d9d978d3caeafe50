// The preflight over a batch: an empty required field and a character the font lacks block, naming the
// certificate, the recipient and the box; a text that cannot fit even at the minimum size warns; a
// hidden field is never checked; a clean batch has no issue.
import { describe, expect, it } from 'vitest';
import { createLayout } from '../../../../core/certificates/layout.ts';
import { preflightPages } from '../../../../core/certificates/preflight.ts';
import { type CertificateRecipient, type CertificateTemplate, NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { osFonts, phoiTemplate, RECIPIENTS } from './fixtures.ts';

function check(t: CertificateTemplate, recipients: CertificateRecipient[]) {
  const { metrics } = osFonts();
  return preflightPages(t, metrics, recipients.map(createLayout(t, NO_CALIBRATION, metrics)), recipients);
}

describe('certificate preflight', () => {
  it('finds nothing in a clean batch', () => {
    expect(check(phoiTemplate(), RECIPIENTS)).toEqual({ issues: [], blocking: false });
  });

  it('blocks on an empty required field and on a glyph the font lacks, naming who and where', () => {
    const r = check(phoiTemplate(), [RECIPIENTS[0], { ...RECIPIENTS[1], name: '  ' }, { ...RECIPIENTS[3], positionUnit: 'Tổ 漢 dân phố 😀' }]);
    expect(r.blocking).toBe(true);
    expect(r.issues).toEqual([
      { index: 1, field: 'name', level: 'block', message: 'Giấy khen thứ 2 (chưa có tên), ô "Họ và tên": chưa có nội dung.' },
      {
        index: 2,
        field: 'positionUnit',
        level: 'block',
        message: 'Giấy khen thứ 3 (Tôn Nữ Thị Hoàng Phương Quỳnh), ô "Chức vụ, đơn vị": phông chữ không có ký tự "漢" (U+6F22), "😀" (U+1F600); hãy sửa lại chữ này.',
      },
    ]);
  });

  it('warns when a text does not fit even at the minimum size, and skips hidden fields', () => {
    const t = phoiTemplate();
    t.fields.achievement.box.height = 8;
    t.fields.positionUnit.shown = false;
    t.fields.positionUnit.mandatory = true;
    const r = check(t, [RECIPIENTS[2], { ...RECIPIENTS[0], positionUnit: '' }]);
    expect(r.blocking).toBe(false);
    expect(r.issues).toEqual([
      {
        index: 0,
        field: 'achievement',
        level: 'warn',
        message: 'Giấy khen thứ 1 (Ban Chỉ huy Quân sự phường Hiệp Bình Chánh), ô "Thành tích": dài hơn hộp kể cả ở cỡ chữ nhỏ nhất 10 pt; hãy nới hộp, giảm cỡ chữ nhỏ nhất hoặc rút gọn nội dung.',
      },
    ]);
  });
});
