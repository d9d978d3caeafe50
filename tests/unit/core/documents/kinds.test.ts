// Every list of document kinds is the table (core/documents/kinds.ts): the contract's enum, the
// register's names, the command line's names and its error, the composer's choices, the Cơ quan
// page's lists (signer defaults, recipients, legal bases) and the date rules — so a kind added to the
// table, with its module, appears everywhere and a list written out by hand anywhere else fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKind } from '../../../../core/api/contract.ts';
import { documentLabel } from '../../../../core/api/labels.ts';
import { DOCUMENT_KIND_IDS, DOCUMENT_KINDS, KIND_BY_CLI_NAME, KIND_CHOICES, isDocumentKind, kindInfo, kindLabel } from '../../../../core/documents/kinds.ts';
import { TYPE_ABBREVIATION } from '../../../../core/documents/numbering.ts';
import { doc } from '../../../../core/hosts/cli/commands/doc.ts';
import { choiceKind, choiceStage, DOCUMENT_CHOICES } from '../../../../renderer/src/documents/kinds.ts';
import { demoApp, ROOT } from '../../helpers.ts';

describe('the table of document kinds', () => {
  it('names each kind once, with a known NĐ 30 type and its own file and command-line names', () => {
    expect(DOCUMENT_KIND_IDS).toEqual(['ke_hoach', 'bao_cao', 'cong_van_don_doc', 'giay_moi', 'to_trinh_de_nghi', 'to_trinh_ket_qua', 'bien_ban_hop', 'quyet_dinh']);
    for (const k of DOCUMENT_KIND_IDS) expect(Object.hasOwn(TYPE_ABBREVIATION, kindInfo(k).docType), k).toBe(true);
    const slugs = DOCUMENT_KIND_IDS.map((k) => kindInfo(k).slug);
    const names = DOCUMENT_KIND_IDS.map((k) => kindInfo(k).cli);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(names).size).toBe(names.length);
    expect(isDocumentKind('to_trinh')).toBe(false);
    expect(isDocumentKind('toString')).toBe(false);
  });

  it('is the contract’s enum and the register’s names, stage variants included', () => {
    expect(documentKind.options).toEqual(DOCUMENT_KIND_IDS);
    for (const k of DOCUMENT_KIND_IDS) {
      for (const stage of [null, 'so_ket', 'tong_ket'] as const) expect(documentLabel(k, stage)).toBe(kindLabel(k, stage));
    }
    expect(DOCUMENT_KIND_IDS.map((k) => kindLabel(k, 'tong_ket'))).toEqual([
      'Kế hoạch',
      'Báo cáo tổng kết',
      'Công văn đôn đốc',
      'Giấy mời hội nghị tổng kết',
      'Tờ trình đề nghị khen thưởng',
      'Tờ trình kết quả xét khen thưởng',
      'Biên bản họp Hội đồng',
      'Quyết định khen thưởng',
    ]);
  });

  it('is the command line’s list of names, in its usage and in its refusal', async () => {
    expect([...KIND_BY_CLI_NAME.values()]).toEqual(DOCUMENT_KIND_IDS);
    expect(doc.usage).toContain(`doc <${DOCUMENT_KIND_IDS.map((k) => DOCUMENT_KINDS[k].cli).join('|')}> --db FILE`);
    await expect(doc.run(['thong-bao', '--db', 'x.sqlite', '--out', 'x.docx'])).rejects.toThrow(
      'Chọn một loại văn bản: ke-hoach, bao-cao, cong-van-don-doc, giay-moi, to-trinh, to-trinh-ket-qua, bien-ban, quyet-dinh.',
    );
  });

  it('is the composer’s choices: a kind whose stage is chosen in the list once per stage', () => {
    expect(DOCUMENT_CHOICES).toEqual([
      { value: 'ke_hoach', label: 'Kế hoạch' },
      { value: 'bao_cao_so_ket', label: 'Báo cáo sơ kết' },
      { value: 'bao_cao_tong_ket', label: 'Báo cáo tổng kết' },
      { value: 'cong_van_don_doc', label: 'Công văn đôn đốc' },
      { value: 'giay_moi', label: 'Giấy mời' },
    ]);
    // An award document is written from its proposal, meeting or decision, not chosen among a campaign's.
    expect([...new Set(KIND_CHOICES.map((c) => c.kind))]).toEqual(DOCUMENT_KIND_IDS.filter((k) => kindInfo(k).subject === 'campaign'));
    for (const c of DOCUMENT_CHOICES) {
      const choice = KIND_CHOICES.find((x) => x.value === c.value)!;
      expect([choiceKind(c.value), choiceStage(c.value)]).toEqual([choice.kind, choice.stage]);
    }
  });

  it('is the Cơ quan page’s lists: a default signer for every kind, and no kind list of its own in the cards', async () => {
    const app = await demoApp();
    const setup = await app.invoke('agency.issuing', {});
    expect([...new Set(setup.defaults.map((d) => d.kind))].sort()).toEqual([...DOCUMENT_KIND_IDS].sort());
    app.close();
    for (const card of ['RecipientsCard.tsx', 'SignersCard.tsx', 'LegalBasisFormModal.tsx']) {
      const source = readFileSync(join(ROOT, 'renderer/src/components', card), 'utf8');
      expect(source, card).toContain('DOCUMENT_KIND_IDS.map(');
      expect(source, card).not.toMatch(/\[\s*'ke_hoach',\s*'bao_cao'/u);
    }
  });
});
