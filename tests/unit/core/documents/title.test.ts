// The trích yếu and the V/v line: the user's line breaks are kept; a line too long for the width is
// wrapped into lines of about even length, not a full line over a lone word; read back from the XML.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../core/documents/frame.ts';
import { textWidthTwips } from '../../../../core/documents/measure.ts';
import { summaryLines } from '../../../../core/documents/title.ts';
import { sampleFrame } from '../../../fixtures/documents-sample.ts';
import { findPara, openDocx } from '../../documents-xml.ts';

const WIDTH = 9354;
const LONG = 'Sơ kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức năm 2021';

describe('trích yếu lines', () => {
  it('keeps a line that fits whole, and the breaks the user typed', () => {
    expect(summaryLines('Sơ kết phong trào thi đua', 14, true, WIDTH)).toEqual(['Sơ kết phong trào thi đua']);
    expect(summaryLines('Sơ kết đợt thi đua\r\n  chào mừng 100 ngày  \n\n', 14, true, WIDTH)).toEqual(['Sơ kết đợt thi đua', 'chào mừng 100 ngày']);
  });

  it('wraps a long line into even lines instead of a full line and a short tail', () => {
    const lines = summaryLines(LONG, 14, true, WIDTH);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(LONG);
    const [a, b] = lines.map((l) => textWidthTwips(l, 14, true));
    expect(Math.max(a, b)).toBeLessThanOrEqual(WIDTH);
    // Greedy wrapping fills the first line to the width; balanced, neither line is over 60 % of the text.
    expect(Math.max(a, b) / (a + b)).toBeLessThan(0.6);
  });

  it('puts the lines in one paragraph with a break between, in the document and on the V/v line', async () => {
    const frame = sampleFrame();
    const report = openDocx(await buildDocument(frame, { kindName: 'Báo cáo', summary: `${LONG}`, body: [{ kind: 'p', text: 'Nội dung.' }], refKindName: 'Báo cáo' }));
    const title = findPara(report.document, LONG);
    expect(title.xml.match(/<w:br\/>/gu)).toHaveLength(1);
    const letter = openDocx(
      await buildDocument(
        { ...frame, number: { number: 7, symbol: 'UBND-NV' } },
        { summary: 'đôn đốc báo cáo\nkết quả thực hiện phong trào thi đua', body: [{ kind: 'p', text: 'Nội dung.' }], refKindName: 'Công văn' },
      ),
    );
    const vv = findPara(letter.document, /^V\/v đôn đốc báo cáo/u);
    expect(vv.runs.map((r) => r.text)).toEqual(['V/v đôn đốc báo cáo ', 'kết quả thực hiện phong trào thi đua']);
    expect(vv.xml).toContain('<w:br/>');
  });
});
