import type { NearNode, NearTerm, Query, TextNode } from './queryAst';

/**
 * Normalisation and stemming come from the caller (search/text), bound to the language hint it
 * wants, so this module knows FTS5 and nothing about Russian or Kazakh morphology.
 */
export interface TermExpander {
  /**
   * The form stored in the `text` column: one token, several separated by spaces when the word
   * splits (`Нур-Султан`), or '' when nothing in it is searchable.
   */
  normalize(word: string): string;
  /** The forms stored in the `stems` column for one normalised token; [] means the token. */
  stems(token: string): readonly string[];
}

/** What the result view should mark in a snippet; excluded terms are not listed. */
export type HighlightTerm =
  | { kind: 'word'; text: string; stems: string[] }
  | { kind: 'prefix'; text: string }
  | { kind: 'phrase'; words: string[] };

export interface Fts5Query {
  /** Null only when the query has no text part (filters alone). */
  match: string | null;
  highlightTerms: HighlightTerm[];
}

/** A valid expression that finds no row: for text whose every term normalised away. */
export const MATCH_NOTHING = 'text:""';

/** More stem combinations than this in one NEAR keeps only each word's first stem. */
const NEAR_MAX_VARIANTS = 16;

/**
 * The only way user text enters the expression: an FTS5 string literal, `"` doubled. NUL is
 * dropped because SQLite reads the expression as C text and would end the literal there.
 */
export function fts5Literal(value: string): string {
  return `"${value.replaceAll('\0', '').replaceAll('"', '""')}"`;
}

const group = (parts: string[], operator: 'AND' | 'OR'): string =>
  parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(` ${operator} `)})`;

const clean = (value: string) => value.replaceAll('\0', '').trim();
const unique = (values: readonly string[]) =>
  [...new Set(values.map(clean))].filter((value) => value !== '');

class Builder {
  readonly highlights = new Map<string, HighlightTerm>();

  constructor(private readonly terms: TermExpander) {}

  private highlight(term: HighlightTerm): void {
    this.highlights.set(JSON.stringify(term), term);
  }

  /** A word may normalise to several tokens (`Нур-Султан`, `ст.158`): stems see one at a time. */
  private tokens(word: string): string[] {
    return clean(this.terms.normalize(word))
      .split(/\s+/u)
      .filter((token) => token !== '');
  }

  private stemsOf(token: string): string[] {
    const stems = unique(this.terms.stems(token));
    return stems.length > 0 ? stems : [token];
  }

  private firstStems(tokens: string[]): string {
    return tokens.map((token) => this.stemsOf(token)[0]).join(' ');
  }

  /** `mark` is false under a minus: excluded words are not highlighted. */
  build(node: TextNode, mark: boolean): string | null {
    switch (node.kind) {
      case 'word': {
        const tokens = this.tokens(node.text);
        const [token] = tokens;
        if (token === undefined) return null;
        // A word that splits into tokens is found as those tokens in a row.
        if (tokens.length > 1) return this.phrase(tokens, mark);
        const stems = this.stemsOf(token);
        if (mark) this.highlight({ kind: 'word', text: token, stems });
        return group(
          stems.map((stem) => `stems:${fts5Literal(stem)}`),
          'OR',
        );
      }
      case 'prefix': {
        const prefix = this.tokens(node.text).join(' ');
        if (prefix === '') return null;
        if (mark) this.highlight({ kind: 'prefix', text: prefix });
        return `text:${fts5Literal(prefix)} *`;
      }
      case 'phrase':
        return this.phrase(
          node.words.flatMap((word) => this.tokens(word)),
          mark,
        );
      case 'near':
        return this.near(node, mark);
      case 'and': {
        const include = node.include.map((child) => this.build(child, mark));
        const positives = include.filter((part) => part !== null);
        // A dropped term (a stop word, say) must not leave its negatives standing alone.
        if (positives.length === 0) return null;
        const negatives = node.exclude
          .map((child) => this.build(child, false))
          .filter((part) => part !== null);
        const positive = group(positives, 'AND');
        return negatives.length === 0 ? positive : `(${positive} NOT ${group(negatives, 'OR')})`;
      }
      case 'or': {
        const parts = node.anyOf
          .map((child) => this.build(child, mark))
          .filter((part) => part !== null);
        return parts.length === 0 ? null : group(parts, 'OR');
      }
    }
  }

  /** Quotes mean "these very words": exact normalised forms in order, no stemming. */
  private phrase(words: string[], mark: boolean): string | null {
    if (words.length === 0) return null;
    if (mark) this.highlight({ kind: 'phrase', words });
    return `text:${fts5Literal(words.join(' '))}`;
  }

  /** The stem alternatives one NEAR term can take; a phrase keeps each word's first stem. */
  private nearForms(term: NearTerm): string[] {
    const tokens =
      term.kind === 'word' ? this.tokens(term.text) : term.words.flatMap((w) => this.tokens(w));
    const [token] = tokens;
    if (token === undefined) return [];
    return term.kind === 'word' && tokens.length === 1
      ? this.stemsOf(token)
      : [this.firstStems(tokens)];
  }

  /**
   * NEAR runs on `stems` so inflected forms are near each other too. FTS5 has no OR inside
   * NEAR, so several stems of a word become several NEARs joined by OR.
   */
  private near(node: NearNode, mark: boolean): string | null {
    const forms = node.terms.map((term) => this.nearForms(term)).filter((f) => f.length > 0);
    if (mark) node.terms.forEach((term) => this.build(term, true));
    if (forms.length === 0) return null;
    const variantCount = forms.reduce((product, f) => product * f.length, 1);
    const alternatives = variantCount > NEAR_MAX_VARIANTS ? forms.map((f) => f.slice(0, 1)) : forms;
    const combinations = alternatives.reduce<string[][]>(
      (acc, options) => acc.flatMap((prefix) => options.map((option) => [...prefix, option])),
      [[]],
    );
    return group(
      combinations.map(
        (phrases) => `stems:NEAR(${phrases.map(fts5Literal).join(' ')}, ${node.distance})`,
      ),
      'OR',
    );
  }
}

/** Builds the FTS5 MATCH expression for the `text` and `stems` columns; filters are not here. */
export function toFts5(query: Query, terms: TermExpander): Fts5Query {
  if (query.text === null) return { match: null, highlightTerms: [] };
  const builder = new Builder(terms);
  const match = builder.build(query.text, true) ?? MATCH_NOTHING;
  return { match, highlightTerms: [...builder.highlights.values()] };
}
