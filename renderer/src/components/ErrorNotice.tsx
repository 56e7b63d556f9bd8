import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describeError';

/** A translated, announced error; renders nothing without one. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error == null) return null;
  return (
    <p className="notice notice--error" role="alert">
      {describeError(t, error)}
    </p>
  );
}
