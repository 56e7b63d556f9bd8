import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MATCH_NOTHING,
  QUERY_MAX_DEPTH,
  fts5Literal,
  parseQuery,
  toFts5,
  type TermExpander,
} from '../../../electron/core/search/query';
import { AppError } from '../../../shared/errors';

/** Stands in for search/text: lower-case, punctuation out, a crude suffix stripper. */
const ENDINGS = ['ами', 'ов', 'ом', 'а', 'у', 'е', 'ы', 'і', 's'];
const AMBIGUOUS: Record<string, string[]> = { стали: ['стал', 'сталь'] };
const STOP_WORDS = new Set(['и', 'the', 'a']);
const fake: TermExpander = {
  normalize: (word) => {
    const normalized = word
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return STOP_WORDS.has(normalized) ? '' : normalized;
  },
  stems: (word) => {
    const known = AMBIGUOUS[word];
    if (known !== undefined) return known;
    const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
    return [ending === undefined ? word : word.slice(0, -ending.length)];
  },
};
/** Hands raw text and FTS5 syntax straight back: only the literal quoting keeps MATCH valid. */
const hostile: TermExpander = {
  normalize: (word) => word,
  stems: (word) => [word, `${word}"`, `"*) OR NEAR(${word}`, '\0'],
};

const matchOf = (input: string, terms: TermExpander = fake) =>
  toFts5(parseQuery(input), terms).match;

describe('toFts5: the MATCH expression', () => {
  it.each<[string, string | null]>([
    ['суд', 'stems:"суд"'],
    ['Суд приговора', '(stems:"суд" AND stems:"приговор")'],
    ['сот үкімі', '(stems:"сот" AND stems:"үкім")'],
    ['guilty verdicts', '(stems:"guilty" AND stems:"verdict")'],
    ['суд OR приговор', '(stems:"суд" OR stems:"приговор")'],
    ['a1 b1 OR c1', '((stems:"a1" AND stems:"b1") OR stems:"c1")'],
    ['a1 OR b1 -c1', '(stems:"a1" OR (stems:"b1" NOT stems:"c1"))'],
    ['(суд OR сот) приговор', '((stems:"суд" OR stems:"сот") AND stems:"приговор")'],
    ['"Обвинительный приговор"', 'text:"обвинительный приговор"'],
    ['«Нур-Султан»', 'text:"нур султан"'],
    ['Нур-Султан ст.158', '(text:"нур султан" AND text:"ст 158")'],
    ['NEAR(Нур-Султан суда)', 'stems:NEAR("нур султан" "суд", 10)'],
    ['прест*', 'text:"прест" *'],
    ['суд -приговор', '(stems:"суд" NOT stems:"приговор")'],
    [
      'суд -приговор -"частное определение"',
      '(stems:"суд" NOT (stems:"приговор" OR text:"частное определение"))',
    ],
    [
      'court -(appeal OR motion) verdict',
      '((stems:"court" AND stems:"verdict") NOT (stems:"appeal" OR stems:"motion"))',
    ],
    ['стали', '(stems:"стал" OR stems:"сталь")'],
    ['NEAR(суд приговора, 5)', 'stems:NEAR("суд" "приговор", 5)'],
    ['NEAR(сот "заңды күші")', 'stems:NEAR("сот" "заңд күш", 10)'],
    ['NEAR(стали суд)', '(stems:NEAR("стал" "суд", 10) OR stems:NEAR("сталь" "суд", 10))'],
    [`'; DROP TABLE documents; --`, '(stems:"drop" AND stems:"table" AND stems:"document")'],
    ['^суд {x} +y', '(stems:"суд" AND stems:"x" AND stems:"y")'],
    // Stop words drop out of an AND; a query of stop words only finds nothing.
    ['суд и приговор', '(stems:"суд" AND stems:"приговор")'],
    ['the', MATCH_NOTHING],
    ['суд -the', 'stems:"суд"'],
    ['type:verdict date:2020', null],
  ])('turns %j into %j', (input, match) => {
    expect(matchOf(input)).toBe(match);
  });

  it('quotes every term, doubling inner quotes and dropping NUL', () => {
    expect(fts5Literal('a"b')).toBe('"a""b"');
    expect(fts5Literal('x\0y')).toBe('"xy"');
    expect(matchOf('a1', hostile)).toBe('(stems:"a1" OR stems:"a1""" OR stems:"""*) OR NEAR(a1")');
  });

  it('lists the positive terms to highlight, not the excluded ones', () => {
    const { highlightTerms } = toFts5(
      parseQuery('Суда -приговор "Частное определение" прест* суд'),
      fake,
    );
    expect(highlightTerms).toEqual([
      { kind: 'word', text: 'суда', stems: ['суд'] },
      { kind: 'phrase', words: ['частное', 'определение'] },
      { kind: 'prefix', text: 'прест' },
      { kind: 'word', text: 'суд', stems: ['суд'] },
    ]);
  });
});

describe('toFts5 on a real FTS5 table', () => {
  const rows = [
    'Суд вынес обвинительный приговор',
    'Приговора суда нет, апелляция подана',
    'Сот үкімі заңды күшіне енді',
    'The court issued a guilty verdict',
    'Преступление совершено в Алматы, суд отложен',
  ];
  let db: Database.Database;
  let select: Database.Statement<[string], { rowid: number }>;
  const found = (input: string) => {
    const match = matchOf(input);
    if (match === null) throw new Error(`no text part in ${input}`);
    return select.all(match).map((row) => row.rowid);
  };

  beforeAll(() => {
    db = new Database(':memory:');
    db.exec('CREATE VIRTUAL TABLE t USING fts5(text, stems)');
    const insert = db.prepare('INSERT INTO t(rowid, text, stems) VALUES (?, ?, ?)');
    rows.forEach((row, index) => {
      const words = row
        .split(/\s+/)
        .map((word) => fake.normalize(word))
        .filter(Boolean);
      const stems = words.flatMap((word) => fake.stems(word));
      insert.run(index + 1, words.join(' '), stems.join(' '));
    });
    select = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid');
  });
  afterAll(() => db.close());

  it.each<[string, number[]]>([
    ['суд приговор', [1, 2]],
    ['суда', [1, 2, 5]],
    ['сот НЕМЕСЕ verdict', [3, 4]],
    ['приговор OR court -guilty', [1, 2]],
    ['суд -апелляция', [1, 5]],
    ['суд -(апелляция OR обвинительный)', [5]],
    ['"обвинительный приговор"', [1]],
    ['"приговор обвинительный"', []],
    ['прест*', [5]],
    ['апел* OR заң*', [2, 3]],
    ['NEAR(суд приговор, 2)', [1, 2]],
    ['NEAR(суд приговор, 1)', [2]],
    ['NEAR(court verdict)', [4]],
    ['the', []],
  ])('%j finds rows %j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  it('runs the deepest nesting the parser allows', () => {
    // Each level adds a group, an OR, a NOT and a word with several stems: FTS5's parser stack
    // overflows near 100 levels, so QUERY_MAX_DEPTH must keep this well under.
    let input = 'x1';
    for (let level = 0; level < QUERY_MAX_DEPTH; level += 1)
      input = `a${level} -(b${level} OR c${level} ${input})`;
    const match = matchOf(input, hostile);
    expect(match).not.toBeNull();
    expect(() => select.all(match ?? '')).not.toThrow();
  });

  const RUNS = 3000;
  const fragment = fc.oneof(
    fc.constantFrom(
      ...['"', '«', '»', '“', '”', '„', '(', ')', ' ', ' ', '-', '*', ':', ',', '^', '{', '}'],
      ...['+', ';', "'", '\0', '\n', 'OR', 'ИЛИ', 'НЕМЕСЕ', 'AND', 'NOT', 'NEAR(', 'NEAR', '5'],
      ...['case:', 'type:', 'type:verdict', 'tag:', 'lang:kk', 'date:', '2020', '..', '-01'],
      ...['суд', 'үкім', 'verdict', 'DROP TABLE t; --', '1=1', '😀', '\u{1F469}\u200D\u2696'],
    ),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const query = fc.oneof(
    fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 120 }),
  );

  it.each([
    ['the expander from search/text', fake],
    ['an expander that returns FTS5 syntax', hostile],
  ])('never lets any input become an SQLite error, with %s', (_, terms) => {
    const outcomes = { rejected: 0, executed: 0 };
    fc.assert(
      fc.property(query, (input) => {
        let match: string | null;
        try {
          match = toFts5(parseQuery(input), terms).match;
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('QUERY_SYNTAX');
          const position = (error as AppError).details?.position;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(input.length);
          outcomes.rejected += 1;
          return;
        }
        if (match !== null) {
          select.all(match);
          outcomes.executed += 1;
        }
      }),
      { numRuns: RUNS },
    );
    // Guards the property itself: a parser that rejected everything would pass it vacuously.
    expect(outcomes.executed).toBeGreaterThan(RUNS / 4);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 10);
  });
});
