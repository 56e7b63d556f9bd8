import type { SnippetPart } from '../../../shared/domain/search';
import type { HighlightTerm } from './query';
import { queryExpander, stemsOfToken } from './index/searchTerms';
import { tokenize, type Token } from './text';

/** What marks a word in a snippet: a query term, or a bare substring (the trigram fallback). */
export type SnippetMarker = HighlightTerm | { kind: 'substring'; text: string };

export interface Snippet {
  snippet: SnippetPart[];
  /** The matched words as written on the page, each once, in page order. */
  terms: string[];
}

export const SNIPPET_WORDS = 30;
/** Words shown before the first hit of the window, so a hit is read in its sentence. */
const LEAD_WORDS = 8;

interface PageWord extends Token {
  /** The word as the indexer stored it: tokens of one word joined by spaces (usually one). */
  normalized: string;
}

/**
 * Normalised forms and stems already computed for one search's snippets: its pages repeat their
 * words, and normalising and stemming every word of every page dominates the snippets' cost.
 */
export interface SnippetMemo {
  normalized: Map<string, string>;
  stems: Map<string, string[]>;
}

export const createSnippetMemo = (): SnippetMemo => ({ normalized: new Map(), stems: new Map() });

/**
 * Words of the page as written: the offsets point into the original text, so a hit is shown in
 * its inflected form and case. Each word is normalised on its own, as the index did for the page.
 */
function pageWords(text: string, memo: SnippetMemo): PageWord[] {
  return tokenize(text).map((token) => {
    let normalized = memo.normalized.get(token.token);
    if (normalized === undefined) {
      normalized = queryExpander.normalize(token.token);
      memo.normalized.set(token.token, normalized);
    }
    return { token: token.token, start: token.start, end: token.end, normalized };
  });
}

function sharesStem(word: string, stems: readonly string[], memo: SnippetMemo): boolean {
  // Every stemmer keeps a word's first letter (they strip or alter endings only; stem() falls back
  // to the word), so a word whose first letter starts no query stem shares none: no need to stem
  // it. Stemming every distinct word of a page was most of a snippet's cost.
  if (!stems.some((stem) => stem.charCodeAt(0) === word.charCodeAt(0))) return false;
  let own = memo.stems.get(word);
  if (own === undefined) {
    own = stemsOfToken(word);
    memo.stems.set(word, own);
  }
  return own.some((stem) => stems.includes(stem));
}

/** Marks `hits[i]` for every word covered by `marker`. */
function mark(words: PageWord[], hits: boolean[], marker: SnippetMarker, memo: SnippetMemo): void {
  const sequence = (expected: string[], lastIsPrefix: boolean) => {
    for (let i = 0; i + expected.length <= words.length; i += 1) {
      const matches = expected.every((want, k) => {
        const got = words[i + k]?.normalized ?? '';
        return lastIsPrefix && k === expected.length - 1 ? got.startsWith(want) : got === want;
      });
      if (matches) expected.forEach((_, k) => (hits[i + k] = true));
    }
  };
  switch (marker.kind) {
    case 'word':
      for (let i = 0; i < words.length; i += 1) {
        const normalized = words[i]!.normalized;
        if (normalized === marker.text || sharesStem(normalized, marker.stems, memo))
          hits[i] = true;
      }
      return;
    case 'prefix':
      sequence(marker.text.split(' '), true);
      return;
    case 'phrase':
      sequence(marker.words, false);
      return;
    case 'substring':
      words.forEach((word, i) => {
        if (word.normalized.includes(marker.text)) hits[i] = true;
      });
      return;
  }
}

/** The start of the window of SNIPPET_WORDS that holds the most hits (the earliest on a tie). */
function bestStart(hits: boolean[]): number {
  // Hits before each index, so a window's count is one subtraction (pages run to thousands of words).
  const before = new Int32Array(hits.length + 1);
  for (let i = 0; i < hits.length; i += 1) before[i + 1] = before[i]! + (hits[i] ? 1 : 0);
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < hits.length; i += 1) {
    if (!hits[i]) continue;
    const start = Math.max(0, i - LEAD_WORDS);
    const count = before[Math.min(hits.length, start + SNIPPET_WORDS)]! - before[start]!;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  return best;
}

const spacing = (text: string) => text.replace(/\s+/gu, ' ');

function push(parts: SnippetPart[], text: string, hit: boolean): void {
  const last = parts.at(-1);
  if (last !== undefined && !last.hit && !hit) last.text += text;
  else if (text !== '') parts.push({ text, hit });
}

/** A window of about SNIPPET_WORDS words of `text` around its best hits, hits marked. */
export function buildSnippet(
  text: string,
  markers: readonly SnippetMarker[],
  memo: SnippetMemo = createSnippetMemo(),
): Snippet {
  const words = pageWords(text, memo);
  const hits = words.map(() => false);
  for (const marker of markers) mark(words, hits, marker, memo);
  const start = bestStart(hits);
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  const parts: SnippetPart[] = [];
  if (start > 0) push(parts, '… ', false);
  for (let i = start; i < end; i += 1) {
    const word = words[i];
    if (word === undefined) continue;
    if (i > start) push(parts, spacing(text.slice(words[i - 1]?.end ?? 0, word.start)), false);
    push(parts, word.token, hits[i] === true);
  }
  // The punctuation after the last word shown (`суда.`), up to the next word.
  const last = words[end - 1];
  if (last !== undefined)
    push(parts, spacing(text.slice(last.end, words[end]?.start ?? text.length)).trimEnd(), false);
  if (end < words.length) push(parts, ' …', false);
  const terms = [...new Set(words.filter((_, i) => hits[i]).map((word) => word.token))];
  return { snippet: parts, terms };
}
