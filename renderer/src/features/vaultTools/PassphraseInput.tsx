import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** A passphrase field: never autofilled from a stored password, never spell-checked. */
export function PassphraseInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  autoComplete?: 'current-password' | 'new-password';
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={props.label} hint={props.hint} required={props.required ?? true}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={props.autoComplete ?? 'current-password'}
          spellCheck={false}
          aria-label={props.label || t('vaultTools.passphrase')}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
