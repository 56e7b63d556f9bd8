import type { TFunction } from 'i18next';
import {
  MIN_DISTINCT_CHARACTERS,
  MIN_PASSPHRASE_LENGTH,
  type PassphraseProblem,
} from '../../../shared/domain/passphrase';
import { isApiError } from '../api';

const PROBLEMS: readonly PassphraseProblem[] = [
  'too_short',
  'too_few_distinct',
  'sequence',
  'common',
];

/** Words a lawyer understands for any failure; never the English log message or a stack. */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.INTERNAL');
  const problem = error.details.problem;
  if (error.code === 'WEAK_PASSPHRASE' && PROBLEMS.includes(problem as PassphraseProblem)) {
    return describePassphraseProblem(t, problem as PassphraseProblem);
  }
  return t(`errors.${error.code}`);
}

export function describePassphraseProblem(t: TFunction, problem: PassphraseProblem): string {
  switch (problem) {
    case 'too_short':
      return t('passphrase.problem.too_short', { min: MIN_PASSPHRASE_LENGTH });
    case 'too_few_distinct':
      return t('passphrase.problem.too_few_distinct', { min: MIN_DISTINCT_CHARACTERS });
    case 'sequence':
      return t('passphrase.problem.sequence');
    case 'common':
      return t('passphrase.problem.common');
  }
}
