import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HEARING_KINDS, type Hearing, type HearingKind } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

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

const isKind = (value: string): value is HearingKind =>
  (HEARING_KINDS as readonly string[]).includes(value);

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
                setValues({ ...values, at: event.target.value });
                setAtMissing(false);
              }}
            />
          )}
        </Field>
        <Field label={t('hearings.kind')}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(event) => {
                const kind = event.target.value;
                if (isKind(kind)) setValues({ ...values, kind });
              }}
            >
              {HEARING_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`hearings.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('hearings.place')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.place}
            onChange={(event) => setValues({ ...values, place: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('hearings.notes')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.notes}
            onChange={(event) => setValues({ ...values, notes: event.target.value })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.done}
          onChange={(event) => setValues({ ...values, done: event.target.checked })}
        />
        {t('hearings.done')}
      </label>
      <ErrorNotice error={error} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
