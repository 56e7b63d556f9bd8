import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HEARING_KINDS, type Hearing, type HearingKind } from '../../../../shared/domain/case';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';

export interface HearingValues {
  at: string;
  kind: HearingKind;
  place: string;
  notes: string;
  done: boolean;
}

interface HearingFormProps {
  title: string;
  hearing?: Hearing;
  busy: boolean;
  error: unknown;
  onSubmit: (values: HearingValues) => void;
  onCancel: () => void;
}

/** `datetime-local` gives exactly the core's `YYYY-MM-DDTHH:mm`, in the court's wall-clock time. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function HearingForm({ title, hearing, busy, error, onSubmit, onCancel }: HearingFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<HearingValues>({
    at: hearing?.at ?? '',
    kind: hearing?.kind ?? 'hearing',
    place: hearing?.place ?? '',
    notes: hearing?.notes ?? '',
    done: hearing?.done ?? false,
  });
  const [atMissing, setAtMissing] = useState(false);
  const atRef = useRef<HTMLInputElement>(null);
  const set = (changes: Partial<HearingValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  useEffect(() => atRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Some browsers add seconds (":00") when a time is typed; the core wants minutes.
    const at = values.at.slice(0, 16);
    if (!LOCAL_DATE_TIME.test(at)) {
      setAtMissing(true);
      atRef.current?.focus();
      return;
    }
    onSubmit({ ...values, at });
  };

  return (
    <form className="form inline-form" onSubmit={submit} noValidate aria-label={title}>
      <p className="inline-form__title">{title}</p>
      <div className="form__grid">
        <Field
          label={t('hearings.at')}
          error={atMissing ? t('hearings.atRequired') : null}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={atRef}
              type="datetime-local"
              value={values.at}
              onChange={(event) => {
                set({ at: event.target.value });
                setAtMissing(false);
              }}
            />
          )}
        </Field>
        <EnumSelect
          label={t('hearings.kind')}
          options={HEARING_KINDS}
          value={values.kind}
          optionLabel={(kind) => t(`hearings.kinds.${kind}`)}
          onChange={(kind) => set({ kind })}
        />
      </div>
      <Field label={t('hearings.place')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.place}
            onChange={(event) => set({ place: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('hearings.notes')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.notes}
            onChange={(event) => set({ notes: event.target.value })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.done}
          onChange={(event) => set({ done: event.target.checked })}
        />
        {t('hearings.done')}
      </label>
      <FormActions error={error} busy={busy} onCancel={onCancel} />
    </form>
  );
}
