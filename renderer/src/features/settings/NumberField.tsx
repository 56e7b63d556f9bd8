import { Field } from '../../components/Field';

interface NumberFieldProps {
  label: string;
  hint: string;
  bounds: { min: number; max: number };
  /** The text as typed: a half-typed number stays visible until the lawyer fixes it. */
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

/** A whole-number input with its bounds, labelled and described by the shared Field. */
export function NumberField({ label, hint, bounds, value, error, onChange }: NumberFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={bounds.min}
          max={bounds.max}
          step={1}
          className="settings-form__number"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
