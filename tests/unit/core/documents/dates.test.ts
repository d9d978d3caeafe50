// The date rules of the documents, first as the pure rule, then through the router on the demo
// campaign (Thủ Đức 2021: báo cáo milestone 12/4, sơ kết 16/4, Giỗ Tổ 21/4, 30/4–1/5 and 3/5 off).
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../core/api/envelope.ts';
import type { Milestone } from '../../../../core/api/types.ts';
import { type DateRequest, documentDates, invitationStage } from '../../../../core/documents/dates.ts';
import { databaseDigest, demoApp, refusal } from '../../helpers.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';

const HOLIDAYS = new Map([
  ['2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2021-04-30', 'Ngày Chiến thắng 30/4'],
  ['2021-05-01', 'Ngày Quốc tế Lao động 1/5'],
  ['2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động 1/5'],
]);

const base = (over: Partial<DateRequest>): DateRequest => ({
  kind: 'bao_cao',
  stage: 'so_ket',
  today: '2021-04-20',
  asOf: '2021-04-12',
  planDate: '2021-03-12',
  milestones: [],
  holidays: HOLIDAYS,
  ...over,
});

function refusedField(r: DateRequest): Record<string, string> | undefined {
  try {
    documentDates(r);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).fields;
  }
  throw new Error('expected a refusal');
}

const ms = (kind: Milestone['kind'], date: string): Milestone => ({ kind, date, label: '' }) as Milestone;

describe('document dates (rule)', () => {
  it('never dates a báo cáo or a công văn before its figures, and defaults to today or the as-of day', () => {
    expect(refusedField(base({ date: '2021-04-11' }))?.date).toBe(
      'Ngày văn bản 11/4/2021 trước ngày "Tính đến ngày" 12/4/2021: văn bản không được đề ngày trước số liệu nó báo cáo. Chọn ngày văn bản từ 12/4/2021 trở đi.',
    );
    expect(refusedField(base({ kind: 'cong_van_don_doc', date: '2021-04-11' }))).toHaveProperty('date');
    expect(documentDates(base({ date: '2021-04-12' })).date).toBe('2021-04-12');
    expect(documentDates(base({})).date).toBe('2021-04-20');
    expect(documentDates(base({ asOf: '2021-04-25' })).date).toBe('2021-04-25');
    expect(documentDates(base({ kind: 'ke_hoach' })).date).toBe('2021-03-12');
  });

  it("gives a công văn 5 working days, or the next report milestone if sooner, never 'date + 3'", () => {
    const cv = (over: Partial<DateRequest>) => documentDates(base({ kind: 'cong_van_don_doc', stage: null, date: '2021-04-23', ...over }));
    // Fri 23/4 → Mon 26, Tue 27, Wed 28, Thu 29, (30/4, 1/5, Sun, 3/5 off) Tue 4/5.
    expect(cv({}).deadline).toBe('2021-05-04');
    expect(cv({ milestones: [ms('bao_cao', '2021-04-28'), ms('so_ket', '2021-04-27')] }).deadline).toBe('2021-04-28');
    // A milestone on the date itself, or later than the rule, does not count.
    expect(cv({ milestones: [ms('bao_cao', '2021-04-23'), ms('bao_cao', '2021-05-20')] }).deadline).toBe('2021-05-04');
    expect(cv({ deadline: '2021-04-26' }).warnings).toEqual([]);
  });

  it('refuses a deadline that leaves no working day, and warns of one on a day off', () => {
    const cv = (deadline: string) => base({ kind: 'cong_van_don_doc', stage: null, date: '2021-04-23', deadline });
    const msg = 'Hạn báo cáo 23/4/2021 phải sau ngày văn bản 23/4/2021 ít nhất một ngày làm việc.';
    expect(refusedField(cv('2021-04-23'))?.deadline).toBe(msg);
    expect(refusedField(cv('2021-04-20'))).toHaveProperty('deadline');
    expect(refusedField(cv('2021-04-25'))).toHaveProperty('deadline');
    expect(documentDates(cv('2021-04-30')).warnings).toEqual([
      'Hạn báo cáo 30/4/2021 là ngày nghỉ Ngày Chiến thắng 30/4: các đơn vị sẽ phải gửi báo cáo trước đó một ngày làm việc.',
    ]);
  });

  it('dates a giấy mời before its meeting, warning under 3 working days and of a meeting on a day off', () => {
    const gm = (over: Partial<DateRequest>) => base({ kind: 'giay_moi', milestones: [ms('so_ket', '2021-04-16')], ...over });
    expect(refusedField(gm({ date: '2021-04-16' }))?.date).toBe('Giấy mời phải đề ngày trước ngày họp 16/4/2021; ngày văn bản đang là 16/4/2021.');
    expect(refusedField(gm({ date: '2021-04-19' }))).toHaveProperty('date');
    expect(documentDates(gm({ date: '2021-04-14' })).warnings).toEqual([
      'Giấy mời đề ngày 14/4/2021, chỉ cách ngày họp 16/4/2021 1 ngày làm việc: nên gửi trước ít nhất 3 ngày làm việc.',
    ]);
    expect(documentDates(gm({ date: '2021-04-12' })).warnings).toEqual([]);
    expect(documentDates(gm({ date: '2021-04-26', meetingDate: '2021-05-01' })).warnings).toEqual([
      'Ngày họp 01/5/2021 là ngày nghỉ Ngày Quốc tế Lao động 1/5.',
    ]);
    expect(documentDates(gm({ date: '2021-04-19', meetingDate: '2021-04-25' })).warnings).toEqual(['Ngày họp 25/4/2021 là Chủ nhật.']);
    expect(refusedField(gm({ milestones: [] }))).toEqual({ 'meeting.date': 'Nhập ngày họp' });
  });

  it('defaults a giấy mời to today, or for a meeting already past to the day that left 3 working days', () => {
    const gm = (today: string) => documentDates(base({ kind: 'giay_moi', today, meetingDate: '2021-04-16' }));
    expect(gm('2021-04-09').date).toBe('2021-04-09');
    // 16/4 is a Friday: Mon 12 leaves Tue, Wed, Thu between.
    expect(gm('2021-04-20')).toEqual({ date: '2021-04-12', meetingDate: '2021-04-16', warnings: [] });
  });
});

const textsOf = (b64: string) => paragraphs(openDocx(Buffer.from(b64, 'base64')).document).map((p) => p.text);

describe('document dates (through the router)', () => {
  it('refuses a báo cáo dated before its as-of day, naming the field, and writes nothing', async () => {
    const app = await demoApp();
    const before = databaseDigest(app.connection.raw);
    const e = await refusal(app, 'documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-10' });
    expect(Object.keys(e.fields ?? {})).toEqual(['date']);
    expect(e.message).toContain('Tính đến ngày');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });

  it('gives the công văn a deadline 5 working days on, skipping Giỗ Tổ', async () => {
    const app = await demoApp();
    // Tue 13/4 → Wed 14, Thu 15, Fri 16, Mon 19, Tue 20 (Giỗ Tổ is 21/4).
    const r = await app.invoke('documents.preview', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect(textsOf(r.contentBase64).join('\n')).toContain('trước ngày 20/4/2021.');
    expect(r.warnings).toEqual([]);
    const late = await app.invoke('documents.preview', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-16' });
    // Fri 16/4 → 19, 20, (21 off) 22, 23, 26.
    expect(textsOf(late.contentBase64).join('\n')).toContain('trước ngày 26/4/2021.');
    app.close();
  });

  it('returns the giấy mời warnings with the preview and the generated file, and refuses one dated on its meeting', async () => {
    const app = await demoApp();
    const args = { kind: 'giay_moi', date: '2021-04-14', meeting: { place: 'Hội trường' } } as const;
    const preview = await app.invoke('documents.preview', args);
    expect(preview.warnings).toEqual([
      'Giấy mời đề ngày 14/4/2021, chỉ cách ngày họp 16/4/2021 1 ngày làm việc: nên gửi trước ít nhất 3 ngày làm việc.',
    ]);
    const issued = await app.invoke('documents.generate', args);
    expect(issued.warnings).toEqual(preview.warnings);
    const e = await refusal(app, 'documents.preview', { ...args, stage: 'so_ket', date: '2021-04-17' });
    expect(e.fields?.date).toBe('Giấy mời phải đề ngày trước ngày họp 16/4/2021; ngày văn bản đang là 17/4/2021.');
    app.close();
  });
});

describe('invitationStage', () => {
  const milestones = [
    { kind: 'so_ket', date: '2021-04-16', label: '' },
    { kind: 'tong_ket', date: '2021-05-28', label: '' },
  ] as const;

  it('takes the campaign\'s next hội nghị from the meeting or document day, not the figures\' day', () => {
    expect(invitationStage(milestones, '2021-04-10', '2021-04-09', '2021-05-31')).toBe('so_ket');
    // After the sơ kết the next one is the tổng kết, though the figures are still before the end.
    expect(invitationStage(milestones, '2021-04-20', '2021-04-19', '2021-05-31')).toBe('tong_ket');
    expect(invitationStage(milestones, '2021-04-16', '2021-04-12', '2021-05-31')).toBe('so_ket');
  });

  it('past the last hội nghị, goes by the figures\' day', () => {
    expect(invitationStage(milestones, '2021-06-02', '2021-06-01', '2021-05-31')).toBe('tong_ket');
    expect(invitationStage([], '2021-04-10', '2021-04-09', '2021-05-31')).toBe('so_ket');
  });
});
