import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { isLanguage } from './index';

/** The active UI language, narrowed to the ones we ship (for Intl formatting). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}
