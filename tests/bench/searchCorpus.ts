// The text and the queries of `npm run bench -- search`: pages of shuffled paragraphs (the text
// pdftotext finds in ../shared/corpus plus our own Russian, Kazakh and English paragraphs), and a
// fixed set of queries of each kind drawn from that text. Everything follows one seed, so two runs
// index and ask the same things.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stemAny } from '../../electron/core/search/text';
import type { DocumentLanguage, DocumentType } from '../../shared/domain/document';
import { ENGLISH, KAZAKH, RUSSIAN, SURNAMES } from './searchParagraphs';
import { mulberry32 } from '../support/seededRandom';

export const QUERY_KINDS = ['word', 'inflected', 'phrase', 'prefix', 'filtered'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchDocument {
  title: string;
  docType: DocumentType;
  docDate: string;
  /** null for corpus text, whose language the indexer detects per page. */
  language: DocumentLanguage | null;
  pages: string[];
}

/** One query in both dialects: Casefile's search box and recoll's query language. */
export interface BenchQuery {
  kind: QueryKind;
  casefile: string;
  recoll: string;
}

const PARAGRAPHS_PER_PAGE = 7;
const MAX_PAGES_PER_DOCUMENT = 40;
const TYPES: DocumentType[] = ['verdict', 'ruling', 'protocol', 'motion', 'appeal', 'evidence'];
export const QUERIES_PER_KIND = 50;

const pick = <T>(rng: () => number, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)]!;

/** Paragraphs of the corpus PDFs as pdftotext reads them; [] when pdftotext is missing. */
export function corpusParagraphs(corpusDir: string, pdftotext: string): string[] {
  const files = fs
    .readdirSync(corpusDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const paragraphs: string[] = [];
  for (const file of files) {
    const run = spawnSync(pdftotext, ['-q', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
    });
    if (run.error) return [];
    for (const block of (run.stdout ?? '').split(/\n\s*\n|\f/u)) {
      const text = block.replace(/\s+/gu, ' ').trim();
      const words = text.split(' ').length;
      if (words >= 8 && words <= 250 && /\p{L}{3}/u.test(text)) paragraphs.push(text);
    }
  }
  return paragraphs;
}

function fill(rng: () => number, paragraph: string): string {
  return paragraph
    .replaceAll(
      '{name}',
      () => `${pick(rng, SURNAMES)} ${String.fromCharCode(1040 + Math.floor(rng() * 30))}.`,
    )
    .replaceAll('{num}', () => String(Math.floor(rng() * 100000)))
    .replaceAll(
      '{date}',
      () =>
        `${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}.0${1 + Math.floor(rng() * 9)}.20${10 + Math.floor(rng() * 15)}`,
    );
}

/** Documents of 1–40 pages until `pageCount` pages: Russian, Kazakh, English and corpus text. */
export function* generateDocuments(
  pageCount: number,
  corpus: readonly string[],
  seed = 4,
): Generator<BenchDocument> {
  const rng = mulberry32(seed);
  const pools: { language: DocumentLanguage | null; paragraphs: readonly string[] }[] = [
    { language: 'ru', paragraphs: RUSSIAN },
    { language: 'ru', paragraphs: RUSSIAN },
    { language: 'kk', paragraphs: KAZAKH },
    { language: 'en', paragraphs: ENGLISH },
  ];
  if (corpus.length > 0) pools.push({ language: null, paragraphs: corpus });
  let made = 0;
  let serial = 0;
  while (made < pageCount) {
    const pool = pick(rng, pools);
    const size = Math.min(pageCount - made, 1 + Math.floor(rng() * MAX_PAGES_PER_DOCUMENT));
    const pages = Array.from({ length: size }, () =>
      Array.from({ length: PARAGRAPHS_PER_PAGE }, () => fill(rng, pick(rng, pool.paragraphs))).join(
        '\n\n',
      ),
    );
    const docType = pick(rng, TYPES);
    serial += 1;
    const year = 2015 + Math.floor(rng() * 11);
    const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    yield {
      title: `${docType} ${serial}`,
      docType,
      docDate: `${year}-${month}-${day}`,
      language: pool.language,
      pages,
    };
    made += size;
  }
}

const WORD = /\p{L}+/gu;
const wordsOf = (text: string) =>
  (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 4);

/**
 * QUERIES_PER_KIND queries of each kind, from the vocabulary of `sample` (pages as indexed):
 * words spread over the frequency ranks, so common and rare words are both asked.
 */
export function buildQueries(sample: readonly string[], seed = 7): BenchQuery[] {
  const rng = mulberry32(seed);
  const frequency = new Map<string, number>();
  for (const page of sample)
    for (const word of wordsOf(page)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byRank = [...frequency.keys()].sort(
    (a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : 1),
  );
  const spread = (words: readonly string[], n: number) =>
    Array.from({ length: n }, (_, i) => words[Math.floor((i * words.length) / n)]!);

  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, casefile: string, recoll: string) =>
    queries.push({ kind, casefile, recoll });

  const single = spread(byRank, QUERIES_PER_KIND);
  for (const word of single) add('word', word, word);

  // An inflected form whose other forms are in the text too: found only through stems.
  const byStem = new Map<string, string[]>();
  for (const word of byRank) {
    const key = stemAny(word, /[әғқңөұүһі]/u.test(word) ? 'kk' : null)[0] ?? word;
    byStem.set(key, [...(byStem.get(key) ?? []), word]);
  }
  const inflected = [...byStem.values()]
    .filter((forms) => forms.length >= 2)
    .map((forms) => forms[1]!);
  for (const word of spread(inflected, QUERIES_PER_KIND)) add('inflected', word, word);

  for (let i = 0; i < QUERIES_PER_KIND; i += 1) {
    const words = (pick(rng, sample).toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 3);
    const start = Math.floor(rng() * Math.max(1, words.length - 3));
    const phrase = words.slice(start, start + 2 + (i % 2)).join(' ');
    add('phrase', `"${phrase}"`, `"${phrase}"`);
  }

  const prefixes = [...new Set(byRank.filter((w) => w.length >= 6).map((w) => w.slice(0, 4)))];
  for (const prefix of spread(prefixes, QUERIES_PER_KIND))
    add('prefix', `${prefix}*`, `${prefix}*`);

  single.forEach((word, i) => {
    const type = TYPES[i % TYPES.length]!;
    if (i % 3 === 0) add('filtered', `${word} type:${type}`, `${word} dir:${type}`);
    else if (i % 3 === 1) add('filtered', `${word} lang:ru`, `${word} dir:lang-ru`);
    else add('filtered', `${word} date:2019..2021`, `${word} date:2019-01-01/2021-12-31`);
  });
  return queries;
}
