import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFactDate } from '../../../../shared/domain/fact';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { dateFields, FACT_DATE_KINDS, type FactFieldError, type FactFormValues } from './factForm';

type DateValues = Pick<
  FactFormValues,
  'dateKind' | 'day' | 'month' | 'year' | 'from' | 'to' | 'dateText'
>;

interface FactDateFieldProps {
  values: DateValues;
  error: FactFieldError | undefined;
  onChange: (changes: Partial<DateValues>) => void;
}

/**
 * The precision first, then only the inputs it needs. A date may also be typed the way it is
 * written in documents (14.05.2024, 05.2024, a range): what parses fills the inputs at once.
 */
export function FactDateField({ values, error, onChange }: FactDateFieldProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const message = error ? t(`chronology.errors.${error}`) : null;
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const input = (
    label: string,
    type: 'date' | 'month' | 'text',
    key: 'day' | 'month' | 'year' | 'from' | 'to',
  ) => (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          {...invalid}
          type={type}
          inputMode={type === 'text' ? 'numeric' : undefined}
          value={values[key]}
          onChange={(event) => onChange({ [key]: event.target.value, dateText: '' })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="fact-date">
      <legend className="field__label">{t('chronology.columns.date')}</legend>
      <div className="fact-date__row">
        <EnumSelect
          label={t('chronology.dateKind.label')}
          options={FACT_DATE_KINDS}
          value={values.dateKind}
          optionLabel={(kind) => t(`chronology.dateKind.${kind}`)}
          onChange={(dateKind) => onChange({ dateKind, dateText: '' })}
        />
        {values.dateKind === 'exact' && input(t('chronology.date.day'), 'date', 'day')}
        {values.dateKind === 'month' && input(t('chronology.date.month'), 'month', 'month')}
        {values.dateKind === 'year' && input(t('chronology.date.year'), 'text', 'year')}
        {values.dateKind === 'range' && (
          <>
            {input(t('chronology.date.from'), 'date', 'from')}
            {input(t('chronology.date.to'), 'date', 'to')}
          </>
        )}
      </div>
      <Field label={t('chronology.date.typed')} hint={t('chronology.date.typedHint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.dateText}
            onChange={(event) => {
              const text = event.target.value;
              // An empty box means "nothing typed", not "undated" (parseFactDate reads '' so).
              const parsed = text.trim() ? parseFactDate(text) : null;
              onChange(parsed ? { ...dateFields(parsed), dateText: text } : { dateText: text });
            }}
          />
        )}
      </Field>
      {message && (
        <p className="field__error" id={errorId} role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}
