import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/case';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import type { CaseFormValues } from './caseFormValues';

interface CaseFormProps {
  initial: CaseFormValues;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  /**
   * Start in the title field. "Edit details" replaces the button that opened it, so focus must
   * go somewhere; "New case" starts at its screen heading instead.
   */
  focusTitle?: boolean;
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
  focusTitle = false,
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

  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  const set = (changes: Partial<CaseFormValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  const text = (key: TextKey, type: 'text' | 'date' = 'text', hint?: string) => (
    <Field label={t(`cases.fields.${key}`)} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={values[key]}
          onChange={(event) => set({ [key]: event.target.value })}
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
              set({ title: event.target.value });
              setTitleMissing(false);
            }}
          />
        )}
      </Field>
      <div className="form__grid">
        {text('number')}
        <EnumSelect
          label={t('cases.fields.status')}
          options={statuses}
          value={values.status}
          optionLabel={(status) => t(`cases.status.${status}`)}
          onChange={(status) => set({ status })}
        />
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
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <FormActions
        error={error}
        busy={busy}
        submitLabel={submitLabel}
        busyLabel={busyLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
