import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_ROLES, type Party, type PartyRole } from '../../../../shared/domain/case';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';

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

export function PartyForm({ title, party, busy, error, onSubmit, onCancel }: PartyFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PartyValues>({
    name: party?.name ?? '',
    role: party?.role ?? 'client',
    contact: party?.contact ?? '',
  });
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const set = (changes: Partial<PartyValues>) =>
    setValues((current) => ({ ...current, ...changes }));

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
              set({ name: event.target.value });
              setNameMissing(false);
            }}
          />
        )}
      </Field>
      <EnumSelect
        label={t('parties.role')}
        options={PARTY_ROLES}
        value={values.role}
        optionLabel={(role) => t(`parties.roles.${role}`)}
        onChange={(role) => set({ role })}
      />
      <Field label={t('parties.contact')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.contact}
            onChange={(event) => set({ contact: event.target.value })}
          />
        )}
      </Field>
      <FormActions error={error} busy={busy} onCancel={onCancel} />
    </form>
  );
}
