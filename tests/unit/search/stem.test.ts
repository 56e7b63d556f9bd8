import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  normalizeText,
  stem,
  stemAny,
  type StemLanguage,
  tokenize,
} from '../../../electron/core/search/text';

/** Every form must reduce to one stem, and report which forms did not, for a readable failure. */
function expectOneStem(language: StemLanguage, forms: string[]) {
  const stems = forms.map((form) => `${form} → ${stem(form, language)}`);
  const distinct = new Set(forms.map((form) => stem(form, language)));
  expect(distinct.size, stems.join(', ')).toBe(1);
}

function expectDifferentStems(language: StemLanguage, a: string, b: string) {
  expect(stem(a, language)).not.toBe(stem(b, language));
}

describe('Russian stems (Snowball)', () => {
  it.each([
    ['суд', 'суда', 'судом', 'суде', 'судов', 'суду', 'суды'],
    ['приговор', 'приговора', 'приговором', 'приговоре', 'приговоры', 'приговоров'],
    ['свидетель', 'свидетеля', 'свидетелями', 'свидетелю', 'свидетелей'],
    ['обвинение', 'обвинения', 'обвинением', 'обвинении', 'обвинений'],
    ['обвиняемый', 'обвиняемого', 'обвиняемому', 'обвиняемым', 'обвиняемые'],
    ['уголовный', 'уголовного', 'уголовное', 'уголовным'],
    ['дело', 'дела', 'делу', 'делом'],
    ['статья', 'статьи', 'статьей', 'статью'],
    ['ходатайство', 'ходатайства', 'ходатайством'],
    ['адвокат', 'адвоката', 'адвокатом', 'адвокату'],
  ])('reduces the forms of «%s» to one stem', (...forms) => {
    expectOneStem('ru', forms);
  });

  it('gives the stems the Snowball Russian algorithm defines', () => {
    expect(stem('судом', 'ru')).toBe('суд');
    expect(stem('свидетелями', 'ru')).toBe('свидетел');
    expect(stem('обвинения', 'ru')).toBe('обвинен');
    // Snowball keeps the noun and the participle apart: search for both if both are wanted.
    expect(stem('обвиняемый', 'ru')).toBe('обвиня');
  });

  it('stems ёлка and елка alike once normalised', () => {
    expect(stem(normalizeText('Ёлка'), 'ru')).toBe(stem(normalizeText('елка'), 'ru'));
  });

  it('keeps different words apart', () => {
    expectDifferentStems('ru', 'суд', 'сумма');
    expectDifferentStems('ru', 'приговор', 'прокурор');
    expectDifferentStems('ru', 'обвинение', 'оправдание');
  });
});

describe('English stems (Snowball English, i.e. Porter2)', () => {
  it.each([
    ['convict', 'convicted', 'convicts', 'convicting'],
    ['appeal', 'appealed', 'appeals', 'appealing'],
    ['court', 'courts'],
    ['defendant', 'defendants'],
    ['sentence', 'sentenced', 'sentences'],
  ])('reduces the forms of «%s» to one stem', (...forms) => {
    expectOneStem('en', forms);
  });

  it('stems conviction to convict as well (Porter2 removes -ion after t)', () => {
    expect(stem('conviction', 'en')).toBe('convict');
    expect(stem('convictions', 'en')).toBe('convict');
  });

  it('keeps prosecutor apart from prosecution, as Porter2 does', () => {
    expect(stem('prosecution', 'en')).toBe('prosecut');
    expect(stem('prosecutor', 'en')).toBe('prosecutor');
  });
});

describe('Kazakh stems', () => {
  it.each([
    ['үкім', 'үкіміне', 'үкімді', 'үкімнің', 'үкімдер', 'үкімдерді', 'үкімі', 'үкімін', 'үкімінде'],
    ['сот', 'соты', 'сотқа', 'соттың', 'сотта', 'соттан', 'сотпен', 'соттағы', 'соттар', 'сотты'],
    ['куәгер', 'куәгердің', 'куәгерлер', 'куәгерлердің', 'куәгерге', 'куәгерді', 'куәгері'],
    ['айыпталушы', 'айыпталушының', 'айыпталушыға', 'айыпталушыны', 'айыпталушылар'],
    ['іс', 'істі', 'істің', 'ісі', 'іске', 'істе', 'ісін', 'ісіне', 'істер', 'істерді', 'іспен'],
    ['заң', 'заңы', 'заңның', 'заңға', 'заңдар', 'заңнан', 'заңды'],
    ['қылмыс', 'қылмысы', 'қылмыстың', 'қылмыстар', 'қылмысқа', 'қылмыстан'],
    ['қылмыстық', 'қылмыстықтың', 'қылмыстығы', 'қылмыстыққа'],
    ['айыптау', 'айыптауға', 'айыптаудың', 'айыптауды', 'айыптауы'],
    ['тергеуші', 'тергеушінің', 'тергеушіге', 'тергеушілер', 'тергеушісі'],
    ['шешім', 'шешімі', 'шешімнің', 'шешімге', 'шешімдер', 'шешімінің'],
    ['дәлел', 'дәлелі', 'дәлелдер', 'дәлелдерді', 'дәлелдің'],
    ['прокурор', 'прокурорға', 'прокурордың', 'прокурорлар'],
    ['адвокат', 'адвокатқа', 'адвокаттың', 'адвокаттар'],
    ['айып', 'айыбы', 'айыпқа'],
    ['статья', 'статьясы', 'статьясына', 'статьясының'],
  ])('reduces the forms of «%s» to one stem', (...forms) => {
    expectOneStem('kk', forms);
  });

  it('strips stacked endings down to the bare noun', () => {
    expect(stem('үкімдерді', 'kk')).toBe('үкім');
    expect(stem('куәгерлердің', 'kk')).toBe('куәгер');
    expect(stem('сотқа', 'kk')).toBe('сот');
    expect(stem('істің', 'kk')).toBe('іс');
  });

  it('keeps different words apart', () => {
    expectDifferentStems('kk', 'сот', 'сөз');
    expectDifferentStems('kk', 'сотқа', 'сөзге');
    expectDifferentStems('kk', 'іс', 'сөз');
    expectDifferentStems('kk', 'заң', 'заңсыз'); // "law" and "unlawful"
    expectDifferentStems('kk', 'шешім', 'шешу'); // "decision" and "to solve"
    expectDifferentStems('kk', 'келісім', 'келіс'); // "agreement" and "agree"
    expectDifferentStems('kk', 'айыптаушы', 'айыпталушы'); // "accuser" and "accused"
  });

  it('does not read the -ым/-ім of common nouns as a possessive', () => {
    expect(stem('шешім', 'kk')).toBe('шешім');
    expect(stem('бөлім', 'kk')).toBe('бөлім');
    expect(stem('үкім', 'kk')).toBe('үкім');
  });

  it('stops a verbal noun at its verb stem instead of eating into the root', () => {
    expect(stem('тергеу', 'kk')).toBe('терге');
    expect(stem('дау', 'kk')).toBe('дау');
  });
});

describe('stemAny', () => {
  it('stems Latin tokens as English, whatever the document language', () => {
    expect(stemAny('convicted')).toEqual(['convict']);
    expect(stemAny('convicted', 'kk')).toEqual(['convict']);
  });

  it('stems a Cyrillic token with a Kazakh-only letter as Kazakh only', () => {
    expect(stemAny('сотқа')).toEqual(['сот']);
    expect(stemAny('үкімдерді', 'ru')).toEqual(['үкім']);
  });

  it('stems plain Cyrillic as Russian, and as Kazakh too in a Kazakh document', () => {
    expect(stemAny('суда')).toEqual(['суд']);
    expect(stemAny('суда', 'ru')).toEqual(['суд']);
    expect(stemAny('сотта', 'kk')).toEqual([stem('сотта', 'ru'), 'сот']);
  });

  it('lists a stem once when both languages agree', () => {
    expect(stemAny('сот', 'kk')).toEqual(['сот']);
  });

  it('keeps numbers and tokens in other scripts as they are', () => {
    expect(stemAny('190')).toEqual(['190']);
    expect(stemAny('東京')).toEqual(['東京']);
  });

  it('lets each word of a query find its other forms on a page, through one of its stems', () => {
    const stemsOf = (text: string) =>
      tokenize(normalizeText(text)).map(({ token }) => stemAny(token, 'kk'));
    const page = new Set(stemsOf('Соттың ҮКІМІНЕ шағым. Сви-\nдетелями допрошены.').flat());
    for (const stems of stemsOf('сот үкімі свидетель')) {
      expect(
        stems.some((stemmed) => page.has(stemmed)),
        stems.join(' | '),
      ).toBe(true);
    }
  });
});

describe('detectLanguage', () => {
  it('tells Kazakh from Russian by the share of Kazakh-only letters', () => {
    expect(detectLanguage('Сот үкімі бойынша айыпталушы қылмыстық жауапкершілікке тартылды.')).toBe(
      'kk',
    );
    expect(detectLanguage('Суд постановил приговор в отношении обвиняемого по статье 190.')).toBe(
      'ru',
    );
  });

  it('keeps a Russian page Russian when it names Kazakh people', () => {
    const page =
      'Допрошенный в качестве свидетеля Жұмабаев Ғалымжан показал, что обвиняемый ' +
      'находился в квартире весь вечер и никуда не выходил, о чём сообщил следователю.';
    expect(detectLanguage(page)).toBe('ru');
  });

  it('detects Latin-script text as English and other scripts as other', () => {
    expect(detectLanguage('The court of appeal upheld the conviction of the defendant.')).toBe(
      'en',
    );
    expect(detectLanguage('Το δικαστήριο απέρριψε την έφεση του κατηγορουμένου.')).toBe('other');
  });

  it('says nothing about a page with too few letters', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12.03.2024 — 190-1')).toBeNull();
  });
});

describe('stem invariants', () => {
  const cyrillic = fc.string({
    unit: fc.constantFrom(...'абвгдеийклмнопрстуфхцчшыьэюяәғқңөұүһі'),
    minLength: 1,
    maxLength: 14,
  });
  const latin = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    minLength: 1,
    maxLength: 14,
  });
  const tokens = fc.oneof(
    cyrillic,
    latin,
    fc.string({ unit: 'binary', maxLength: 20 }).chain((text) => {
      const words = tokenize(normalizeText(text)).map(({ token }) => token);
      return words.length > 0 ? fc.constantFrom(...words) : fc.constant('x');
    }),
  );

  it('never gives an empty stem or one longer than the token, in any language', () => {
    fc.assert(
      fc.property(tokens, fc.constantFrom<StemLanguage>('ru', 'kk', 'en'), (token, language) => {
        const stemmed = stem(token, language);
        expect(stemmed.length).toBeGreaterThan(0);
        expect(stemmed.length).toBeLessThanOrEqual(token.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives stemAny at least one stem and no duplicates', () => {
    fc.assert(
      fc.property(
        tokens,
        fc.constantFrom('ru', 'kk', 'en', 'other', null, undefined),
        (token, hint) => {
          const stems = stemAny(token, hint);
          expect(stems.length).toBeGreaterThan(0);
          expect(new Set(stems).size).toBe(stems.length);
          for (const stemmed of stems) expect(stemmed.length).toBeLessThanOrEqual(token.length);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
