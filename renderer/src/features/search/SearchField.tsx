import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: unknown;
  /** Takes the focus when shown (the search screen exists to type into it). */
  autoFocus?: boolean;
}

/** Where a QUERY_SYNTAX error points, shown under the query so the lawyer sees what to fix. */
function SyntaxMarker({ query, position }: { query: string; position: number }) {
  const { t } = useTranslation();
  const at = Math.min(Math.max(0, position), query.length);
  return (
    <p className="search-field__syntax" aria-label={t('search.errorAt', { position: at + 1 })}>
      <span>{query.slice(0, at)}</span>
      <mark className="search-field__caret">{query.slice(at, at + 1) || ' '}</mark>
      <span>{query.slice(at + 1)}</span>
    </p>
  );
}

export function SearchField({ label, value, onChange, error, autoFocus }: SearchFieldProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  // An effect rather than the attribute: it runs after the screen heading has taken the focus.
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);
  const position =
    isApiError(error) && error.code === 'QUERY_SYNTAX' ? error.details.position : null;
  return (
    <div className="search-field" role="search">
      <label className="search-field__label">
        <span className="visually-hidden">{label}</span>
        <input
          ref={inputRef}
          type="search"
          className="search-field__input"
          placeholder={label}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p className="search-field__hint">{t('search.hint')}</p>
      <ErrorNotice error={error} />
      {typeof position === 'number' && <SyntaxMarker query={value} position={position} />}
    </div>
  );
}
