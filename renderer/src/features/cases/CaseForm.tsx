import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import type { CaseFormValues } from './caseFormValues';

interface CaseFormProps {
  initial: CaseFormValues;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: CaseFormValues) => void;
  onCancel: () => void;
}

type TextKey = Exclude<keyof CaseFormValues, 'status'>;

/** The case's own fields, for both "New case" and "Edit details". */
export function CaseForm({
  initial,
  submitLabel,
  busyLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: CaseFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  // "Archived" is reached with the Archive button; the select offers it only to keep it.
  const statuses = CASE_STATUSES.filter(
    (status) => status !== 'archived' || initial.status === 'archived',
  );

  const set = (key: keyof CaseFormValues, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const text = (key: TextKey, type: 'text' | 'date' = 'text', hint?: string) => (
    <Field label={t(`cases.fields.${key}`)} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <form className="form case-form" onSubmit={submit} noValidate>
      <Field
        label={t('cases.fields.title')}
        error={titleMissing ? t('cases.fields.titleRequired') : null}
        required
        className="field--wide"
      >
        {(control) => (
          <input
            {...control}
            ref={titleRef}
            type="text"
            value={values.title}
            onChange={(event) => {
              set('title', event.target.value);
              setTitleMissing(false);
            }}
          />
        )}
      </Field>
      <div className="form__grid">
        {text('number')}
        <Field label={t('cases.fields.status')}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(event) => set('status', event.target.value)}
            >
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`cases.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('court')}
        {text('judge')}
        {text('jurisdiction')}
        {text('tags', 'text', t('cases.fields.tagsHint'))}
        {text('openedOn', 'date')}
        {text('closedOn', 'date')}
      </div>
      <Field label={t('cases.fields.description')} className="field--wide">
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <ErrorNotice error={error} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
