import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../electron/core/search/text';

/** Text made of the characters normalisation has rules for, so random runs reach those rules. */
const trickyText = fc.string({
  unit: fc.constantFrom(
    ...'аАёЁеЕіІiIİıқҚәӘsSJ-‐ .,\n\r\t\u00A0',
    '\u00AD',
    '\u200B',
    '\u200D',
    '\uFEFF',
    '\u0301',
    '\u0307',
    '\u030C',
    '\u0308',
    'ﬁ',
    '①',
    '\r\n',
    '-\n',
  ),
  maxLength: 40,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), trickyText);

describe('normalizeText', () => {
  it('lowercases Russian, Kazakh and English text and folds ё into е', () => {
    expect(normalizeText('Ёлка и ЁЖ')).toBe('елка и еж');
    expect(normalizeText('елка')).toBe(normalizeText('Ёлка'));
    expect(normalizeText('ҚЫЛМЫСТЫҚ ІС')).toBe('қылмыстық іс');
    expect(normalizeText('Court OF Appeal')).toBe('court of appeal');
  });

  it('folds a decomposed ё (е + U+0308) like the precomposed one', () => {
    expect(normalizeText('е\u0308лка')).toBe('елка');
  });

  it('folds Turkish İ and Latin I to i, and Kazakh І to і, keeping the two letters apart', () => {
    expect(normalizeText('İSTANBUL Istanbul')).toBe('istanbul istanbul');
    expect(normalizeText('\u0406С')).toBe('\u0456с');
    expect(normalizeText('\u0406')).not.toBe(normalizeText('I'));
  });

  it('applies NFKC: ligatures, full-width and circled characters become plain ones', () => {
    expect(normalizeText('ﬁle')).toBe('file');
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeText('ст.①')).toBe('ст.1');
  });

  it('joins a word hyphenated across a line break', () => {
    expect(normalizeText('сви-\nдетель')).toBe('свидетель');
    expect(normalizeText('con-\nvicted')).toBe('convicted');
    expect(normalizeText('при-\r\nговор')).toBe('приговор');
    expect(normalizeText('айып-  \n   талушы')).toBe('айыпталушы');
    expect(normalizeText('сви\u00AD\nдетель')).toBe('свидетель');
  });

  it('keeps the hyphen of a compound written on one line', () => {
    expect(normalizeText('северо-восток')).toBe('северо-восток');
    expect(normalizeText('ст.190-1 УК РК')).toBe('ст.190-1 ук рк');
    expect(normalizeText('ст. 190-\n1')).toBe('ст. 190- 1');
  });

  it('does not glue a line-final hyphen to a capitalised next line', () => {
    expect(normalizeText('Алматы-\nАстана')).toBe('алматы- астана');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeText('сви\u00ADде\u200Bтель\u200D\uFEFF')).toBe('свидетель');
    expect(normalizeText('\uFEFFприговор')).toBe('приговор');
  });

  it('collapses every whitespace run to one space and trims the ends', () => {
    expect(normalizeText('  суд\t\t\nпостановил\u00A0\u2003 приговор \r\n')).toBe(
      'суд постановил приговор',
    );
    expect(normalizeText(' \n\t ')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no whitespace run, soft hyphen, zero-width character, ё or uppercase Cyrillic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).not.toMatch(
          /\s\s|^\s|\s$|[\u00AD\u200B-\u200D\uFEFFёЁА-ЯӘІҢҒҮҰҚӨҺ]/u,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('splits on punctuation, so an article reference gives its letters and its number', () => {
    expect(tokenize('ст.190-1 ук')).toEqual([
      { token: 'ст', start: 0, end: 2 },
      { token: '190', start: 3, end: 6 },
      { token: '1', start: 7, end: 8 },
      { token: 'ук', start: 9, end: 11 },
    ]);
  });

  it('keeps Kazakh letters and combining marks inside the word', () => {
    expect(tokenize('қылмыстық іс, үкімі.').map((t) => t.token)).toEqual([
      'қылмыстық',
      'іс',
      'үкімі',
    ]);
    expect(tokenize('cafe\u0301 bar').map((t) => t.token)).toEqual(['cafe\u0301', 'bar']);
  });

  it('finds nothing in text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -.,;«»— ')).toEqual([]);
  });

  it('gives offsets that slice back to each token, in order and without overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalised = normalizeText(text);
        let previousEnd = 0;
        for (const { token, start, end } of tokenize(normalised)) {
          expect(normalised.slice(start, end)).toBe(token);
          expect(token.length).toBeGreaterThan(0);
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('loses no letter or digit: what lies between tokens has none', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const between = tokenize(text).reduceRight(
          (rest, { start, end }) => rest.slice(0, start) + ' ' + rest.slice(end),
          text,
        );
        expect(between).not.toMatch(/[\p{L}\p{N}]/u);
      }),
      { numRuns: 1000 },
    );
  });
});
