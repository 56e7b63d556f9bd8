import { Field } from './Field';

interface EnumSelectProps<T extends string> {
  label: string;
  /** The closed list the value comes from (a domain `as const` array); its order is kept. */
  options: readonly T[];
  value: T;
  /** The option's translated name. */
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A labelled <select> over a closed list. Only a value from `options` reaches `onChange`, so
 * callers need no type guard of their own and never store a string the core would refuse.
 */
export function EnumSelect<T extends string>({
  label,
  options,
  value,
  optionLabel,
  onChange,
  className,
}: EnumSelectProps<T>) {
  return (
    <Field label={label} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
