import type { DocumentLanguage, DocumentType } from '../../../../shared/domain/document';
import type { CaseId } from '../../../../shared/domain/ids';
import { AppError } from '../../../../shared/errors';

/**
 * The parsed search query. Words keep the text the lawyer typed: normalising and stemming
 * belong to the caller's TermExpander (toFts5.ts), so the parser stays language-agnostic.
 * `position` is a UTF-16 index into the input, which is what a text field's caret uses.
 */
export interface WordNode {
  kind: 'word';
  text: string;
  position: number;
}

/** `pre*`: the star is not part of `text`. */
export interface PrefixNode {
  kind: 'prefix';
  text: string;
  position: number;
}

export interface PhraseNode {
  kind: 'phrase';
  words: string[];
  position: number;
}

export type NearTerm = WordNode | PhraseNode;

export interface NearNode {
  kind: 'near';
  terms: NearTerm[];
  distance: number;
  position: number;
}

/**
 * FTS5's NOT is binary (`a NOT b`), so negatives never stand alone in the tree: they hang off
 * the AND that holds at least one positive. An only-negative query cannot be represented.
 */
export interface AndNode {
  kind: 'and';
  include: TextNode[];
  exclude: TextNode[];
}

export interface OrNode {
  kind: 'or';
  anyOf: TextNode[];
}

export type TextNode = WordNode | PrefixNode | PhraseNode | NearNode | AndNode | OrNode;

/** Inclusive bounds, ISO `YYYY-MM-DD`; a missing bound is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * Values of one filter are alternatives (`type:verdict type:ruling` is either type), except
 * tags, which all must be present: lawyers narrow by tags. Different filters all apply.
 */
export interface QueryFilters {
  caseIds: CaseId[];
  types: DocumentType[];
  tags: string[];
  languages: DocumentLanguage[];
  date: DateRange | null;
}

/** `text` is null when the query holds only filters. */
export interface Query {
  text: TextNode | null;
  filters: QueryFilters;
}

export const QUERY_MAX_LENGTH = 1000;
export const QUERY_MAX_TERMS = 64;
/** FTS5's expression parser overflows near 100 nested levels; each group costs us up to 3. */
export const QUERY_MAX_DEPTH = 8;
export const NEAR_DEFAULT_DISTANCE = 10;
export const NEAR_MAX_DISTANCE = 1000;

/** Machine-readable keys the renderer translates; the message is English for logs and the CLI. */
export type QuerySyntaxReason =
  | 'unclosed_quote'
  | 'unbalanced_paren'
  | 'empty_group'
  | 'dangling_operator'
  | 'bare_wildcard'
  | 'unknown_filter'
  | 'bad_filter_value'
  | 'duplicate_filter'
  | 'misplaced_filter'
  | 'only_negative'
  | 'empty_near'
  | 'bad_near'
  | 'too_long'
  | 'too_deep';

export function querySyntaxError(
  position: number,
  reason: QuerySyntaxReason,
  message: string,
): AppError {
  return new AppError('QUERY_SYNTAX', `${message} (at ${position})`, { position, reason });
}
