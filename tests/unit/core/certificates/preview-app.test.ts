// certificates.layoutPreview through the router on a real database: with no decision issued it shows
// the samples; once one is issued, its lines as the print makes them (the chosen line first, then the
// widest name); an unsaved draft's layout is the one the sample PDF then draws (pdftotext -bbox); a
// draft with a box outside the paper is refused naming the template and the box; a draft decision or a
// line of another decision is refused in Vietnamese.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECIPIENTS } from '../../../../core/certificates/samples.ts';
import { upperVi } from '../../../../core/text/upper.ts';
import { databaseDigest, freshApp, refusal, tempDir } from '../../helpers.ts';
import { awardsFixture, throughCouncil } from '../awards/fixture.ts';
import { findLine, pdfWords, phoiTemplate } from './fixtures.ts';

describe('certificates.layoutPreview', () => {
  it('shows the samples while no decision is issued, then the latest issued decision’s lines', async () => {
    const f = await awardsFixture();
    const draft = phoiTemplate();
    const before = await f.app.invoke('certificates.layoutPreview', { template: draft });
    expect(before.source).toEqual({ kind: 'samples' });
    expect(before.pages.map((p) => p.recipient.name)).toEqual([SAMPLE_RECIPIENTS[0].name, SAMPLE_RECIPIENTS[1].name]);

    const { decision } = await throughCouncil(f);
    expect((await refusal(f.app, 'certificates.layoutPreview', { template: draft, decisionId: decision.id })).message).toMatch(/còn là dự thảo/u);
    await f.app.invoke('decisions.issue', { id: decision.id });
    const lines = await f.app.invoke('awards.list', { decisionId: decision.id });
    const latest = await f.app.invoke('certificates.layoutPreview', { template: draft });
    expect(latest.source).toMatchObject({ kind: 'decision', decisionId: decision.id, lines: lines.length });
    const last = lines.at(-1)!;
    const chosen = await f.app.invoke('certificates.layoutPreview', { template: draft, decisionId: decision.id, awardId: last.id });
    // As the print makes it: a collective is named with its unit, the số sổ reserved at issue.
    const [first] = chosen.pages;
    expect(first).toMatchObject({ role: 'chosen', label: 'Người được chọn', recipient: { registryNumber: String(last.bookNumber), decisionNumber: last.decisionNumber } });
    expect(first.recipient.name.startsWith(last.name)).toBe(true);
    const name = first.texts.find((t) => t.key === 'name')!;
    expect(name.lines.map((l) => l.text).join(' ')).toBe(upperVi(first.recipient.name));
    expect(new Set(chosen.pages.map((p) => p.role)).size).toBe(chosen.pages.length);
    const other = await refusal(f.app, 'certificates.layoutPreview', { template: draft, decisionId: decision.id, awardId: 9999 });
    expect(other.fields?.awardId).toBe('Không thuộc quyết định này');
    f.app.close();
  });

  it('lays out an unsaved draft exactly as the PDF of it then draws', async () => {
    const app = freshApp();
    const [, phoi] = await app.invoke('certificates.listTemplates', {});
    const draft = structuredClone(phoi.template);
    draft.fields.name.box = { x: 50, y: 92, width: 120, height: 18 };
    draft.fields.achievement.sizePt = 16;
    const recipients = [{ ...SAMPLE_RECIPIENTS[1] }];
    const preview = await app.invoke('certificates.layoutPreview', { template: draft, recipients });
    expect(preview.source).toEqual({ kind: 'typed' });
    // The draft was not saved by the preview.
    expect((await app.invoke('certificates.getTemplate', { id: phoi.id })).template.fields.name.box.x).toBe(phoi.template.fields.name.box.x);
    await app.invoke('certificates.saveTemplate', { id: phoi.id, template: draft });
    const pdf = await app.invoke('certificates.sample', { templateId: phoi.id, recipients });
    const words = pdfWords(Buffer.from(pdf.contentBase64, 'base64'), tempDir());
    const [page] = preview.pages;
    const name = page.texts.find((t) => t.key === 'name')!;
    // Bold upper-case at 22 pt does not fit 120 mm on one line: the fit rule wrapped it.
    expect(name.lines.length).toBe(2);
    let checked = 0;
    for (const text of page.texts) {
      for (const line of text.lines) {
        const found = findLine(words, 1, line.text);
        expect(Math.abs(found.xMin - line.xMm), line.text).toBeLessThanOrEqual(0.5);
        expect(Math.abs(found.xMax - (line.xMm + line.widthMm)), line.text).toBeLessThanOrEqual(0.5);
        expect(found.yMin < line.baselineMm && line.baselineMm < found.yMax, line.text).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(pdf.warnings).toEqual(page.issues.map((i) => i.message));
    app.close();
  });

  it('refuses a draft with a box outside the paper, naming the template and the box, and changes nothing', async () => {
    const app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const draft = phoiTemplate();
    draft.fields.signerName.box.x = 200;
    const e = await refusal(app, 'certificates.layoutPreview', { template: draft });
    expect(e.fields?.['template.fields.signerName.box']).toBe('Mẫu "Phôi Giấy khen A4 ngang", ô "Họ tên người ký": hộp vượt ra ngoài khổ giấy 297 × 210 mm');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });
});
