import type Database from 'better-sqlite3-multiple-ciphers';
import { queryExpander } from './index/searchTerms';
import { fts5Literal, type Query, type TextNode } from './query';
import { documentsJoin, type SqlCondition } from './searchFilters';
import { rankedHits, type RowHit } from './rankedHits';
import type { SnippetMarker } from './snippets';

/** The trigram tokenizer matches nothing shorter than one trigram. */
const MIN_LENGTH = 3;

/** The plain words of a query that is only words (`суд`, `приг суд*`), else null. */
function plainWords(node: TextNode | null): string[] | null {
  if (node === null) return null;
  if (node.kind === 'word' || node.kind === 'prefix') return [node.text];
  if (node.kind !== 'and' || node.exclude.length > 0) return null;
  const words = node.include.map((child) =>
    child.kind === 'word' || child.kind === 'prefix' ? child.text : null,
  );
  return words.every((word) => word !== null) ? words : null;
}

/** The normalised substrings the fallback looks for, or null when the query gets no fallback. */
function substringTokens(query: Query): string[] | null {
  const words = plainWords(query.text);
  if (words === null) return null;
  const tokens = words.flatMap((word) => queryExpander.normalize(word).split(' '));
  if (tokens.length === 0 || tokens.some((token) => [...token].length < MIN_LENGTH)) return null;
  return tokens;
}

/** What marks a fallback hit in a snippet: the substrings themselves. */
export function substringMarkers(query: Query): SnippetMarker[] {
  return (substringTokens(query) ?? []).map((text) => ({ kind: 'substring', text }));
}

/**
 * When the word search finds nothing, a query of plain words is tried again as substrings of the
 * page text: a word OCR glued to its neighbour (`приговорсуда`), broken by a stray letter in the
 * middle of a compound, or typed as the middle of a word (`винит` in `обвинительный`). Queries
 * with phrases, NEAR, OR or exclusions are not retried: a substring would loosen what the lawyer
 * spelled out. Prefixes (`прест*`) need no fallback: the word index answers them directly.
 */
export function trigramFallback(
  db: Database.Database,
  query: Query,
  filter: SqlCondition,
  limit: number,
): { hits: RowHit[]; markers: SnippetMarker[] } | null {
  const tokens = substringTokens(query);
  if (tokens === null) return null;
  const hits = rankedHits(
    db,
    `SELECT r.document_id AS documentId, r.page_no AS pageNo, bm25(search_trigram) AS score
     FROM search_trigram JOIN search_rows r ON r.id = search_trigram.rowid
       ${documentsJoin(filter)}
     WHERE search_trigram MATCH ? AND ${filter.where}`,
    [tokens.map(fts5Literal).join(' AND '), ...filter.params],
    limit,
  );
  return { hits, markers: substringMarkers(query) };
}
