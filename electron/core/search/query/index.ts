export { parseQuery } from './parseQuery';
export { toFts5, fts5Literal, MATCH_NOTHING } from './toFts5';
export type { TermExpander, HighlightTerm, Fts5Query } from './toFts5';
export { FILTER_NAMES, type FilterName } from './filters';
export {
  NEAR_DEFAULT_DISTANCE,
  NEAR_MAX_DISTANCE,
  QUERY_MAX_DEPTH,
  QUERY_MAX_LENGTH,
  QUERY_MAX_TERMS,
} from './queryAst';
export type {
  AndNode,
  DateRange,
  NearNode,
  NearTerm,
  OrNode,
  PhraseNode,
  PrefixNode,
  Query,
  QueryFilters,
  QuerySyntaxReason,
  TextNode,
  WordNode,
} from './queryAst';
