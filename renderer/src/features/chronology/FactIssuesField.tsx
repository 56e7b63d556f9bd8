import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';

interface FactIssuesFieldProps {
  value: readonly string[];
  /** Labels already used in the case, offered while typing so "alibi" is not also "Alibi ". */
  suggestions: readonly string[];
  error: string | null;
  onChange: (issues: string[]) => void;
}

/** Free labels: typed and added one by one, each removable. */
export function FactIssuesField({ value, suggestions, error, onChange }: FactIssuesFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();
  const errorId = useId();

  const add = () => {
    const label = draft.trim().replace(/\s+/g, ' ');
    if (!label) return;
    // The same label typed in another case of letters is the case's existing one.
    const existing = [...suggestions, ...value].find(
      (issue) => issue.toLocaleLowerCase() === label.toLocaleLowerCase(),
    );
    const chosen = existing ?? label;
    if (!value.includes(chosen)) onChange([...value, chosen]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the label instead of submitting the whole fact.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="fact-issues">
      <legend className="field__label">{t('chronology.form.issues')}</legend>
      {value.length > 0 && (
        <ul className="fact-issues__chips">
          {value.map((issue) => (
            <li key={issue} className="fact-issue-chip">
              <span>{issue}</span>
              <IconButton
                label={t('chronology.form.removeIssue', { issue })}
                icon="×"
                onClick={() => onChange(value.filter((other) => other !== issue))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="fact-issues__add">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('chronology.form.issueInput')}
        </label>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={draft}
          placeholder={t('chronology.form.issueInput')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <datalist id={listId}>
          {suggestions
            .filter((issue) => !value.includes(issue))
            .map((issue) => (
              <option key={issue} value={issue} />
            ))}
        </datalist>
        <Button onClick={add}>{t('chronology.form.addIssue')}</Button>
      </div>
      <p className="field__hint">{t('chronology.form.issueHint')}</p>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
