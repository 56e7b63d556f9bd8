import { createInstance, type TFunction } from 'i18next';
import en from '../../../renderer/src/i18n/en.json';
import kk from '../../../renderer/src/i18n/kk.json';
import ru from '../../../renderer/src/i18n/ru.json';
import type { Language } from '../../../shared/domain/settings';

export const catalogs = { en, ru, kk } as const;

/**
 * The app's own catalogs, so page objects find controls by their translated names in any
 * language. Specs still assert a few literal Russian and Kazakh words, so a wrong catalog
 * entry cannot pass unnoticed.
 */
export function translator(language: Language): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: {
      en: { translation: en },
      ru: { translation: ru },
      kk: { translation: kk },
    },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key of the English catalog, plural forms folded to their base (`cases.list.shown`). */
export function catalogKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') {
      keys.add(prefix.replace(PLURAL_SUFFIX, ''));
      return;
    }
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      walk(value, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(en, '');
  return keys;
}
