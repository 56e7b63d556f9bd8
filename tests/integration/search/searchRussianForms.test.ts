import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearchVault, type SearchVault } from './searchVault';

/**
 * Forms of one Russian word that Snowball stems apart (see searchTerms.ts russianNearStems):
 * each form must find the pages with the others, and mark the word as written there.
 */
const PAIRS: readonly [string, string][] = [
  ['запись', 'записи'],
  ['опись', 'описи'],
  ['подпись', 'подписью'],
  ['Нуров', 'Нурова'],
  ['автомобиль', 'автомобили'],
  ['противоречит', 'противоречат'],
];

describe('Russian forms Snowball stems apart', () => {
  let vault: SearchVault;

  beforeAll(async () => {
    vault = await openSearchVault();
    const caseId = await vault.createCase('Дело Нурова');
    for (const [index, pair] of PAIRS.entries())
      for (const [side, word] of pair.entries())
        await vault.importFile(
          caseId,
          `${index}-${side}.txt`,
          `Текст номер ${index}: ${word} здесь.`,
          {
            title: `${index}-${side}`,
            language: 'ru',
          },
        );
  }, 60_000);
  afterAll(() => vault.dispose());

  it.each(PAIRS.map((pair, index) => [index, ...pair] as const))(
    'pair %i: %s and %s find each other',
    async (index, first, second) => {
      for (const query of [first, second]) {
        const result = await vault.search(query);
        const titles = result.documents.map((hit) => hit.title).sort();
        expect(titles, query).toEqual([`${index}-0`, `${index}-1`]);
        const marked = result.documents
          .flatMap((hit) => hit.pages.flatMap((page) => page.snippet))
          .filter((part) => part.hit)
          .map((part) => part.text)
          .sort();
        expect(marked, query).toEqual([first, second].sort());
      }
    },
  );

  it('leaves unrelated words apart', async () => {
    // The near forms stay within one word: `записка` (a note) does not reach `запись`.
    const result = await vault.search('записка');
    expect(result.documents.map((hit) => [hit.title, hit.pages[0]?.snippet])).toEqual([]);
  });
});
