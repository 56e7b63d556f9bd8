import { describe, expect, it } from 'vitest';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/passphrase';

describe('judgePassphrase', () => {
  it.each([
    ['correct horse battery staple', true],
    ['тихий берег Иртыша 2026', true],
    ['Қазақстан Республикасы 1991', true],
    ['Ұлы дала елі мәңгі', true],
  ])('accepts a long passphrase: %s', (passphrase, acceptable) => {
    expect(judgePassphrase(passphrase).acceptable).toBe(acceptable);
  });

  it.each([
    ['', 'too_short'],
    ['Aa1!Bb2@', 'too_short'],
    ['ӘәӘәӘәӘәӘәӘә', 'too_few_distinct'],
    ['111111111111', 'too_few_distinct'],
    ['abcdefghijklmn', 'sequence'],
    ['абвгдежзийкл', 'sequence'],
    ['password password', 'common'],
    ['ПарольПароль1', 'common'],
    ['qwertyuiop123', 'common'],
  ])('refuses %s as %s', (passphrase, problem) => {
    expect(judgePassphrase(passphrase)).toMatchObject({ acceptable: false, problem });
  });

  it('counts characters, not UTF-16 units, so Kazakh letters are not double-counted', () => {
    const elevenKazakh = 'ӘҒҚҢӨҰҮҺІәғ';
    expect([...elevenKazakh]).toHaveLength(MIN_PASSPHRASE_LENGTH - 1);
    expect(judgePassphrase(elevenKazakh).problem).toBe('too_short');
    expect(judgePassphrase(`${elevenKazakh}қ`).acceptable).toBe(true);
  });

  it('scores longer and more varied passphrases higher', () => {
    expect(judgePassphrase('short').score).toBeLessThanOrEqual(1);
    expect(judgePassphrase('correct horse battery staple 42!').score).toBe(4);
  });
});
