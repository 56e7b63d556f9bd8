/**
 * Minimum passphrase strength, shared by the unlock screen (live feedback) and the vault
 * (enforcement). A seized laptop meets offline guessing, so length matters most; the rules
 * count Unicode characters so a Cyrillic or Kazakh passphrase is judged like a Latin one.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_DISTINCT_CHARACTERS = 6;

export type PassphraseProblem = 'too_short' | 'too_few_distinct' | 'sequence' | 'common';

export interface PassphraseVerdict {
  acceptable: boolean;
  problem?: PassphraseProblem;
  /** 0 (unusable) .. 4 (strong), for a meter. */
  score: 0 | 1 | 2 | 3 | 4;
}

const COMMON = [
  'password',
  'passphrase',
  'qwerty',
  'letmein',
  'iloveyou',
  'admin',
  'welcome',
  'пароль',
  'йцукен',
  'casefile',
  'qwertyuiop',
  'asdfghjkl',
];

function isSequence(chars: string[]): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < chars.length; i += 1) {
    steps.add((chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0));
  }
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) <= 1);
}

export function judgePassphrase(passphrase: string): PassphraseVerdict {
  const chars = [...passphrase.normalize('NFC')];
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  const folded = passphrase.toLowerCase().replace(/[^\p{L}]+/gu, '');
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) =>
    re.test(passphrase),
  ).length;
  const score = (Math.min(4, Math.floor(chars.length / 6) + (classes >= 3 ? 1 : 0)) ||
    0) as PassphraseVerdict['score'];

  if (chars.length < MIN_PASSPHRASE_LENGTH)
    return { acceptable: false, problem: 'too_short', score: Math.min(score, 1) as 0 | 1 };
  if (distinct < MIN_DISTINCT_CHARACTERS)
    return { acceptable: false, problem: 'too_few_distinct', score: 1 };
  if (isSequence(chars)) return { acceptable: false, problem: 'sequence', score: 1 };
  if (
    folded.length > 0 &&
    COMMON.some((word) => folded === word || folded.replaceAll(word, '').length < 3)
  ) {
    return { acceptable: false, problem: 'common', score: 1 };
  }
  return { acceptable: true, score: Math.max(2, score) as PassphraseVerdict['score'] };
}
