// The field-by-field merge of one record matched on both sides. Pure: the caller brings our current
// fields, theirs, and what it knows of the version theirs was edited from.
//
// Invariant: a field is taken from the sender only when the sender changed it and we did not, or when
// the user said "take theirs"; a field both sides changed is a conflict until the user resolves it; a
// field only we changed is kept. When the base is unknown (no version of ours at baseUpdatedAt) and our
// row changed since, nobody can tell who changed what: every differing field is a conflict, never a
// silent overwrite.
import type { ImportFieldDiff, ImportResolution } from '../../api/types.ts';

export type Fields = Record<string, string>;

/** What the pipeline knows of the version the sender started from. */
export type Base =
  /** No base at all (an Excel form row): the sender's values are their current statement. */
  | { kind: 'none' }
  /** Our row has not changed since the version the sender started from. */
  | { kind: 'ours_unchanged' }
  /** Our row changed since; these were the fields at the base. */
  | { kind: 'known'; fields: Fields }
  /** Our row changed since and the base version was never recorded here. */
  | { kind: 'unknown' };

export interface Merged {
  diff: ImportFieldDiff[];
  /** Fields to write, with their new values (theirs). */
  take: Fields;
  /** Conflicting fields the resolutions do not answer yet. */
  unresolved: string[];
}

export function merge(
  ours: Fields,
  theirs: Fields,
  base: Base,
  labels: Record<string, string>,
  resolutions: ReadonlyMap<string, ImportResolution['take']> = new Map(),
): Merged {
  const diff: ImportFieldDiff[] = [];
  const take: Fields = {};
  const unresolved: string[] = [];
  for (const field of Object.keys(theirs)) {
    if (ours[field] === theirs[field]) continue;
    let changedBy: ImportFieldDiff['changedBy'];
    if (base.kind === 'none' || base.kind === 'ours_unchanged') changedBy = 'theirs';
    else if (base.kind === 'unknown') changedBy = 'both';
    else {
      // A field the base version never recorded (compared only since a later version) is taken as ours unchanged.
      const was = base.fields[field] ?? ours[field];
      const ourSide = ours[field] !== was;
      const theirSide = theirs[field] !== was;
      changedBy = ourSide && theirSide ? 'both' : ourSide ? 'ours' : 'theirs';
    }
    diff.push({ field, label: labels[field] ?? field, ours: ours[field], theirs: theirs[field], changedBy });
    if (changedBy === 'theirs') take[field] = theirs[field];
    if (changedBy === 'both') {
      const answer = resolutions.get(field);
      if (answer === 'theirs') take[field] = theirs[field];
      else if (answer === undefined) unresolved.push(field);
    }
  }
  return { diff, take, unresolved };
}
