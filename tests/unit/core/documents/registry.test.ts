// The registry has one module for each kind of the table, under its own id, and the pipeline takes
// everything else from the table: every kind, drafted and issued through the router on the demo
// database, gets its file name from the table's slug, its ký hiệu and register from the table's NĐ 30
// type, its name in the register from the table's label, and its as-of day as the table says.
//
// And a kind is one module: in a copy of the source, a Thông báo defined in this test is added as its
// module file, a row of the table and a line of the registry — nothing else — and the copy typechecks,
// and its command line (a real process on a real database) lists it, drafts it and issues it numbered
// in its own register.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KIND_IDS, type DocumentKind, kindInfo, kindLabel } from '../../../../core/documents/kinds.ts';
import { registerType, TYPE_ABBREVIATION } from '../../../../core/documents/numbering.ts';
import { KIND_MODULES, kindModule } from '../../../../core/documents/registry.ts';
import { fold } from '../../../../core/text/fold.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';
import { demoApp, ROOT, tempDir } from '../../helpers.ts';

/** The kinds written from a campaign (the award kinds have their own subjects: tests/unit/core/documents/kinds/awards.test.ts). */
const CAMPAIGN_KINDS = DOCUMENT_KIND_IDS.filter((k) => kindInfo(k).subject === 'campaign');

/** A request each campaign kind can be made from on the demo campaign. */
const REQUEST: Partial<Record<DocumentKind, Record<string, unknown>>> = {
  ke_hoach: {},
  bao_cao: { stage: 'tong_ket', asOf: '2021-04-12' },
  cong_van_don_doc: { asOf: '2021-04-12' },
  giay_moi: { stage: 'so_ket', meeting: { date: '2021-05-19', place: 'Hội trường' }, date: '2021-05-10' },
};

describe('the registry of kind modules', () => {
  it('has exactly the table’s kinds, each module under its own id', () => {
    expect(Object.keys(KIND_MODULES)).toEqual(DOCUMENT_KIND_IDS);
    for (const k of DOCUMENT_KIND_IDS) expect(kindModule(k).id).toBe(k);
  });

  it('drafts and issues every kind of the table through the router, named and numbered by the table', async () => {
    const app = await demoApp();
    for (const kind of CAMPAIGN_KINDS) {
      const info = kindInfo(kind);
      const draft = await app.invoke('documents.generate', { kind, campaignId: 1, ...REQUEST[kind] });
      const stage = draft.stage ? `-${draft.stage.replace('_', '-')}` : '';
      expect(draft.fileName, kind).toBe(`${info.slug}${stage}_du-thao_${draft.date}.docx`);
      expect(draft.asOf === null, kind).toBe(!info.asOf);
      const issued = await app.invoke('documents.issue', { id: draft.id });
      const abbreviation = TYPE_ABBREVIATION[info.docType];
      expect(issued.symbol, kind).toBe(abbreviation ? `${abbreviation}-UBND` : 'UBND-NV');
      expect(issued.fileName, kind).toBe(`${info.slug}${stage}_${issued.numberText.replace('/', '-')}_${issued.date}.docx`);
      const row = app.connection.raw.prepare('SELECT doc_type, search FROM issued_documents WHERE id = ?').get(issued.id) as { doc_type: string; search: string };
      expect(row.doc_type, kind).toBe(registerType(info.docType));
      expect(row.search, kind).toContain(fold(kindLabel(kind, issued.stage)));
    }
    const listed = await app.invoke('documents.list', { campaignId: 1 });
    expect([...new Set(listed.map((d) => d.kind))].sort()).toEqual([...CAMPAIGN_KINDS].sort());
    app.close();
  });

  it('refuses by name a document whose kind this version does not make, and leaves it out of the list', async () => {
    const app = await demoApp();
    const draft = await app.invoke('documents.generate', { kind: 'ke_hoach', campaignId: 1 });
    // As a newer version that makes tờ trình would have left it: the freed column takes it (migration 0011).
    app.connection.raw.prepare("UPDATE issued_documents SET kind = 'to_trinh' WHERE id = ?").run(draft.id);
    const env = await app.call('documents.get', { id: draft.id });
    expect(env.ok).toBe(false);
    expect(!env.ok && env.error.message).toMatch(/^Văn bản "Tổ chức .*" ngày 12\/3\/2021 thuộc loại văn bản mà phiên bản phần mềm này chưa có\. Hãy cập nhật phần mềm/u);
    expect((await app.invoke('documents.list', { campaignId: 1 })).map((d) => d.id)).not.toContain(draft.id);
    app.close();
  });
});

/** The whole of the new kind: its module, as a developer would write it. */
const THONG_BAO_MODULE = `// Thông báo kết quả của một đợt thi đua (added by tests/unit/core/documents/registry.test.ts).
import { buildDocument } from '../frame.ts';
import type { DocumentKindModule } from '../kind-module.ts';
import { parseSectionText } from '../outline.ts';

export const thongBao: DocumentKindModule = {
  id: 'thong_bao',
  summaryKey: 'trichYeu',
  load({ campaign }) {
    const defs = [
      { key: 'trichYeu', label: 'Trích yếu', text: \`Kết quả \${campaign.name}\` },
      { key: 'noiDung', label: 'Nội dung', text: 'Ủy ban nhân dân thành phố thông báo kết quả đợt thi đua đến các cơ quan, đơn vị.' },
    ];
    return {
      defs,
      build: (frame, texts) =>
        buildDocument(frame, { kindName: 'Thông báo', summary: texts.trichYeu, body: parseSectionText(texts.noiDung), refKindName: 'Thông báo' }),
    };
  },
};
`;

const THONG_BAO_ROW = `  thong_bao: { label: 'Thông báo', docType: 'thong_bao', slug: 'thong-bao', cli: 'thong-bao', subject: 'campaign', stages: [], asOf: true, dates: 'figures' },
`;

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, path).not.toBe(before);
  writeFileSync(path, after);
}

describe('a new kind of document', () => {
  it('is its module, a row of the table and a line of the registry', () => {
    const copy = tempDir('tdkt-new-kind-');
    for (const part of ['core', 'db', 'renderer', 'electron', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

    writeFileSync(join(copy, 'core/documents/kinds/thong-bao.ts'), THONG_BAO_MODULE);
    edit(join(copy, 'core/documents/kinds.ts'), (t) => t.replace('} as const satisfies Record<string, KindInfo>;', `${THONG_BAO_ROW}} as const satisfies Record<string, KindInfo>;`));
    edit(join(copy, 'core/documents/registry.ts'), (t) =>
      t
        .replace("import { keHoach } from './kinds/ke-hoach.ts';", "import { keHoach } from './kinds/ke-hoach.ts';\nimport { thongBao } from './kinds/thong-bao.ts';")
        .replace('  giay_moi: giayMoi,\n', '  giay_moi: giayMoi,\n  thong_bao: thongBao,\n'),
    );

    const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', copy], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const cli = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(copy, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: copy });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const db = join(copy, 'demo.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    const refused = cli('doc', 'thong-bao-khac', '--db', db, '--out', join(copy, 'x.docx'));
    expect(refused.err).toContain(`Chọn một loại văn bản: ${[...DOCUMENT_KIND_IDS.map((k) => kindInfo(k).cli), 'thong-bao'].join(', ')}.`);
    const out = join(copy, 'thong-bao.docx');
    const r = cli('doc', 'thong-bao', '--db', db, '--campaign', '1', '--as-of', '2021-04-12', '--date', '2021-04-20', '--issue', '--out', out);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Đã ban hành Thông báo số 01\/TB-UBND ngày 20\/4\/2021: /u);
    const text = paragraphs(openDocx(readFileSync(out)).document).map((p) => p.text).join('\n');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Ủy ban nhân dân thành phố thông báo kết quả đợt thi đua đến các cơ quan, đơn vị./.');
  });
});
