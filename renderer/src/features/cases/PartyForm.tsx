import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_ROLES, type Party, type PartyRole } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

export interface PartyValues {
  name: string;
  role: PartyRole;
  contact: string;
}

interface PartyFormProps {
  title: string;
  party?: Party;
  busy: boolean;
  error: unknown;
  onSubmit: (values: PartyValues) => void;
  onCancel: () => void;
}

const isRole = (value: string): value is PartyRole =>
  (PARTY_ROLES as readonly string[]).includes(value);

export function PartyForm({ title, party, busy, error, onSubmit, onCancel }: PartyFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PartyValues>({
    name: party?.name ?? '',
    role: party?.role ?? 'client',
    contact: party?.contact ?? '',
  });
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <form className="form inline-form" onSubmit={submit} noValidate aria-label={title}>
      <p className="inline-form__title">{title}</p>
      <Field
        label={t('parties.name')}
        error={nameMissing ? t('parties.nameRequired') : null}
        required
      >
        {(control) => (
          <input
            {...control}
            ref={nameRef}
            type="text"
            value={values.name}
            onChange={(event) => {
              setValues({ ...values, name: event.target.value });
              setNameMissing(false);
            }}
          />
        )}
      </Field>
      <Field label={t('parties.role')}>
        {(control) => (
          <select
            {...control}
            value={values.role}
            onChange={(event) => {
              const role = event.target.value;
              if (isRole(role)) setValues({ ...values, role });
            }}
          >
            {PARTY_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`parties.roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('parties.contact')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.contact}
            onChange={(event) => setValues({ ...values, contact: event.target.value })}
          />
        )}
      </Field>
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
