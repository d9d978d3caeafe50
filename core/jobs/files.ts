// A job's files, written by its finish step: all of them staged beside their targets first, so a full
// disk half-way leaves none of them; then the caller records its rows, and only then are they renamed
// into place (core/files/write.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type StagedFile, stageFile } from '../files/write.ts';
import type { MadeFile } from './task.ts';

export interface StagedJobFiles {
  /** The full paths the files will have. */
  paths: string[];
  commit(): void;
  /** Removes whatever was not committed; safe after commit. */
  discard(): void;
}

export function stageJobFiles(folder: string, files: readonly MadeFile[]): StagedJobFiles {
  mkdirSync(folder, { recursive: true });
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(stageFile(join(folder, file.name), file.bytes));
  } catch (error) {
    for (const s of staged) s.discard();
    throw error;
  }
  return {
    paths: staged.map((s) => s.target),
    commit: () => {
      for (const s of staged) s.commit();
    },
    discard: () => {
      for (const s of staged) s.discard();
    },
  };
}

/** Writes `files` into `folder` whole or not at all, for a finish step with no rows to record. */
export function writeJobFiles(folder: string, files: readonly MadeFile[]): string[] {
  const staged = stageJobFiles(folder, files);
  try {
    staged.commit();
  } finally {
    staged.discard();
  }
  return staged.paths;
}
