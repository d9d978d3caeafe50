// zod speaks Vietnamese wherever core/api is loaded: a schema built anywhere (a packet reader, an
// Excel form) gets the app's sentences, and zod's Vietnamese locale under them.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import '../../../../core/api/schemas.ts';
import { validationError } from '../../../../core/errors/validation.ts';

const message = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('accepted');
  return r.error.issues[0].message;
};

describe('zod in Vietnamese', () => {
  it.each([
    [z.string(), 5, 'Phải là chuỗi ký tự'],
    [z.number(), 'a', 'Phải là số'],
    [z.number().int(), 1.5, 'Phải là số nguyên'],
    [z.boolean(), 'có', 'Phải là giá trị đúng/sai (có hoặc không)'],
    [z.array(z.string()), {}, 'Phải là danh sách'],
    [z.object({ a: z.string() }), { a: null }, 'Phải là chuỗi ký tự'],
    [z.object({ a: z.string() }), {}, 'Chưa nhập giá trị'],
    [z.object({}).strict(), { b: 1, c: 2 }, 'Các trường "b", "c" không được phép'],
    [z.string().min(1), '', 'Không được để trống'],
    [z.string().min(3), 'ab', 'Tối thiểu 3 ký tự'],
    [z.string().max(2), 'abc', 'Tối đa 2 ký tự'],
    [z.array(z.number()).min(1), [], 'Cần ít nhất một mục'],
    [z.array(z.number()).max(1_000), Array(1_001).fill(1), 'Tối đa 1.000 mục'],
    [z.number().max(99_999), 100_000, 'Không được lớn hơn 99.999'],
    [z.number().lt(5), 5, 'Phải nhỏ hơn 5'],
    [z.number().positive(), 0, 'Phải lớn hơn 0'],
    [z.number().multipleOf(5), 7, 'Phải là bội số của 5'],
    [z.string().regex(/^a/u), 'b', 'Sai định dạng'],
    [z.enum(['a', 'b']), 'c', 'Giá trị không nằm trong danh sách được chọn'],
    [z.literal('a'), 'c', 'Giá trị không hợp lệ'],
    [z.union([z.string().refine((s) => s.startsWith('x'), 'Phải bắt đầu bằng x'), z.null()]), 'y', 'Phải bắt đầu bằng x'],
    [z.record(z.string().max(2), z.number()), { abc: 1 }, 'Tên trường không hợp lệ'],
  ] as const)('%#: %s', (schema, value, expected) => {
    expect(message(schema, value)).toBe(expected);
  });

  it('keeps a schema\'s own message over the app\'s', () => {
    expect(message(z.string({ error: 'Nhập tên đơn vị' }), 5)).toBe('Nhập tên đơn vị');
  });

  it('names the first field in the overall sentence and every field in the map', () => {
    const schema = z.object({ phases: z.array(z.object({ startDate: z.string() }).strict()) }).strict();
    const r = schema.safeParse({ phases: [{ startDate: 'x' }, { startDate: 1, z: 1 }], extra: true });
    if (r.success) throw new Error('accepted');
    const error = validationError(r.error);
    expect(error.message).toBe('Dữ liệu không hợp lệ (trường "phases › mục 2 › startDate"): Phải là chuỗi ký tự');
    expect(error.fields).toEqual({
      'phases.1.startDate': 'Phải là chuỗi ký tự',
      'phases.1.z': 'Trường này không được phép',
      extra: 'Trường này không được phép',
    });
  });
});
