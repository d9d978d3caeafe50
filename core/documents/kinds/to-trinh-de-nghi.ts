// Tờ trình đề nghị khen thưởng: a proposal's counts by form ("Giấy khen cho 02 tập thể và 03 cá nhân"),
// addressed to the agency's Chủ tịch, with its danh sách and báo cáo thành tích attached.
import { UserError } from '../../api/envelope.ts';
import { proposalData } from '../../awards/proposal-data.ts';
import { proposalName, proposalRow } from '../../awards/records.ts';
import { legalBasesFor } from '../../library/legal-bases.ts';
import { deciderOf, forWhat } from '../award-subjects.ts';
import { formsPhrase } from '../award-wording.ts';
import { buildToTrinh, toTrinhSections } from '../builders/to-trinh.ts';
import type { SubjectKindModule } from '../kind-module.ts';
import { lowerFirst, planCitation } from '../wording.ts';

export const toTrinhDeNghi: SubjectKindModule = {
  id: 'to_trinh_de_nghi',
  subject: 'proposal',
  summaryKey: 'trichYeu',
  facts(raw, id) {
    const p = proposalRow(raw, id);
    return { campaignId: p.campaign_id, date: p.submission_date };
  },
  load({ ctx, subject, dates, frame }) {
    const raw = ctx.conn.raw;
    const data = proposalData(raw, subject.id, ctx.now());
    if (data.forms.length === 0) {
      throw new UserError(`${proposalName(raw, proposalRow(raw, subject.id))} chưa có tập thể, cá nhân nào được đề nghị: thêm người được đề nghị rồi lập tờ trình.`, {
        fields: { proposalId: 'Đề nghị chưa có ai' },
      });
    }
    const decider = deciderOf(raw);
    const proposer = data.unit?.name ?? frame.issuer.name.trim();
    const c = data.campaign;
    const plan = c?.planNumber.trim() && c.planDate ? planCitation({ planNumber: c.planNumber, planDate: c.planDate, planIssuer: '' }, c.name, decider.replace(/^Chủ tịch /u, '')) : '';
    // One entry per form name: a form's tập thể and cá nhân rows carry two codes and one name.
    const forms: { formName: string; counts: { tapThe: number; caNhan: number; hoGiaDinh: number } }[] = [];
    for (const f of data.forms) {
      const same = forms.find((x) => x.formName === f.formName);
      if (same) {
        same.counts.tapThe += f.tapThe;
        same.counts.caNhan += f.caNhan;
        same.counts.hoGiaDinh += f.hoGiaDinh;
      } else forms.push({ formName: f.formName, counts: { tapThe: f.tapThe, caNhan: f.caNhan, hoGiaDinh: f.hoGiaDinh } });
    }
    const what = forWhat(c, data.year);
    const defaults = {
      trichYeu: `Đề nghị khen thưởng các tập thể, cá nhân có thành tích ${what}`,
      kinhGui: [decider],
      bases: [...legalBasesFor(raw, 'to_trinh_de_nghi', dates.date), ...(plan ? [`Căn cứ ${plan}`] : [])],
      tinhHinh: c
        ? `Thực hiện ${plan || lowerFirst(c.name)}, ${proposer} đã tổ chức triển khai đến các tập thể, cá nhân; phong trào thi đua đạt nhiều kết quả, nhiều tập thể, cá nhân có thành tích xuất sắc.`
        : `Năm ${data.year}, nhiều tập thể, cá nhân của ${proposer} đã có thành tích xuất sắc trong thực hiện nhiệm vụ được giao.`,
      deNghi: `${proposer} kính đề nghị ${decider} xem xét, tặng ${formsPhrase(forms)} đã có thành tích xuất sắc ${what} (có danh sách và báo cáo thành tích kèm theo).`,
      kinhTrinh: `Kính trình ${decider} xem xét, quyết định.`,
    };
    return {
      defs: toTrinhSections(defaults),
      build: (numbered, texts) => buildToTrinh({ frame: numbered, defaults, texts }),
    };
  },
};

