import { describe, expect, it } from 'vitest';
import { isoDateSchema, localDateTimeSchema } from '../../../shared/domain/case';
import { foldForMatch, tidy } from '../../../shared/domain/text';

describe('text folding', () => {
  it('folds case and ё, keeps Kazakh letters, and normalises compatibility forms', () => {
    expect(foldForMatch('ЁЛКИН Ёлкин')).toBe('елкин елкин');
    expect(foldForMatch('ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі');
    expect(foldForMatch('ﬁle №5')).toBe('file no5');
  });

  it('tidies whitespace without touching letters', () => {
    expect(tidy('  Дело \n  № 2  ')).toBe('Дело № 2');
  });
});

describe('dates', () => {
  it('accepts real calendar dates and court wall-clock times only', () => {
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-13-01').success).toBe(false);
    expect(localDateTimeSchema.safeParse('2026-12-01T09:30').success).toBe(true);
    expect(localDateTimeSchema.safeParse('2026-12-01T24:00').success).toBe(false);
    expect(localDateTimeSchema.safeParse('2026-12-01T09:30Z').success).toBe(false);
  });
});
