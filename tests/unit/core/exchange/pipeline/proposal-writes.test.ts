// The papers of a proposal import on a real data folder: when the second of two papers cannot take its
// name (a folder of that name is in the way), the first one, already renamed, is removed too, and the
// temporary files go — so a failed import leaves no file, whichever step failed.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import { attachmentFolder } from '../../../../../core/awards/attachments.ts';
import { BatchWriter } from '../../../../../core/exchange/pipeline/batch.ts';
import { ProposalFiles } from '../../../../../core/exchange/pipeline/proposal-writes.ts';
import type { ProposalWrite } from '../../../../../core/exchange/pipeline/proposals.ts';
import { freshApp, unitAndCampaign } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

const PROPOSAL = '00000000-0000-4000-8000-000000000070';
const paper = (n: number, text: string): ProposalWrite => ({
  t: 'attachment_insert', key: `proposals:0:attachments:${n}`, uuid: `${n}`.repeat(64).slice(0, 64), proposalUuid: PROPOSAL, nomineeUuid: null,
  fileName: `bao-cao-${n}.pdf`, a: { fileName: `bao-cao-${n}.pdf`, sha256: `${n}`.repeat(64).slice(0, 64), bytes: Buffer.from(text), nomineeUuid: null, place: { file: 'x.tdkt' } },
});

describe('ProposalFiles', () => {
  it('removes the papers already renamed when a later one cannot take its name', async () => {
    const app = freshApp();
    apps.push(app);
    const { unit, campaign } = await unitAndCampaign(app);
    const raw = app.connection.raw;
    const dir = attachmentFolder(app.dataDir);
    const files = new ProposalFiles(raw, app.dataDir);
    const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(() =>
      raw.transaction(() => {
        const w = new BatchWriter(raw);
        files.write(w, {
          t: 'proposal_insert', key: 'proposals:0', uuid: PROPOSAL, after: {},
          columns: { unit_id: unit.id, campaign_id: campaign.id, year: 2021, submission_number: '12/TTr-UBND', submission_date: null, status: 'da_trinh', note: '' },
        }, '2021-04-20T03:00:00.000Z');
        files.write(w, paper(1, 'Báo cáo một'), '2021-04-20T03:00:00.000Z');
        const first = temps();
        files.write(w, paper(2, 'Báo cáo hai'), '2021-04-20T03:00:00.000Z');
        const second = temps().find((t) => !first.includes(t))!;
        // ".ho-so-<uuid>.pdf.<pid>-<time>-<n>.tmp" → "ho-so-<uuid>.pdf": a non-empty folder there refuses the rename.
        const target = join(dir, second.slice(1).replace(/\.\d+-\d+-\d+\.tmp$/u, ''));
        mkdirSync(target);
        writeFileSync(join(target, 'giu-cho.txt'), 'x');
        files.commit();
      })(),
    ).toThrow(/Không ghi được tệp "ho-so-.*\.pdf"/u);
    files.discard();
    // Only the folder that blocked the rename is left: no paper, no temporary file.
    expect(readdirSync(dir).map((f) => statSync(join(dir, f)).isDirectory())).toEqual([true]);
    expect(raw.prepare('SELECT count(*) FROM proposal_attachments').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM proposals').pluck().get()).toBe(0);
  });
});
