// Báo cáo sơ kết / tổng kết: the campaign's figures and works as of a day, with the lists the user
// chose to carry. Sơ kết or tổng kết is the user's choice: a date near the end of the campaign says neither.
import { UserError } from '../../api/envelope.ts';
import { baoCaoSections, baoCaoTexts, buildBaoCao } from '../builders/bao-cao.ts';
import { statsAt, worksAt } from '../data.ts';
import type { DocumentKindModule } from '../kind-module.ts';

export const baoCao: DocumentKindModule = {
  id: 'bao_cao',
  summaryKey: 'trichYeu',
  stage: ({ request }) => request.stage ?? 'so_ket',
  load({ ctx, request, campaignId, campaign, asOf, percentMode, edits, frame }) {
    if (!request.stage) {
      throw new UserError('Chọn báo cáo sơ kết hoặc báo cáo tổng kết (ô "Loại văn bản"; dòng lệnh: --so-ket hoặc --tong-ket).', {
        fields: { stage: 'Chọn sơ kết hoặc tổng kết' },
      });
    }
    const raw = ctx.conn.raw;
    const stats = statsAt(raw, campaignId, asOf, percentMode);
    const input = { stage: request.stage, campaign, stats, works: worksAt(raw, campaignId, asOf), appendices: request.appendices };
    const defs = baoCaoSections({ ...input, frame });
    // An unknown «figure» is refused here, before a text holding it is saved or built.
    baoCaoTexts({ ...input, frame, texts: edits });
    return { defs, build: (numbered, texts) => buildBaoCao({ ...input, frame: numbered, texts }) };
  },
};
