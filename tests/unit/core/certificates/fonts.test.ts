// The OS serif faces: found on this Linux as Liberation Serif, every Vietnamese letter present in all four
// faces, measured exactly as pdfkit measures when it draws, and a Vietnamese message naming the missing
// files when a face is absent.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findSerifFonts, loadFonts } from '../../../../core/certificates/fonts.ts';
import { osFonts } from './fixtures.ts';

const LOWER = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
const LETTERS = `${LOWER}${LOWER.toLocaleUpperCase('vi')}`;

describe('serif fonts', () => {
  it('finds the four faces of Liberation Serif on Linux', () => {
    const files = findSerifFonts();
    expect(files.regular).toMatch(/LiberationSerif-Regular\.ttf$/u);
    expect(files.boldItalic).toMatch(/LiberationSerif-BoldItalic\.ttf$/u);
  });

  it('has a glyph for every Vietnamese letter, upper and lower, in every face', () => {
    const { metrics } = osFonts();
    // 12 vowels × 6 tones and 17 consonants, in both cases.
    expect([...LETTERS]).toHaveLength(2 * (12 * 6 + 17));
    for (const v of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const missing = [...LETTERS].filter((ch) => !metrics.hasGlyph(ch.codePointAt(0)!, v));
      expect(missing, v).toEqual([]);
    }
  });

  it('measures a line exactly as pdfkit does when it draws it', () => {
    const { faces, metrics } = osFonts();
    const doc = new PDFDocument({ autoFirstPage: false, font: faces.bold as unknown as string });
    for (const line of ['NGUYỄN THỊ NGỌC ÁNH', 'Tôn Nữ Thị Hoàng Phương Quỳnh', 'Số sổ: 1024', 'AV Ty']) {
      expect(metrics.widthEm(line, 'bold') * 24).toBeCloseTo(doc.fontSize(24).widthOfString(line), 6);
    }
  });

  it('says which files are missing, in Vietnamese, when a face is absent', () => {
    const files = { ...findSerifFonts(), italic: '/khong-co/timesi.ttf' };
    expect(() => findSerifFonts(files)).toThrow(
      'Không tìm thấy phông chữ Times New Roman (trên Linux: Liberation Serif) để in giấy khen: thiếu tệp /khong-co/timesi.ttf. Hãy cài phông chữ Times New Roman (đủ 4 kiểu: thường, đậm, nghiêng, đậm nghiêng) rồi thử lại.',
    );
    expect(() => loadFonts({ ...findSerifFonts(), bold: '/etc/hostname' })).toThrow('Tệp phông chữ /etc/hostname không đọc được (hỏng hoặc không phải phông TrueType). Hãy cài lại phông Times New Roman.');
  });
});
