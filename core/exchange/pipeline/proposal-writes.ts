// The writes of a proposal packet inside the import's one transaction (apply.ts): people, proposals and
// nominees through the BatchWriter (so undo has their before-images), and each paper written into the
// data folder the way proposals.attach writes one — a temporary file first, renamed last. The renames
// happen after every row is in place; a failure at any point (a row, a rename, the commit) removes every
// file this import put down, so a failed import leaves neither a row nor a file.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { attachmentFolder, storedNameFor } from '../../awards/attachments.ts';
import { stageFile, type StagedFile } from '../../files/write.ts';
import type { BatchWriter } from './batch.ts';
import type { ProposalWrite } from './proposals.ts';

export class ProposalFiles {
  private readonly raw: BetterSqlite3.Database;
  private readonly dataDir: string | undefined;
  private readonly ids = { people: new Map<string, number>(), proposals: new Map<string, number>(), proposal_nominees: new Map<string, number>() };
  private readonly staged: StagedFile[] = [];
  private readonly committed: string[] = [];

  constructor(raw: BetterSqlite3.Database, dataDir: string | undefined) {
    this.raw = raw;
    this.dataDir = dataDir;
  }

  private idOf(table: keyof ProposalFiles['ids'], uuid: string): number {
    const known = this.ids[table].get(uuid);
    if (known !== undefined) return known;
    const id = this.raw.prepare<[string], number>(`SELECT id FROM ${table} WHERE uuid = ?`).pluck().get(uuid);
    if (id === undefined) throw new Error(`${table} ${uuid} missing during import`);
    this.ids[table].set(uuid, id);
    return id;
  }

  write(w: BatchWriter, x: ProposalWrite, now: string): void {
    switch (x.t) {
      case 'person_insert':
        this.ids.people.set(x.uuid, w.insert('people', { uuid: x.uuid, ...x.columns, created_at: now, updated_at: now }));
        return;
      case 'person_update':
        w.update('people', x.id, { ...x.columns, updated_at: now });
        return;
      case 'proposal_insert':
        this.ids.proposals.set(x.uuid, w.insert('proposals', { uuid: x.uuid, ...x.columns, created_at: now, updated_at: now }));
        return;
      case 'proposal_update':
        w.update('proposals', x.id, { ...x.columns, updated_at: now });
        return;
      case 'nominee_insert': {
        const personId = x.personUuid === null ? null : this.idOf('people', x.personUuid);
        const row = { uuid: x.uuid, proposal_id: this.idOf('proposals', x.proposalUuid), person_id: personId, ...x.columns, created_at: now, updated_at: now };
        this.ids.proposal_nominees.set(x.uuid, w.insert('proposal_nominees', row));
        return;
      }
      case 'nominee_update':
        w.update('proposal_nominees', x.id, { ...x.columns, person_id: x.personUuid === null ? null : this.idOf('people', x.personUuid), updated_at: now });
        return;
      case 'attachment_insert': {
        if (this.dataDir === undefined) throw new Error('an import with attachments needs the data folder');
        const dir = attachmentFolder(this.dataDir);
        mkdirSync(dir, { recursive: true });
        const storedName = storedNameFor(x.fileName);
        this.staged.push(stageFile(join(dir, storedName), x.a.bytes));
        w.insert('proposal_attachments', {
          proposal_id: this.idOf('proposals', x.proposalUuid),
          nominee_id: x.nomineeUuid === null ? null : this.idOf('proposal_nominees', x.nomineeUuid),
          file_name: x.fileName,
          stored_name: storedName,
          sha256: x.a.sha256,
          bytes: x.a.bytes.length,
          created_at: now,
        });
      }
    }
  }

  /** Last step inside the transaction: every staged paper takes its name, or none does. */
  commit(): void {
    try {
      for (const f of this.staged) {
        f.commit();
        this.committed.push(f.target);
      }
    } catch (error) {
      this.removeCommitted();
      throw error;
    }
  }

  /** After a failed import: the papers already renamed go too. */
  removeCommitted(): void {
    for (const target of this.committed.splice(0)) rmSync(target, { force: true });
  }

  /** Always, after the import: temporary files that never took their name are removed. */
  discard(): void {
    for (const f of this.staged) f.discard();
  }
}
