import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import type { PartyId } from '../../../../shared/domain/ids';

interface FactPeopleFieldProps {
  parties: readonly Party[];
  value: readonly PartyId[];
  error: string | null;
  onChange: (partyIds: PartyId[]) => void;
}

/** One checkbox per party of the case: a fact can only involve the case's own parties. */
export function FactPeopleField({ parties, value, error, onChange }: FactPeopleFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fact-people">
      <legend className="field__label">{t('chronology.form.people')}</legend>
      {parties.length === 0 && <p className="field__hint">{t('chronology.form.noParties')}</p>}
      <div className="fact-people__list">
        {parties.map((party) => (
          <label key={party.id} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(party.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, party.id]
                    : value.filter((id) => id !== party.id),
                )
              }
            />
            {party.name}
            <span className="fact-people__role">({t(`parties.roles.${party.role}`)})</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
