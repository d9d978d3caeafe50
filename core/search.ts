import { type RawBuilder, sql } from 'kysely';
import { type Needle, WORD_SEPARATORS } from './text/abbreviations.ts';
import { fold, searchClauses } from './text/fold.ts';

/** A WHERE condition with `?` placeholders, for statements prepared on the raw handle. */
export interface SqlCondition {
  sql: string;
  params: string[];
}

/** SQL text and the values bound between it, built once and written out for either driver. */
type Piece = string | { value: string };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The column with every word separator turned into a space and a space at each end. */
function spacedWords(column: string): string {
  const replaced = WORD_SEPARATORS.reduce((inner, c) => `replace(${inner}, '${c}', ' ')`, column);
  return `(' ' || ${replaced} || ' ')`;
}

function needlePieces(column: string, n: Needle): Piece[] {
  return n.word
    ? [`${spacedWords(column)} LIKE `, { value: `% ${escapeLike(n.text)} %` }, " ESCAPE '\\'"]
    : [`${column} LIKE `, { value: `%${escapeLike(n.text)}%` }, " ESCAPE '\\'"];
}

function joined(parts: Piece[][], op: 'AND' | 'OR'): Piece[] {
  return ['(', ...parts.flatMap((p, i) => (i ? [` ${op} `, ...p] : p)), ')'];
}

/**
 * A typed query against a folded `search` column, matched as matchesFolded matches in memory (the
 * abbreviations read both ways). The folded text has no case or marks left, so SQLite's ASCII-only
 * LIKE is exact here. Null when nothing was typed.
 */
function conditionPieces(query: string | undefined, column: string): Piece[] | null {
  const clauses = searchClauses(query ?? '');
  if (clauses.length === 0) return null;
  return joined(
    clauses.map((c) => joined(c.map((alt) => joined(alt.map((n) => needlePieces(column, n)), 'AND')), 'OR')),
    'AND',
  );
}

/** The typed query's condition for a statement on the raw handle; null when nothing was typed. */
export function searchCondition(query: string | undefined, column = 'search'): SqlCondition | null {
  const pieces = conditionPieces(query, column);
  if (!pieces) return null;
  return {
    sql: pieces.map((p) => (typeof p === 'string' ? p : '?')).join(''),
    params: pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.value])),
  };
}

/** The same condition for a Kysely query; null when nothing was typed. */
export function searchWhere(query: string | undefined, column = 'search'): RawBuilder<boolean> | null {
  const pieces = conditionPieces(query, column);
  if (!pieces) return null;
  return sql<boolean>`${sql.join(
    pieces.map((p) => (typeof p === 'string' ? sql.raw(p) : sql.val(p.value))),
    sql.raw(''),
  )}`;
}

export function searchText(...parts: (string | null | undefined)[]): string {
  return fold(parts.filter(Boolean).join(' '));
}
