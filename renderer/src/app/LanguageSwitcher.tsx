import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { api } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { isLanguage } from '../i18n';
import { useLanguage } from '../i18n/useLanguage';

/** Switches at once and remembers the choice outside the vault, so the lock screen uses it too. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const save = useMutation({
    mutationFn: (next: Language) => api.settings.update({ language: next }),
  });
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('header.language')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          void i18n.changeLanguage(next);
          save.mutate(next);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
      <ErrorNotice error={save.error} />
    </div>
  );
}
