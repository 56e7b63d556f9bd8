import type { TermExpander } from '../query';
import { normalizeText, stem, stemAny, tokenize, type LanguageHint } from '../text';

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

const PLAIN_RUSSIAN = /^[а-яё]{4,}$/u;
const ENDS_IN_VOWEL = /[аеиоуыэюяь]$/u;

/**
 * Russian Snowball gives some forms of one word different stems: it strips `-сь` as a reflexive
 * ending from nouns (`запись` → зап, `записи` → запис; `опись`, `подпись`), `-ов` from the
 * nominative of surnames (`Нуров` → нур, `Нурова` → нуров), `-или` as a verb ending from plurals
 * (`автомобили` → автомоб, `автомобиль` → автомобил), and keeps the verb ending `-ат`
 * (`противоречат`). A query word therefore also searches the stems of its near forms: its stem
 * stemmed again; its stem with `ь`, `и`, `а` or `ы` added; the word without its final vowel or
 * `ь` (as is and stemmed) or without `-ат`; `-ат` for `-ит`. Most of these collapse into the stem
 * it already has, the rest are stems of the same word's other forms. Only the query side
 * changes: the index keeps one stem per word, so nothing is re-indexed.
 */
function russianNearStems(token: string): string[] {
  if (!PLAIN_RUSSIAN.test(token)) return [];
  const base = stem(token, 'ru');
  const near = [
    stem(base, 'ru'),
    ...['ь', 'и', 'а', 'ы'].map((ending) => stem(base + ending, 'ru')),
  ];
  // `-ит` (he contradicts) and `-ат` (they do): Snowball strips the one and keeps the other.
  if (token.endsWith('ит')) near.push(`${token.slice(0, -2)}ат`);
  if (ENDS_IN_VOWEL.test(token)) near.push(token.slice(0, -1), stem(token.slice(0, -1), 'ru'));
  if (token.endsWith('ат')) near.push(stem(token.slice(0, -2), 'ru'));
  // Two letters are enough: Snowball itself leaves `оп` of `опись`.
  return near.filter((candidate) => candidate.length >= 2);
}

/** The stems a query word searches: every stem it may have been indexed under, and near forms'. */
export function queryStemsOfToken(token: string): string[] {
  return [...new Set([...stemsOfToken(token), ...russianNearStems(token)])];
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
  stems: queryStemsOfToken,
};
