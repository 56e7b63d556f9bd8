import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { describeError } from '../../i18n/describeError';

/** pdf.js names its failures; these are the ones a lawyer can act on. */
const PDFJS_PROBLEMS = {
  InvalidPDFException: 'viewer.problem.invalid',
  PasswordException: 'viewer.problem.password',
} as const;

const problemKey = (name: string) =>
  name in PDFJS_PROBLEMS
    ? PDFJS_PROBLEMS[name as keyof typeof PDFJS_PROBLEMS]
    : 'viewer.problem.failed';

/** Why the document is not shown, in words; `null` means the lawyer cancelled the password. */
export function ViewerLoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let message: string;
  if (error === null) message = t('viewer.problem.cancelled');
  else if (isApiError(error)) message = describeError(t, error);
  else {
    const name = error instanceof Error ? error.name : '';
    message = t(problemKey(name));
  }
  return (
    <p className="notice notice--error viewer__problem" role="alert">
      {message}
    </p>
  );
}
