// The user's answers in the preview: per conflicting field keep ours or take theirs, per possible
// duplicate whether to skip it. Apply refuses while a conflict is unanswered, so the page counts them.
import type { ImportPreview, ImportResolution } from '../../../core/api/types.ts';

export type Answers = Record<string, Record<string, ImportResolution['take']>>;

export function resolutionsOf(answers: Answers): ImportResolution[] {
  return Object.entries(answers).flatMap(([row, fields]) => Object.entries(fields).map(([field, take]) => ({ row, field, take })));
}

/** Conflicting fields of the preview no answer covers yet. */
export function unanswered(preview: ImportPreview, answers: Answers): number {
  let n = 0;
  for (const r of preview.rows) for (const d of r.diff) if (d.changedBy === 'both' && !answers[r.key]?.[d.field]) n++;
  return n;
}

/** Every conflict of the preview answered one way. */
export function answerAll(preview: ImportPreview, take: ImportResolution['take']): Answers {
  const out: Answers = {};
  for (const r of preview.rows) {
    for (const d of r.diff) {
      if (d.changedBy !== 'both') continue;
      out[r.key] ??= {};
      out[r.key][d.field] = take;
    }
  }
  return out;
}
