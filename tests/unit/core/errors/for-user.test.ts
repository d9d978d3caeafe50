import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../../db/errors.ts';
import { UserError } from '../../../../core/api/envelope.ts';
import { forUser } from '../../../../core/errors/for-user.ts';
import { freshApp } from '../../helpers.ts';

describe('a failure outside the router, for the user', () => {
  it('passes the app\'s own refusals on as they are', async () => {
    expect(forUser(new UserError('Nhập tên đơn vị'))).toEqual({ message: 'Nhập tên đơn vị', bug: false });
    expect(forUser(new DatabaseError('Tệp "a.sqlite" bị hỏng.', 'a.sqlite'))).toEqual({ message: 'Tệp "a.sqlite" bị hỏng.', bug: false });
    const app = freshApp();
    const refused = await app.invoke('works.get', { id: 9 }).catch((e: unknown) => e);
    expect(forUser(refused)).toEqual({ message: 'Không tìm thấy công trình có mã số 9.', bug: false });
    app.close();
  });

  it('says a file-system failure in Vietnamese, and a bug without its text', () => {
    const missing = (() => {
      try {
        readFileSync('/khong-co/tep.docx');
      } catch (e) {
        return e;
      }
    })();
    expect(forUser(missing)).toEqual({ message: expect.stringMatching(/^Không tìm thấy tệp hoặc thư mục "\/khong-co\/tep\.docx"/u), bug: false });
    const bug = forUser(new TypeError('x.map is not a function'));
    expect(bug.bug).toBe(true);
    expect(bug.message).toMatch(/^Lỗi không mong đợi, việc này chưa làm được\. Nếu lỗi lặp lại, vào trang Sao lưu, bấm "Xuất nhật ký"/u);
    expect(forUser(null).bug).toBe(true);
  });
});
