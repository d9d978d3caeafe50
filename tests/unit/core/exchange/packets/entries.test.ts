// Entry names a packet may not hold, each with its reason; the safe ones pass.
import { describe, expect, it } from 'vitest';
import { unsafePathReason } from '../../../../../core/exchange/packets/entries.ts';

describe('unsafePathReason', () => {
  it('names why each unsafe entry name is refused', () => {
    const cases: [string, string][] = [
      ['', 'tên trống'],
      ['a'.repeat(256), 'tên dài quá 255 ký tự'],
      ['attachments\\a.pdf', 'có dấu gạch ngược (\\)'],
      ['/etc/passwd', 'là đường dẫn tuyệt đối'],
      ['C:/Windows/a.dll', 'có tên ổ đĩa'],
      ['c:a.txt', 'có tên ổ đĩa'],
      ['attachments/\u0000.pdf', 'có ký tự điều khiển'],
      ['../data.json', 'có ".." (trỏ ra ngoài thư mục của gói)'],
      ['attachments/../../x', 'có ".." (trỏ ra ngoài thư mục của gói)'],
      ['attachments//a.pdf', 'có đoạn đường dẫn trống hoặc "."'],
      ['./data.json', 'có đoạn đường dẫn trống hoặc "."'],
      ['attachments/', 'có đoạn đường dẫn trống hoặc "."'],
    ];
    for (const [name, reason] of cases) expect(unsafePathReason(name), name).toBe(reason);
  });

  it('lets the names of a packet through', () => {
    for (const name of ['manifest.json', 'data.json', 'attachments/bao-cao-thanh-tich.pdf', 'attachments/Báo cáo.docx', 'attachments/..hidden']) {
      expect(unsafePathReason(name), name).toBeNull();
    }
  });
});
