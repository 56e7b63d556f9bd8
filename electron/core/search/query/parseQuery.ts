import { applyFilter, emptyFilters, isFilterName } from './filters';
import {
  NEAR_DEFAULT_DISTANCE,
  NEAR_MAX_DISTANCE,
  QUERY_MAX_DEPTH,
  QUERY_MAX_LENGTH,
  QUERY_MAX_TERMS,
  querySyntaxError,
  type NearTerm,
  type PhraseNode,
  type Query,
  type QueryFilters,
  type TextNode,
} from './queryAst';

/*
 * query    = { filter | orExpr }                 (filters only at the top level)
 * orExpr   = andExpr { OR andExpr }               OR = "OR" | "ИЛИ" | "НЕМЕСЕ"
 * andExpr  = unary { unary }
 * unary    = [ "-" ] primary                      (no space after the minus)
 * primary  = word | prefix | phrase | near | "(" orExpr ")"
 * prefix   = word "*"                             (at least 2 letters or digits before it)
 * phrase   = '"' … '"' | "«" … "»" | ("“" | "„") … ("”" | "“")
 * near     = "NEAR(" nearTerm nearTerm { nearTerm } [ "," digits ] ")"
 * filter   = name ":" ( value | phrase )          name = case | type | tag | lang | date
 * Anything else is a word; a word with no letter or digit is punctuation and is ignored.
 */

type Token =
  | { type: 'lparen' | 'rparen' | 'minus' | 'or'; position: number }
  | { type: 'filter'; position: number }
  | { type: 'term'; position: number; node: TextNode };

const OR_KEYWORDS = new Set(['OR', 'ИЛИ', 'НЕМЕСЕ']);
const QUOTE_CLOSERS: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“”' };
// Controls are spacing: a NUL would end an FTS5 string literal early (SQLite reads it as C text).
const SPACE = /[\s\p{Cc}]/u;
const SEARCHABLE = /[\p{L}\p{N}]/u;
const isQuoteOpener = (char: string | undefined) => char !== undefined && char in QUOTE_CLOSERS;
const isBreak = (char: string) =>
  SPACE.test(char) || char === '(' || char === ')' || isQuoteOpener(char);
const searchableCount = (text: string) => [...text].filter((char) => SEARCHABLE.test(char)).length;
const splitWords = (text: string) => text.split(/[\s\p{Cc}]+/u).filter((w) => SEARCHABLE.test(w));

/** Turns the input into tokens, collecting filters into `filters` as it goes. */
class Lexer {
  readonly tokens: Token[] = [];
  private index = 0;
  private terms = 0;

  constructor(
    private readonly input: string,
    private readonly filters: QueryFilters,
  ) {}

  run(): Token[] {
    const { input } = this;
    while (this.index < input.length) {
      const char = input.charAt(this.index);
      const position = this.index;
      if (SPACE.test(char)) this.index += 1;
      else if (char === '(' || char === ')') {
        this.tokens.push({ type: char === '(' ? 'lparen' : 'rparen', position });
        this.index += 1;
      } else if (isQuoteOpener(char)) this.pushPhrase(this.readPhrase());
      else this.chunk(this.readChunk(), position);
    }
    return this.tokens;
  }

  private count(position: number, terms = 1): void {
    this.terms += terms;
    if (this.terms > QUERY_MAX_TERMS)
      throw querySyntaxError(position, 'too_long', `more than ${QUERY_MAX_TERMS} terms`);
  }

  private readChunk(stop: (char: string) => boolean = isBreak): string {
    const start = this.index;
    while (this.index < this.input.length && !stop(this.input.charAt(this.index))) this.index += 1;
    return this.input.slice(start, this.index);
  }

  /** Reads a quoted span starting at the opener; returns what is between the quotes. */
  private readQuoted(): string {
    const position = this.index;
    const closers = QUOTE_CLOSERS[this.input.charAt(position)] ?? '"';
    let end = position + 1;
    while (end < this.input.length && !closers.includes(this.input.charAt(end))) end += 1;
    if (end >= this.input.length)
      throw querySyntaxError(position, 'unclosed_quote', 'a quote is not closed');
    this.index = end + 1;
    return this.input.slice(position + 1, end);
  }

  private readPhrase(): PhraseNode {
    const position = this.index;
    return { kind: 'phrase', words: splitWords(this.readQuoted()), position };
  }

  private pushPhrase(phrase: PhraseNode): void {
    // An empty or punctuation-only phrase searches for nothing: it is dropped like punctuation.
    if (phrase.words.length === 0) return;
    this.count(phrase.position, phrase.words.length);
    this.tokens.push({ type: 'term', position: phrase.position, node: phrase });
  }

  private chunk(chunk: string, position: number): void {
    if (!chunk.startsWith('-')) return this.plain(chunk, position);
    const next = this.input.charAt(this.index);
    if (chunk === '-') {
      if (next === '(' || isQuoteOpener(next)) this.tokens.push({ type: 'minus', position });
      else throw querySyntaxError(position, 'dangling_operator', 'a minus with nothing after it');
      return;
    }
    if (chunk.charAt(1) === '-') {
      // `--` or `—`-like runs are punctuation; `--word` is a doubled operator.
      if (searchableCount(chunk) === 0) return;
      throw querySyntaxError(position + 1, 'dangling_operator', 'a doubled minus');
    }
    this.tokens.push({ type: 'minus', position });
    this.plain(chunk.slice(1), position + 1);
  }

  private plain(chunk: string, position: number): void {
    const next = this.input.charAt(this.index);
    if (OR_KEYWORDS.has(chunk)) return void this.tokens.push({ type: 'or', position });
    if (chunk === 'NEAR' && next === '(') return this.near(position);
    const filter = /^([A-Za-z]+):/.exec(chunk);
    if (filter !== null && (chunk.length > filter[0].length || isQuoteOpener(next)))
      return this.filter(filter[1] ?? '', chunk.slice(filter[0].length), position);
    if (chunk.endsWith('*')) return this.prefix(chunk, position);
    if (searchableCount(chunk) === 0) return;
    this.count(position);
    this.tokens.push({ type: 'term', position, node: { kind: 'word', text: chunk, position } });
  }

  private prefix(chunk: string, position: number): void {
    const stem = chunk.slice(0, -1);
    const star = position + chunk.length - 1;
    if (stem.endsWith('*') || searchableCount(stem) < 2)
      throw querySyntaxError(star, 'bare_wildcard', 'a * needs at least 2 letters before it');
    this.count(position);
    this.tokens.push({ type: 'term', position, node: { kind: 'prefix', text: stem, position } });
  }

  private filter(name: string, value: string, position: number): void {
    const key = name.toLowerCase();
    if (!isFilterName(key))
      throw querySyntaxError(position, 'unknown_filter', `unknown filter ${name}`);
    const valuePosition = position + name.length + 1;
    // A quoted value is kept as typed (spaces tidied): tags may hold punctuation.
    const text =
      value === ''
        ? this.readQuoted()
            .split(/[\s\p{Cc}]+/u)
            .join(' ')
        : value;
    this.count(position);
    applyFilter(this.filters, key, text, valuePosition);
    this.tokens.push({ type: 'filter', position });
  }

  /** `NEAR(` was read up to the paren; reads the terms, the optional distance and `)`. */
  private near(position: number): void {
    const { input } = this;
    this.index += 1;
    const terms: NearTerm[] = [];
    let distance = NEAR_DEFAULT_DISTANCE;
    const nearBreak = (char: string) => isBreak(char) || char === ',';
    for (;;) {
      this.readChunk((char) => !SPACE.test(char));
      const char = input.charAt(this.index);
      const at = this.index;
      if (this.index >= input.length)
        throw querySyntaxError(position, 'unbalanced_paren', 'NEAR( is not closed');
      if (char === ')') break;
      if (char === ',') {
        this.index += 1;
        this.readChunk((c) => !SPACE.test(c));
        const digitsAt = this.index;
        const digits = this.readChunk(nearBreak);
        this.readChunk((c) => !SPACE.test(c));
        if (!/^\d{1,4}$/.test(digits) || Number(digits) > NEAR_MAX_DISTANCE)
          throw querySyntaxError(digitsAt, 'bad_near', 'NEAR distance must be a number up to 1000');
        if (input.charAt(this.index) !== ')')
          throw querySyntaxError(position, 'unbalanced_paren', 'NEAR( is not closed');
        distance = Number(digits);
        break;
      }
      if (char === '(') throw querySyntaxError(at, 'bad_near', 'NEAR takes words and phrases only');
      if (isQuoteOpener(char)) {
        const phrase = this.readPhrase();
        if (phrase.words.length === 0) continue;
        this.count(at, phrase.words.length);
        terms.push(phrase);
        continue;
      }
      const word = this.readChunk(nearBreak);
      if (word.endsWith('*') || word.startsWith('-') || OR_KEYWORDS.has(word))
        throw querySyntaxError(at, 'bad_near', 'NEAR takes words and phrases only');
      if (searchableCount(word) === 0) continue;
      this.count(at);
      terms.push({ kind: 'word', text: word, position: at });
    }
    this.index += 1;
    if (terms.length < 2)
      throw querySyntaxError(position, 'empty_near', 'NEAR needs at least two terms');
    this.tokens.push({ type: 'term', position, node: { kind: 'near', terms, distance, position } });
  }
}

/** One AND-list before it is checked: negatives need a positive beside them. */
interface Branch {
  include: TextNode[];
  exclude: TextNode[];
  firstNegative: number | null;
}

const isEmptyBranch = (branch: Branch | undefined) =>
  branch === undefined || (branch.include.length === 0 && branch.exclude.length === 0);

function branchNode(branch: Branch): TextNode {
  if (branch.include.length === 0)
    throw querySyntaxError(
      branch.firstNegative ?? 0,
      'only_negative',
      'a query needs a word to look for, not only words to exclude',
    );
  const [only] = branch.include;
  if (only !== undefined && branch.include.length === 1 && branch.exclude.length === 0) return only;
  return { kind: 'and', include: branch.include, exclude: branch.exclude };
}

function orNode(branches: Branch[]): TextNode {
  const nodes = branches.map(branchNode);
  const [only] = nodes;
  if (only !== undefined && nodes.length === 1) return only;
  // Nested ORs from groups flatten: `a OR (b OR c)` is one OR; shallower output for FTS5.
  return { kind: 'or', anyOf: nodes.flatMap((node) => (node.kind === 'or' ? node.anyOf : [node])) };
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): TextNode | null {
    const branches = this.orExpr(0);
    const stray = this.tokens[this.index];
    if (stray !== undefined)
      throw querySyntaxError(stray.position, 'unbalanced_paren', 'a ) without its (');
    const [only] = branches;
    return only !== undefined && branches.length === 1 && isEmptyBranch(only)
      ? null
      : orNode(branches);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private orExpr(depth: number): Branch[] {
    const branches = [this.andExpr(depth)];
    for (let token = this.peek(); token?.type === 'or'; token = this.peek()) {
      this.index += 1;
      if (isEmptyBranch(branches.at(-1)))
        throw querySyntaxError(token.position, 'dangling_operator', 'OR needs a term before it');
      const branch = this.andExpr(depth);
      if (isEmptyBranch(branch)) {
        const after = this.peek();
        const position = after?.type === 'or' ? after.position : token.position;
        throw querySyntaxError(position, 'dangling_operator', 'OR needs a term after it');
      }
      branches.push(branch);
    }
    return branches;
  }

  private andExpr(depth: number): Branch {
    const branch: Branch = { include: [], exclude: [], firstNegative: null };
    for (let token = this.peek(); token !== undefined; token = this.peek()) {
      if (token.type === 'or' || token.type === 'rparen') break;
      this.index += 1;
      if (token.type === 'filter') {
        // Filters narrow the whole search; inside a group they would read as part of the text.
        if (depth > 0)
          throw querySyntaxError(token.position, 'misplaced_filter', 'filters go outside ( )');
        continue;
      }
      if (token.type === 'minus') {
        branch.exclude.push(this.negated(token.position, depth));
        branch.firstNegative ??= token.position;
        continue;
      }
      if (token.type === 'term') {
        branch.include.push(token.node);
        continue;
      }
      const group = this.group(token.position, depth);
      const [only] = group;
      if (only !== undefined && group.length === 1) {
        // `(a -b) c` is `a c -b`: merging keeps negatives next to a positive.
        branch.include.push(...only.include);
        branch.exclude.push(...only.exclude);
        branch.firstNegative ??= only.firstNegative;
      } else branch.include.push(orNode(group));
    }
    return branch;
  }

  private negated(position: number, depth: number): TextNode {
    const token = this.peek();
    if (token?.type === 'term') {
      this.index += 1;
      return token.node;
    }
    if (token?.type === 'lparen') {
      this.index += 1;
      return orNode(this.group(token.position, depth));
    }
    if (token?.type === 'filter')
      throw querySyntaxError(token.position, 'misplaced_filter', 'a filter cannot be excluded');
    throw querySyntaxError(position, 'dangling_operator', 'a minus with nothing after it');
  }

  /** Reads after `(` up to its `)`. */
  private group(position: number, depth: number): Branch[] {
    if (depth + 1 > QUERY_MAX_DEPTH)
      throw querySyntaxError(position, 'too_deep', `more than ${QUERY_MAX_DEPTH} nested ( )`);
    const branches = this.orExpr(depth + 1);
    if (this.peek()?.type !== 'rparen')
      throw querySyntaxError(position, 'unbalanced_paren', 'a ( is not closed');
    this.index += 1;
    if (branches.length === 1 && isEmptyBranch(branches[0]))
      throw querySyntaxError(position, 'empty_group', 'empty ( )');
    return branches;
  }
}

/** Parses what the lawyer typed; throws AppError QUERY_SYNTAX with `details.position`. */
export function parseQuery(input: string): Query {
  if (input.length > QUERY_MAX_LENGTH)
    throw querySyntaxError(QUERY_MAX_LENGTH, 'too_long', `longer than ${QUERY_MAX_LENGTH}`);
  const filters = emptyFilters();
  const tokens = new Lexer(input, filters).run();
  return { text: new Parser(tokens).parse(), filters };
}
