import { useTranslation } from 'react-i18next';
import { DOSSIER_LANGUAGES } from '../../../../shared/domain/dossier';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { INCLUDE_KEYS, type DossierSettings, type SettingsField } from './dossierOptions';

interface PagesOptionsProps {
  settings: DossierSettings;
  invalid: readonly SettingsField[];
  onChange: (settings: DossierSettings) => void;
}

/** What Casefile adds around the documents, in which language, and who prepared the bundle. */
export function PagesOptions({ settings, invalid, onChange }: PagesOptionsProps) {
  const { t } = useTranslation();
  return (
    <section className="panel dossier-panel" aria-labelledby="dossier-pages-title">
      <h2 id="dossier-pages-title" className="panel__title">
        {t('dossier.include.title')}
      </h2>
      <fieldset className="dossier-include">
        <legend className="visually-hidden">{t('dossier.include.title')}</legend>
        {INCLUDE_KEYS.map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={settings.include[key]}
              onChange={(event) =>
                onChange({
                  ...settings,
                  include: { ...settings.include, [key]: event.target.checked },
                })
              }
            />
            {t(`dossier.include.${key}`)}
          </label>
        ))}
      </fieldset>
      <div className="dossier-form__grid">
        <EnumSelect
          label={t('dossier.language')}
          options={DOSSIER_LANGUAGES}
          value={settings.language}
          optionLabel={(language) => t(`language.${language}`)}
          onChange={(language) => onChange({ ...settings, language })}
        />
        <Field
          label={t('dossier.preparedBy')}
          hint={t('dossier.preparedByHint')}
          error={invalid.includes('preparedBy') ? t('dossier.preparedByInvalid') : null}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={200}
              autoComplete="name"
              value={settings.preparedBy}
              onChange={(event) => onChange({ ...settings, preparedBy: event.target.value })}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
