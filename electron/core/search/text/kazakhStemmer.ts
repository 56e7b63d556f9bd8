/**
 * A suffix-stripping stemmer for Kazakh (Cyrillic script), written for search recall rather than
 * linguistic accuracy: Snowball has no Kazakh stemmer.
 *
 * Kazakh stacks endings as stem + plural + possessive + case. Instead of tracking which layer
 * came last, nominal endings are stripped repeatedly until none applies: then a word and every
 * inflected form of it reduce along the same path (`үкімдерді` → `үкімдер` → `үкім`), which is
 * what search needs, at the price of sometimes cutting a stem that merely ends like a suffix
 * (`сауда` → `сау`). Verb endings are stripped once at the end and never re-enter the loop, so a
 * verbal noun such as `тергеу` stops at `терге` instead of being eaten down to `тер`.
 *
 * Deliberately absent: 1st/2nd singular possessives (-ым/-ім/-ың/-ің) collide with very common
 * nouns (`шешім`, `келісім`, `бөлім`) and are rare in court papers; the bare dative -а/-е and
 * -сыз/-сіз (which would make `заңсыз` "unlawful" match `заң` "law").
 */

/** A suffix, and when it may be removed: the stem left behind must pass `fits`. */
interface Rule {
  suffix: string;
  fits?: (stem: string) => boolean;
}

const VOWELS = new Set('аәеёиоөуұүыіэюя');
const hasVowel = (stem: string) => [...stem].some((letter) => VOWELS.has(letter));
// A final у is a glide after its vowel (`тергеу` takes -дің, -ді, -де like a consonant stem).
const endsInVowel = (stem: string) => stem.at(-1) !== 'у' && VOWELS.has(stem.at(-1) ?? '');
const endsInConsonant = (stem: string) => !endsInVowel(stem);

// Which variant of an ending a stem takes depends on its last sound (`сот-ты` but `сот-ы`,
// `үкім-нің` but `сот-тың`): checking it keeps `соты` from being read as `со` + `-ты`.
const endsInVowelOrNasal = (stem: string) => endsInVowel(stem) || /[мнң]$/.test(stem);
// -н, -на/-не, -нда/-нде follow the 3rd person possessive only (`үкімі-н`, `ісі-не`); requiring it
// keeps `қазақстан-да` from losing its `н`.
const afterThirdPersonPossessive = (stem: string) => /[ыі]$/.test(stem);
const afterNasalOrPossessive = (stem: string) => /[мнңыі]$/.test(stem);
// `қылмысы` is `қылмыс-ы`, not `қылмы-сы`: before -сы/-сі a final ы/і is only taken for a vowel
// of the stem in the agent nouns (`тергеуші-сі`, `айыпталушы-сы`), the common case in court papers.
const takesPossessiveSy = (stem: string) =>
  endsInVowel(stem) && (!/[ыі]$/.test(stem) || /ш[ыі]$/.test(stem));

const rules = (suffixes: string, fits?: Rule['fits']): Rule[] =>
  suffixes.split(' ').map((suffix) => ({ suffix, ...(fits ? { fits } : {}) }));

/** Case, plural and possessive endings, and the verb endings that coincide with them. */
const NOMINAL_RULES: readonly Rule[] = [
  ...rules('ның нің', endsInVowelOrNasal), // genitive
  ...rules('дың дің тың тің', endsInConsonant),
  ...rules('нан нен', afterNasalOrPossessive), // ablative
  ...rules('дан ден'),
  ...rules('тан тен', endsInConsonant),
  ...rules('ндағы ндегі', afterThirdPersonPossessive),
  ...rules('дағы дегі'), // locative-attributive: `соттағы` "the one in the court"
  ...rules('тағы тегі', endsInConsonant),
  ...rules('нда нде', afterThirdPersonPossessive), // locative
  ...rules('да де'),
  ...rules('та те', endsInConsonant),
  ...rules('менен мен'), // instrumental
  ...rules('бен пен', endsInConsonant),
  ...rules('ға ге'), // dative
  ...rules('қа ке', endsInConsonant),
  ...rules('на не', afterThirdPersonPossessive),
  // Accusative, which -ды/-ді also is as the past tense of a verb (`айыпта-ды`, `шығар-ды`), and
  // the present tense -йды/-йді.
  ...rules('йды йді ды ді'),
  ...rules('ты ті', endsInConsonant),
  ...rules('ны ні', endsInVowel),
  ...rules('н', afterThirdPersonPossessive),
  ...rules('лар лер'), // plural
  ...rules('дар дер тар тер', endsInConsonant),
  ...rules('ымыз іміз ыңыз іңіз', endsInConsonant), // 1st/2nd person plural possessive
  ...rules('мыз міз ңыз ңіз', endsInVowel),
  ...rules('сы сі', takesPossessiveSy), // 3rd person possessive
  ...rules('ы і', endsInConsonant), // ... which is also a stem's own final ы/і, consistently
].sort((a, b) => b.suffix.length - a.suffix.length);

/** Participles, intention, verbal noun: the last step, applied at most once. */
const VERB_RULES: readonly Rule[] = rules(
  'атын етін йтын йтін ған ген қан кен мақ мек бақ бек пақ пек у',
).sort((a, b) => b.suffix.length - a.suffix.length);

const MIN_NOMINAL_STEM = 2; // `іс` (case) must survive `істі`, `істің`
const MIN_VERB_STEM = 3; // `дау` (dispute) must not become `да`

/** A voiced final consonant before a vowel ending is voiceless at the end: `айыбы` ~ `айып`. */
const DEVOICE: Readonly<Record<string, string>> = { б: 'п', ғ: 'қ', г: 'к' };

function stripOnce(word: string, rules: readonly Rule[], minStem: number): string | null {
  for (const { suffix, fits } of rules) {
    if (word.length - suffix.length < minStem || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (hasVowel(stem) && (fits?.(stem) ?? true)) return stem;
  }
  return null;
}

/** The stem of a lowercase, `normalizeText`-ed Kazakh word. */
export function stemKazakh(word: string): string {
  let stem = word;
  let next = stripOnce(stem, NOMINAL_RULES, MIN_NOMINAL_STEM);
  while (next !== null) {
    stem = next;
    next = stripOnce(stem, NOMINAL_RULES, MIN_NOMINAL_STEM);
  }
  stem = stripOnce(stem, VERB_RULES, MIN_VERB_STEM) ?? stem;
  const last = stem.at(-1);
  const devoiced = last === undefined ? undefined : DEVOICE[last];
  return devoiced === undefined || stem.length < 2 ? stem : stem.slice(0, -1) + devoiced;
}
