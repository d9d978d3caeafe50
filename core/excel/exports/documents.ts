// Sổ văn bản to Excel: the register the Văn bản page shows (documents.list, same campaign and search):
// every document generated, dự thảo or đã ban hành, with its number, date, trích yếu and file hash.
import { documentLabel, documentStatusLabel } from '../../api/labels.ts';
import type { IssuedDocument } from '../../api/types.ts';
import { getCampaign } from '../../campaigns/app.ts';
import { documentHandlers } from '../../documents/app.ts';
import { todayIso } from '../../text/dates.ts';
import { type ListExport, sttColumn } from '../book.ts';
import { type Column, layoutList } from '../layout.ts';

const columns: Column<IssuedDocument>[] = [
  sttColumn(),
  { header: 'Loại văn bản', kind: 'text', value: (d) => documentLabel(d.kind, d.stage) },
  { header: 'Trạng thái', kind: 'text', value: (d) => documentStatusLabel[d.status] },
  { header: 'Phiên bản', kind: 'integer', value: (d) => d.version },
  { header: 'Số, ký hiệu', kind: 'text', value: (d) => (d.status === 'da_ban_hanh' ? d.numberText : '') },
  { header: 'Ngày', kind: 'date', value: (d) => d.date },
  { header: 'Trích yếu', kind: 'text', value: (d) => d.summary },
  // Stored as a UTC time: the day it was on this PC's clock.
  { header: 'Ngày ban hành', kind: 'date', value: (d) => (d.issuedAt ? todayIso(new Date(d.issuedAt)) : null) },
  { header: 'Tên tệp', kind: 'text', value: (d) => d.fileName },
  { header: 'Mã băm (SHA-256)', kind: 'text', value: (d) => d.fileHash },
];

export const exportDocuments: ListExport<'documents'> = async (ctx, a) => {
  const documents = await documentHandlers['documents.list'](ctx, { campaignId: a.campaignId, query: a.query });
  const title = 'Sổ văn bản';
  const caption = [
    title,
    a.campaignId === undefined ? '' : `Đợt thi đua: ${(await getCampaign(ctx, a.campaignId)).name}`,
    a.query?.trim() ? `Tìm: ${a.query.trim()}` : '',
  ];
  return { title, sheets: [layoutList('Văn bản', columns, documents, { caption })] };
};
