// The quyết định khen thưởng through the router on a real database: drafted from its decision, with
// Điều 1's counts those of its danh sách, the danh sách in order (Đ after D, tên before họ), the money
// article and amounts only when money applies; issued as one event with the decision (one number, the
// sổ khen thưởng's số sổ written in the same transaction, nothing at all when it fails); and the drafts
// of two decisions kept apart.
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphs, tableRows, tables } from '../../../documents-xml.ts';
import { refusal } from '../../../helpers.ts';
import { awardRound, texts } from './award-round.ts';

const danhSach = (all: string[]) => all.slice(all.indexOf('DANH SÁCH'));

describe('quyết định khen thưởng', () => {
  it('drafts from its decision: thẩm quyền, căn cứ, Điều 1 counting the danh sách, Điều 2 the money', async () => {
    const { f, decisionId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    expect(draft).toMatchObject({ status: 'du_thao', symbol: 'QĐ-UBND', date: '2026-03-02', campaignId: f.campaignId, subject: { type: 'decision', id: decisionId } });
    const all = texts(draft.contentBase64);
    expect(all).toContain('QUYẾT ĐỊNH');
    expect(all).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC');
    expect(all).toContain('Xét đề nghị của Hội đồng Thi đua - Khen thưởng tại cuộc họp ngày 02/3/2026.');
    const doc = openDocx(Buffer.from(draft.contentBase64, 'base64')).document;
    const decides = paragraphs(doc).find((p) => p.text === 'QUYẾT ĐỊNH:')!;
    expect(decides.xml).toContain('<w:jc w:val="center"/>');
    expect(decides.runs.every((r) => r.bold)).toBe(true);
    const dieu1 = paragraphs(doc).find((p) => p.text.startsWith('Điều 1.'))!;
    expect(dieu1.runs[0]).toMatchObject({ text: 'Điều 1. ', bold: true });
    expect(dieu1.text).toBe(
      'Điều 1. Tặng Giấy khen cho 02 tập thể và 04 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố.',
    );
    // The danh sách holds exactly the counts Điều 1 names.
    const list = danhSach(all);
    expect(list.slice(0, 3)).toEqual([
      'DANH SÁCH',
      'Tập thể, cá nhân được tặng Giấy khen đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố',
      '(Kèm theo Quyết định số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức)',
    ]);
    expect(list).toContain('I. TẬP THỂ (02 tập thể)');
    expect(list).toContain('II. CÁ NHÂN (04 cá nhân)');
    const [tapThe, caNhan] = tables(doc.slice(doc.indexOf('DANH SÁCH'))).map(tableRows);
    expect(tapThe[0]).toEqual(['STT', 'Tên tập thể', 'Số tiền (đồng)']);
    // Grouped by unit (no khối/cụm here: by the units' names), the unit itself first inside its unit.
    expect(tapThe.slice(1, -1)).toEqual([
      ['1', 'Tổ dân phố 2, Phường Bình Thọ', '1.404.000'],
      ['2', 'Phường Linh Trung', '1.404.000'],
    ]);
    expect(caNhan[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Số tiền (đồng)']);
    // By tên, then tên đệm, then họ; Đ after D: Chiến, Dung, Dũng, Đào.
    expect(caNhan.slice(1, -1).map((r) => r[1])).toEqual(['Âu Minh Chiến', 'Nguyễn Thị Dung', 'Đỗ Văn Dũng', 'Vũ Thị Đào']);
    expect(caNhan.slice(1, -1).map((r) => r[2])).toEqual(Array(4).fill('Công chức Văn phòng - Thống kê, Phường Bình Thọ'));
    expect(caNhan.slice(1, -1).map((r) => r[3])).toEqual(Array(4).fill('702.000'));
    expect(caNhan.at(-1)).toEqual(['', 'Cộng', '', '2.808.000']);
    expect(list).toContain('Tổng số tiền thưởng: 5.616.000 đồng.');
    const dieu2 = all.find((t) => t.startsWith('Điều 2.'))!;
    expect(dieu2).toContain('1.404.000 đồng/tập thể; 702.000 đồng/cá nhân');
    expect(dieu2).toContain('Tổng số tiền thưởng: 5.616.000 đồng, trích từ Quỹ thi đua, khen thưởng của Ủy ban nhân dân thành phố Thủ Đức.');
    expect(all.find((t) => t.startsWith('Điều 3.'))).toMatch(/Trưởng Phòng Tài chính - Kế hoạch, .* chịu trách nhiệm thi hành Quyết định này\.\/\.$/u);
    f.app.close();
  });

  it('has no money article, column or total when the decision carries no money', async () => {
    const { f, decisionId } = await awardRound({ money: false });
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    const all = texts(draft.contentBase64);
    expect(all.find((t) => t.startsWith('Điều 2.'))).toMatch(/^Điều 2\. Quyết định này có hiệu lực kể từ ngày ký\..*thi hành Quyết định này\.\/\.$/u);
    expect(all.some((t) => t.startsWith('Điều 3.'))).toBe(false);
    expect(all.join('\n')).not.toMatch(/tiền thưởng|Số tiền|\d đồng/u);
    f.app.close();
  });

  it('issues the decision as one event: the document’s number is the decision’s and the số sổ are written with it', async () => {
    const { f, decisionId, meetingId } = await awardRound();
    f.raw.prepare("INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES ('UBND', 'QĐ', 2026, 24, 'x')").run();
    // The tờ trình kết quả issued first is what the quyết định says it was proposed by.
    const toTrinh = await f.app.invoke('documents.generate', { kind: 'to_trinh_ket_qua', meetingId });
    const toTrinhIssued = await f.app.invoke('documents.issue', { id: toTrinh.id });
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    expect(await f.app.invoke('documents.nextNumber', { id: draft.id })).toMatchObject({ number: 25, numberText: '25/QĐ-UBND', date: '2026-03-02' });
    const issued = await f.app.invoke('documents.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', number: 25, numberText: '25/QĐ-UBND', date: '2026-03-02', fileName: 'quyet-dinh_25-QĐ-UBND_2026-03-02.docx' });
    const all = texts(issued.contentBase64);
    expect(all).toContain(`Xét đề nghị của Ủy ban nhân dân thành phố Thủ Đức tại Tờ trình số ${toTrinhIssued.numberText} ngày 02/3/2026.`);
    expect(all).toContain('(Kèm theo Quyết định số 25/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức)');
    const decision = await f.app.invoke('decisions.get', { id: decisionId });
    expect(decision).toMatchObject({ status: 'da_ban_hanh', number: 25, numberText: '25/QĐ-UBND', date: '2026-03-02' });
    const register = await f.app.invoke('awards.list', { decisionId });
    expect(register.map((l) => [l.formCode, l.bookNumber, l.name])).toEqual([
      ['giay_khen_ca_nhan', 1, 'Âu Minh Chiến'],
      ['giay_khen_ca_nhan', 2, 'Nguyễn Thị Dung'],
      ['giay_khen_ca_nhan', 3, 'Đỗ Văn Dũng'],
      ['giay_khen_ca_nhan', 4, 'Vũ Thị Đào'],
      ['giay_khen_tap_the', 1, 'Tổ dân phố 2'],
      ['giay_khen_tap_the', 2, 'Phường Linh Trung'],
    ]);
    expect(register.every((l) => l.decisionNumber === '25/QĐ-UBND')).toBe(true);
    // Once issued, neither the document nor the decision is issued again.
    expect((await refusal(f.app, 'documents.issue', { id: draft.id })).code).toBe('conflict');
    expect((await refusal(f.app, 'decisions.issue', { id: decisionId })).message).toMatch(/Quyết định số 25\/QĐ-UBND đã ban hành/u);
    expect(f.raw.prepare("SELECT count(*) FROM issued_documents WHERE doc_type = 'QĐ' AND number IS NOT NULL").pluck().get()).toBe(1);
    f.app.close();
  });

  it('gives a decision issued on its own (decisions.issue) its document with it, returned when made again', async () => {
    const { f, decisionId } = await awardRound();
    const decision = await f.app.invoke('decisions.issue', { id: decisionId });
    const made = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    expect(made).toMatchObject({ status: 'da_ban_hanh', number: decision.number, numberText: decision.numberText, date: decision.date });
    expect(texts(made.contentBase64)).toContain(`(Kèm theo Quyết định số ${decision.numberText} ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức)`);
    expect((await refusal(f.app, 'documents.issue', { id: made.id })).code).toBe('conflict');
    expect(f.raw.prepare('SELECT count(*) FROM awards WHERE decision_id = ?').pluck().get(decisionId)).toBe(6);
    f.app.close();
  });

  it('leaves neither a number nor a register line when issuing fails half-way', async () => {
    const { f, decisionId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    const before = {
      counters: f.raw.prepare('SELECT count(*) FROM doc_counters').pluck().get(),
      row: f.raw.prepare('SELECT status, number, file_name, file_hash FROM issued_documents WHERE id = ?').get(draft.id),
    };
    // A real SQLite failure on the register's second line, as a full disk would give.
    f.raw.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON awards
      WHEN (SELECT count(*) FROM awards WHERE decision_id = NEW.decision_id) >= 1
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await refusal(f.app, 'documents.issue', { id: draft.id });
    expect(error.message).not.toMatch(/disk full|SQLITE|constraint/iu);
    expect(f.raw.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(0);
    expect(f.raw.prepare('SELECT status, number FROM decisions WHERE id = ?').get(decisionId)).toEqual({ status: 'du_thao', number: null });
    expect(f.raw.prepare('SELECT count(*) FROM doc_counters').pluck().get()).toBe(before.counters);
    expect(f.raw.prepare('SELECT status, number, file_name, file_hash FROM issued_documents WHERE id = ?').get(draft.id)).toEqual(before.row);
    // The draft is still the one served, byte for byte.
    expect((await f.app.invoke('documents.get', { id: draft.id })).contentBase64).toBe(draft.contentBase64);
    f.raw.exec('DROP TRIGGER fail_second');
    expect(await f.app.invoke('documents.issue', { id: draft.id })).toMatchObject({ number: 1, numberText: '01/QĐ-UBND' });
    f.app.close();
  });

  it('bears the decision’s own date: another date at issue is refused and changes nothing', async () => {
    const { f, decisionId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    const error = await refusal(f.app, 'documents.issue', { id: draft.id, date: '2026-03-05' });
    expect(error.message).toMatch(/^Quyết định khen thưởng mang ngày của chính nó \(02\/3\/2026\), không đề ngày 05\/3\/2026 được\./u);
    expect(f.raw.prepare('SELECT status FROM decisions WHERE id = ?').pluck().get(decisionId)).toBe('du_thao');
    expect(f.raw.prepare('SELECT status FROM issued_documents WHERE id = ?').pluck().get(draft.id)).toBe('du_thao');
    f.app.close();
  });

  it('keeps the drafts of two decisions apart, each replaced in place by its own', async () => {
    const { f, decisionId, meetingId } = await awardRound();
    const first = await f.app.invoke('decisions.get', { id: decisionId });
    const other = await f.app.invoke('decisions.create', {
      meetingId,
      formCode: 'giay_khen_ca_nhan',
      date: '2026-03-02',
      signerId: f.signerId,
      achievement: 'Đã có thành tích trong công tác dân vận',
      nomineeIds: first.lineList.slice(0, 2).map((l) => l.nomineeId),
    });
    const a = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    const b = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId: other.id });
    expect(b.id).not.toBe(a.id);
    expect(b.fileName).not.toBe(a.fileName);
    const again = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    expect(again).toMatchObject({ id: a.id, version: 1 });
    expect((await f.app.invoke('documents.get', { id: b.id })).contentBase64).toBe(b.contentBase64);
    const listed = await f.app.invoke('documents.list', { campaignId: f.campaignId });
    expect(listed.filter((d) => d.kind === 'quyet_dinh').map((d) => d.subject?.id).sort()).toEqual([decisionId, other.id].sort());
    f.app.close();
  });

  it('asks for its decision when the request names none', async () => {
    const { f } = await awardRound();
    const error = await refusal(f.app, 'documents.generate', { kind: 'quyet_dinh' });
    expect(error.message).toBe('Quyết định khen thưởng được lập từ một quyết định khen thưởng: chọn quyết định khen thưởng (dòng lệnh: --decision ID).');
    expect((await refusal(f.app, 'documents.generate', { kind: 'quyet_dinh', decisionId: 999 })).message).toMatch(/quyết định khen thưởng có mã số 999/u);
    f.app.close();
  });
});
