import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const resources = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
} as const;

// Typed keys: a misspelt `t('cases.lsit.title')` fails the type check, not a lawyer's screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

declare global {
  interface Window {
    /** Keys that were asked for but not found; the e2e specs assert it stays empty. */
    __casefileMissingKeys?: string[];
  }
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The saved choice wins; then the first of the system's languages we speak; then English. */
export function pickInitialLanguage(
  saved: Language | null | undefined,
  systemLanguages: readonly string[],
): Language {
  if (saved) return saved;
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export async function createI18n(language: Language): Promise<I18n> {
  const missing = (window.__casefileMissingKeys ??= []);
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    // English stays the safety net for a lawyer; the catalog test keeps the others complete.
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes everything it renders.
    returnEmptyString: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      missing.push(`${languages.join(',')}:${namespace}:${key}`);
    },
    initAsync: false,
  });
  return i18n;
}
