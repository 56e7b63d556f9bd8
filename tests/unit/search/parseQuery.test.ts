import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query';
import type { Query, QueryFilters, TextNode, WordNode } from '../../../electron/core/search/query';
import { AppError } from '../../../shared/errors';

const word = (text: string, position: number): WordNode => ({ kind: 'word', text, position });
const noFilters: QueryFilters = { caseIds: [], types: [], tags: [], languages: [], date: null };
const textOnly = (text: TextNode | null): Query => ({ text, filters: noFilters });

function syntaxErrorOf(input: string): unknown {
  try {
    parseQuery(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseQuery: the text part', () => {
  it.each<[string, TextNode | null]>([
    ['приговор', word('приговор', 0)],
    ['суд приговор', { kind: 'and', include: [word('суд', 0), word('приговор', 4)], exclude: [] }],
    ['сот үкімі', { kind: 'and', include: [word('сот', 0), word('үкімі', 4)], exclude: [] }],
    [
      '"обвинительный приговор"',
      { kind: 'phrase', words: ['обвинительный', 'приговор'], position: 0 },
    ],
    ['«частное определение»', { kind: 'phrase', words: ['частное', 'определение'], position: 0 }],
    ['“guilty verdict”', { kind: 'phrase', words: ['guilty', 'verdict'], position: 0 }],
    ['„заңды күші“', { kind: 'phrase', words: ['заңды', 'күші'], position: 0 }],
    ['прест*', { kind: 'prefix', text: 'прест', position: 0 }],
    ['суд OR приговор', { kind: 'or', anyOf: [word('суд', 0), word('приговор', 7)] }],
    ['суд ИЛИ приговор', { kind: 'or', anyOf: [word('суд', 0), word('приговор', 8)] }],
    ['сот НЕМЕСЕ үкім', { kind: 'or', anyOf: [word('сот', 0), word('үкім', 11)] }],
    [
      'a b OR c',
      {
        kind: 'or',
        anyOf: [{ kind: 'and', include: [word('a', 0), word('b', 2)], exclude: [] }, word('c', 7)],
      },
    ],
    [
      '(суд OR приговор) апелляция',
      {
        kind: 'and',
        include: [
          { kind: 'or', anyOf: [word('суд', 1), word('приговор', 8)] },
          word('апелляция', 18),
        ],
        exclude: [],
      },
    ],
    ['a OR (b OR c)', { kind: 'or', anyOf: [word('a', 0), word('b', 6), word('c', 11)] }],
    ['суд -приговор', { kind: 'and', include: [word('суд', 0)], exclude: [word('приговор', 5)] }],
    [
      '-"частное определение" суд',
      {
        kind: 'and',
        include: [word('суд', 23)],
        exclude: [{ kind: 'phrase', words: ['частное', 'определение'], position: 1 }],
      },
    ],
    [
      'court -(appeal OR motion)',
      {
        kind: 'and',
        include: [word('court', 0)],
        exclude: [{ kind: 'or', anyOf: [word('appeal', 8), word('motion', 18)] }],
      },
    ],
    // Negatives inside a group attach to the positives around it.
    ['(a -b) c', { kind: 'and', include: [word('a', 1), word('c', 7)], exclude: [word('b', 4)] }],
    [
      'NEAR(суд приговор, 5)',
      { kind: 'near', terms: [word('суд', 5), word('приговор', 9)], distance: 5, position: 0 },
    ],
    [
      'NEAR(сот "заңды күші")',
      {
        kind: 'near',
        terms: [word('сот', 5), { kind: 'phrase', words: ['заңды', 'күші'], position: 9 }],
        distance: 10,
        position: 0,
      },
    ],
    [
      'NEAR( a  b ,3 )',
      { kind: 'near', terms: [word('a', 6), word('b', 9)], distance: 3, position: 0 },
    ],
    ['Нур-Султан', word('Нур-Султан', 0)],
    ['статья:158', word('статья:158', 0)],
    ['Note:', word('Note:', 0)],
    ['😀 суд 👍🏽', word('суд', 3)],
    ['', null],
    ['  ;; -- — ', null],
  ])('reads %j', (input, text) => {
    expect(parseQuery(input)).toEqual(textOnly(text));
  });

  it('keeps SQL and FTS5 syntax as plain words, dropping punctuation', () => {
    expect(parseQuery(`'; DROP TABLE documents; --`).text).toEqual({
      kind: 'and',
      include: [word('DROP', 3), word('TABLE', 8), word('documents;', 14)],
      exclude: [],
    });
    expect(parseQuery('^суд {x} +y a*b col:').text).toEqual({
      kind: 'and',
      include: [word('^суд', 0), word('{x}', 5), word('+y', 9), word('a*b', 12), word('col:', 16)],
      exclude: [],
    });
    // Lower-case keywords are words: only the upper-case ones are operators.
    expect(parseQuery('a or b').text).toEqual({
      kind: 'and',
      include: [word('a', 0), word('or', 2), word('b', 5)],
      exclude: [],
    });
  });
});

describe('parseQuery: filters', () => {
  const uuid = '3F2504E0-4F89-41D3-A0EA-00A0C91E6BF6';

  it('collects filters apart from the text, lower-casing case ids', () => {
    expect(
      parseQuery(`type:verdict суд case:${uuid} tag:" two  words " tag:C++ lang:kk type:ruling`),
    ).toEqual({
      text: word('суд', 13),
      filters: {
        caseIds: [uuid.toLowerCase()],
        types: ['verdict', 'ruling'],
        tags: ['two words', 'C++'],
        languages: ['kk'],
        date: null,
      },
    });
  });

  it('allows a query of filters only', () => {
    expect(parseQuery('type:verdict lang:ru')).toEqual({
      text: null,
      filters: { ...noFilters, types: ['verdict'], languages: ['ru'] },
    });
  });

  it.each([
    ['date:2020-01..2020-06', { from: '2020-01-01', to: '2020-06-30' }],
    ['date:2020-03-15', { from: '2020-03-15', to: '2020-03-15' }],
    ['date:2020', { from: '2020-01-01', to: '2020-12-31' }],
    ['date:2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['date:2023-02', { from: '2023-02-01', to: '2023-02-28' }],
    ['date:..2021-12-31', { to: '2021-12-31' }],
    ['date:2019..', { from: '2019-01-01' }],
    ['date:2020-03-15..2020-03-15', { from: '2020-03-15', to: '2020-03-15' }],
  ])('reads %s as an inclusive range', (input, date) => {
    expect(parseQuery(input).filters.date).toEqual(date);
  });
});

describe('parseQuery: malformed queries', () => {
  const tooManyTerms = Array.from({ length: 65 }, (_, i) => `w${i}`).join(' ');
  const nested = `${'('.repeat(9)}a${')'.repeat(9)}`;

  it.each<[string, number, string]>([
    ['"суд', 0, 'unclosed_quote'],
    ['суд «приговор', 4, 'unclosed_quote'],
    ['a" OR 1=1', 1, 'unclosed_quote'],
    ['tag:"urgent', 4, 'unclosed_quote'],
    ['(суд', 0, 'unbalanced_paren'],
    ['суд)', 3, 'unbalanced_paren'],
    ['(a (b)', 0, 'unbalanced_paren'],
    ['NEAR(a b', 0, 'unbalanced_paren'],
    ['NEAR(a b, 5', 0, 'unbalanced_paren'],
    ['суд ()', 4, 'empty_group'],
    ['OR суд', 0, 'dangling_operator'],
    ['суд OR', 4, 'dangling_operator'],
    ['суд OR OR приговор', 7, 'dangling_operator'],
    ['(суд OR) a', 5, 'dangling_operator'],
    ['суд -', 4, 'dangling_operator'],
    ['суд - приговор', 4, 'dangling_operator'],
    ['--суд', 1, 'dangling_operator'],
    ['-OR суд', 0, 'dangling_operator'],
    ['суд OR type:verdict', 4, 'dangling_operator'],
    ['*', 0, 'bare_wildcard'],
    ['суд *', 4, 'bare_wildcard'],
    ['а*', 1, 'bare_wildcard'],
    ['суд**', 4, 'bare_wildcard'],
    ['-*', 1, 'bare_wildcard'],
    ['foo:bar', 0, 'unknown_filter'],
    ['суд kind:verdict', 4, 'unknown_filter'],
    ['type:judgement', 5, 'bad_filter_value'],
    ['case:123', 5, 'bad_filter_value'],
    ['lang:de', 5, 'bad_filter_value'],
    ['tag:""', 4, 'bad_filter_value'],
    ['date:2020-13', 5, 'bad_filter_value'],
    ['date:2021-02-29', 5, 'bad_filter_value'],
    ['date:2021..2020', 11, 'bad_filter_value'],
    ['date:2020..2021-13', 11, 'bad_filter_value'],
    ['date:..', 5, 'bad_filter_value'],
    ['date:20', 5, 'bad_filter_value'],
    ['date:yesterday', 5, 'bad_filter_value'],
    ['date:2020 date:2021', 15, 'duplicate_filter'],
    ['(type:verdict суд)', 1, 'misplaced_filter'],
    ['-type:verdict суд', 1, 'misplaced_filter'],
    ['-суд', 0, 'only_negative'],
    ['-суд -приговор type:verdict', 0, 'only_negative'],
    ['a OR -b', 5, 'only_negative'],
    ['(-a) OR b', 1, 'only_negative'],
    ['c -(-a)', 4, 'only_negative'],
    ['NEAR()', 0, 'empty_near'],
    ['NEAR(a)', 0, 'empty_near'],
    ['NEAR(a b, x)', 10, 'bad_near'],
    ['NEAR(a b, 5000)', 10, 'bad_near'],
    ['NEAR(a* b)', 5, 'bad_near'],
    ['NEAR((a) b)', 5, 'bad_near'],
    ['a'.repeat(1001), 1000, 'too_long'],
    [tooManyTerms, tooManyTerms.indexOf('w64'), 'too_long'],
    [`"${tooManyTerms}"`, 0, 'too_long'],
    [nested, 8, 'too_deep'],
  ])('rejects %j at %i (%s)', (input, position, reason) => {
    const error = syntaxErrorOf(input);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'QUERY_SYNTAX', details: { position, reason } });
    expect(Object.keys((error as AppError).details ?? {}).sort()).toEqual(['position', 'reason']);
  });

  it('accepts exactly the limits', () => {
    const sixtyFour = Array.from({ length: 64 }, (_, i) => `w${i}`).join(' ');
    expect(() => parseQuery(sixtyFour)).not.toThrow();
    expect(() => parseQuery('a'.repeat(1000))).not.toThrow();
    expect(() => parseQuery(`${'('.repeat(8)}a${')'.repeat(8)}`)).not.toThrow();
  });
});
