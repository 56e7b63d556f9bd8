import type { TermExpander } from '../query';
import { normalizeText, stemAny, tokenize, type LanguageHint } from '../text';

/** The two indexed forms of a text: normalised words, and one stem per word in the same order. */
export interface IndexedText {
  text: string;
  stems: string;
}

/**
 * FTS5 cannot hold two stems at one position with a built-in tokenizer, so each word gets one
 * stem: the Kazakh one in a Kazakh text, the Russian one otherwise. The query side searches every
 * stem a word can have (queryExpander), so whichever was chosen here is found.
 */
function indexStem(token: string, hint: LanguageHint): string {
  const stems = stemAny(token, hint);
  return (hint === 'kk' ? stems.at(-1) : stems[0]) ?? token;
}

/**
 * Stems already computed for one indexing run, by hint and token: legal text repeats its words,
 * and Snowball dominates the cost of indexing a page.
 */
export type StemMemo = Map<string, string>;

export function indexedText(
  raw: string,
  hint: LanguageHint,
  memo: StemMemo = new Map(),
): IndexedText {
  const tokens = tokenize(normalizeText(raw)).map(({ token }) => token);
  const stems = tokens.map((token) => {
    const key = `${hint ?? ''}:${token}`;
    let stem = memo.get(key);
    if (stem === undefined) {
      stem = indexStem(token, hint);
      memo.set(key, stem);
    }
    return stem;
  });
  return { text: tokens.join(' '), stems: stems.join(' ') };
}

/** Every stem a normalised token may have been indexed under, whatever its text's language. */
export function stemsOfToken(token: string): string[] {
  return [...new Set(stemAny(token, 'kk'))];
}

/**
 * What toFts5 needs: the query word as the indexer would have stored it (so `ст.158` is the two
 * tokens `ст 158`) and all of its possible stems (the query does not know the page's language).
 */
export const queryExpander: TermExpander = {
  normalize: (word) =>
    tokenize(normalizeText(word))
      .map(({ token }) => token)
      .join(' '),
  stems: stemsOfToken,
};
