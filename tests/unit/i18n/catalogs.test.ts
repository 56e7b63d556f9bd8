import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import kk from '../../../renderer/src/i18n/kk.json';
import ru from '../../../renderer/src/i18n/ru.json';
import {
  CASE_SORT_KEYS,
  CASE_STATUSES,
  HEARING_KINDS,
  PARTY_ROLES,
} from '../../../shared/domain/case';
import { DOCUMENT_LANGUAGES, DOCUMENT_TYPES } from '../../../shared/domain/document';
import type { PassphraseProblem } from '../../../shared/domain/passphrase';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { ERROR_CODES } from '../../../shared/errors';

const catalogs: Record<Language, unknown> = { en, ru, kk };

// An object rather than a list so a new PassphraseProblem fails the type check until added here.
const PASSPHRASE_PROBLEMS = Object.keys({
  too_short: true,
  too_few_distinct: true,
  sequence: true,
  common: true,
} satisfies Record<PassphraseProblem, true>);

/** The same in every language on purpose: the brand, and each language's name in itself. */
const SAME_AS_ENGLISH = new Set(['app.name', 'language.en', 'language.ru', 'language.kk']);

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = '', into = new Map<string, unknown>()) {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, node);
  }
  return into;
}

const flat = Object.fromEntries(
  LANGUAGES.map((language) => [language, flatten(catalogs[language])]),
) as Record<Language, Map<string, unknown>>;

const baseOf = (key: string) => key.replace(PLURAL, '');
const baseKeys = (language: Language) => new Set([...flat[language].keys()].map(baseOf));
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

/** Base key → the variables used by any of its forms. */
function variablesByBase(language: Language): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  for (const [key, value] of flat[language]) {
    const set = result.get(baseOf(key)) ?? new Set<string>();
    for (const name of variables(String(value))) if (name) set.add(name);
    result.set(baseOf(key), set);
  }
  return new Map([...result].map(([key, set]) => [key, [...set].sort()]));
}

const pluralBases = new Set(
  LANGUAGES.flatMap((language) =>
    [...flat[language].keys()].filter((key) => PLURAL.test(key)).map(baseOf),
  ),
);

describe('translation catalogs', () => {
  it('have the same keys in English, Russian and Kazakh, plural forms aside', () => {
    const english = [...baseKeys('en')].sort();
    expect([...baseKeys('ru')].sort()).toEqual(english);
    expect([...baseKeys('kk')].sort()).toEqual(english);
  });

  it.each(LANGUAGES)('give every plural key exactly the CLDR forms %s needs', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();
    for (const base of pluralBases) {
      const forms = [...flat[language].keys()]
        .filter((key) => PLURAL.test(key) && baseOf(key) === base)
        .map((key) => key.slice(base.length + 1))
        .sort();
      expect(forms, `${language}: ${base}`).toEqual(needed);
    }
  });

  it.each(LANGUAGES)('have no empty or non-text value in %s', (language) => {
    for (const [key, value] of flat[language]) {
      expect(typeof value, `${language}: ${key}`).toBe('string');
      expect(String(value).trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it.each(LANGUAGES)(
    'translate every error code, status, role, kind, sort key, passphrase problem and language in %s',
    (language) => {
      const keys = [
        ...ERROR_CODES.map((code) => `errors.${code}`),
        ...CASE_STATUSES.map((status) => `cases.status.${status}`),
        ...PARTY_ROLES.map((role) => `parties.roles.${role}`),
        ...HEARING_KINDS.map((kind) => `hearings.kinds.${kind}`),
        ...DOCUMENT_TYPES.map((type) => `documents.types.${type}`),
        ...DOCUMENT_LANGUAGES.map((language) => `documents.languages.${language}`),
        ...CASE_SORT_KEYS.map((key) => `cases.sort.${key}`),
        ...PASSPHRASE_PROBLEMS.map((problem) => `passphrase.problem.${problem}`),
        ...LANGUAGES.map((code) => `language.${code}`),
      ];
      for (const key of keys) expect(flat[language].has(key), `${language}: ${key}`).toBe(true);
    },
  );

  it('use the same interpolation variables in every language', () => {
    const english = variablesByBase('en');
    for (const language of ['ru', 'kk'] as const) {
      const other = variablesByBase(language);
      for (const [key, names] of english)
        expect(other.get(key), `${language}: ${key}`).toEqual(names);
    }
  });

  it.each(['ru', 'kk'] as const)('translate %s rather than copy English', (language) => {
    const copied = [...flat[language]]
      .filter(([key, value]) => !SAME_AS_ENGLISH.has(key) && flat.en.get(key) === value)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('write Kazakh in Kazakh Cyrillic, not as a copy of Russian', () => {
    const text = [...flat.kk.values()].join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) {
      expect(text.toLocaleLowerCase('kk'), `uses ${letter}`).toContain(letter);
    }
    // Loanwords that Kazakh legal language shares with Russian, and formats with no words.
    const sharedWithRussian = new Set([
      'app.name',
      'language.en',
      'language.ru',
      'language.kk',
      'cases.list.caseNumber',
      'cases.fields.judge',
      'cases.fields.jurisdiction',
      'parties.roles.prosecutor',
      'parties.roles.judge',
      'parties.roles.counsel',
    ]);
    const copied = [...flat.kk]
      .filter(([key, value]) => !sharedWithRussian.has(key) && flat.ru.get(key) === value)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('choose the right Russian and Kazakh plural forms through i18next', async () => {
    const i18n = createInstance();
    await i18n.init({
      resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
      lng: 'ru',
      fallbackLng: false,
    });
    const shown = (count: number, lng: Language) => i18n.t('cases.list.shown', { count, lng });
    expect(shown(1, 'ru')).toBe('Найдено 1 дело');
    expect(shown(3, 'ru')).toBe('Найдено 3 дела');
    expect(shown(5, 'ru')).toBe('Найдено 5 дел');
    expect(shown(21, 'ru')).toBe('Найдено 21 дело');
    expect(shown(1, 'kk')).toBe('1 іс табылды');
    expect(shown(7, 'kk')).toBe('7 іс табылды');
    expect(shown(1, 'en')).toBe('1 case shown');
    expect(shown(2, 'en')).toBe('2 cases shown');
  });
});
