import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseId } from '../../../shared/domain/ids';
import type { DocumentHit } from '../../../shared/domain/search';
import { cyrillicPdf } from '../../fixtures/pdfFixtures';
import { openSearchVault, type SearchVault } from './searchVault';

const FILLER = Array.from({ length: 40 }, (_, i) => `слово${i}`).join(' ');

/** One vault, many read-only queries: the corpus is built once. */
describe('search over imported documents', () => {
  let vault: SearchVault;
  let mainCase: CaseId;
  let otherCase: CaseId;

  beforeAll(async () => {
    vault = await openSearchVault();
    mainCase = await vault.createCase('Дело Ёлкина');
    otherCase = await vault.createCase('Другое дело');
    const add = vault.importFile.bind(vault, mainCase);
    await add(
      'protocol.txt',
      'Заседание суда открыто в 10:00. Судом установлено, что подсудимый Ёлкин виновен. ' +
        'В суде выступил защитник Иванов. Свидетель показал, что видел преступление.',
      {
        title: 'Протокол судебного заседания',
        docType: 'protocol',
        docDate: '2024-03-15',
        tags: ['срочно'],
        language: 'ru',
      },
    );
    await add(
      'appeal.txt',
      'Прошу отменить обвинительный приговор. Приговор вынесен с нарушениями. ' +
        'Новогодняя ёлка упомянута в показаниях. Адвокат просит оправдать.',
      { title: 'Апелляционная жалоба', docType: 'appeal', docDate: '2024-05-02', language: 'ru' },
    );
    await add(
      'ukim.txt',
      'Сот үкіміне шағым берілді. Сот үкімді жария етті. Сотталушы кінәлі деп танылды.',
      { title: 'Сот шешімі', docType: 'verdict', docDate: '2023-11-20', language: 'kk' },
    );
    await add(
      'verdict-en.txt',
      'The defendant was convicted of burglary. The court adjourned until Monday.',
      { title: 'Verdict in State v. Doe', docType: 'verdict', docDate: '2022-01-10' },
    );
    await add('expert.txt', 'Заключение специалиста о подписи. Адвокат допросил свидетеля.', {
      title: 'Экспертиза почерка',
      docType: 'expert_opinion',
    });
    await add(
      'notes.txt',
      `Адвокат ${FILLER} свидетель. Рабочие заметки защиты, экспертиза назначена, ${FILLER}.`,
      { title: 'Заметки защиты' },
    );
    await add('pdf.pdf', await cyrillicPdf());
    await vault.importFile(otherCase, 'other.txt', 'Приговор суда по другому делу.', {
      title: 'Чужое дело',
    });
  }, 60_000);
  afterAll(() => vault.dispose());

  const hitOf = async (query: string, title: string): Promise<DocumentHit> => {
    const hit = (await vault.search(query)).documents.find((document) => document.title === title);
    if (!hit) throw new Error(`${query} did not find ${title}`);
    return hit;
  };
  const sorted = async (query: string) => (await vault.titles(query)).sort();

  it('finds Russian inflections from any form: суд → суда, судом, суде', async () => {
    const hit = await hitOf('суд', 'Протокол судебного заседания');
    expect(hit.pages[0]?.terms.sort()).toEqual(['Судом', 'суда', 'суде']);
    expect(await sorted('суд')).toEqual([
      'Приговор суда / Сот үкімі',
      'Протокол судебного заседания',
      'Чужое дело',
    ]);
  });

  it('finds the base form from an inflected query: приговора → приговор', async () => {
    expect(await sorted('приговора')).toEqual([
      'Апелляционная жалоба',
      'Приговор суда / Сот үкімі',
      'Чужое дело',
    ]);
    const hit = await hitOf('приговора', 'Апелляционная жалоба');
    expect(hit.pages[0]?.terms).toEqual(['приговор', 'Приговор']);
  });

  it('treats ё as е both ways', async () => {
    // The PDF's page 1 says `ёлка` too.
    const both = ['Апелляционная жалоба', 'Приговор суда / Сот үкімі'];
    expect(await sorted('елка')).toEqual(both);
    expect(await sorted('ЁЛКА')).toEqual(both);
    expect((await hitOf('елка', 'Апелляционная жалоба')).pages[0]?.terms).toEqual(['ёлка']);
  });

  it('strips Kazakh suffixes: үкім → үкіміне, үкімді', async () => {
    const hit = await hitOf('үкім', 'Сот шешімі');
    expect(hit.pages[0]?.terms).toEqual(['үкіміне', 'үкімді']);
  });

  it('stems English: convict → convicted', async () => {
    expect(await vault.titles('convict')).toEqual(['Verdict in State v. Doe']);
    expect((await hitOf('convict', 'Verdict in State v. Doe')).pages[0]?.terms).toEqual([
      'convicted',
    ]);
  });

  it('matches a phrase only in its order', async () => {
    expect(await vault.titles('"обвинительный приговор"')).toEqual(['Апелляционная жалоба']);
    expect(await vault.titles('"приговор обвинительный"')).toEqual([]);
  });

  it('matches a prefix', async () => {
    expect(await vault.titles('апелляц*')).toEqual(['Апелляционная жалоба']);
    const hit = await hitOf('преступ*', 'Протокол судебного заседания');
    expect(hit.pages[0]?.terms).toEqual(['преступление']);
  });

  it('excludes, ORs and NEARs', async () => {
    expect(await sorted('приговор -отменить')).toEqual(['Приговор суда / Сот үкімі', 'Чужое дело']);
    expect(await sorted('convicted OR үкім')).toEqual([
      'Verdict in State v. Doe',
      'Приговор суда / Сот үкімі',
      'Сот шешімі',
    ]);
    expect(await sorted('адвокат свидетель')).toEqual(['Заметки защиты', 'Экспертиза почерка']);
    expect(await vault.titles('NEAR(адвокат свидетель, 5)')).toEqual(['Экспертиза почерка']);
    expect(await vault.titles('NEAR(адвокат свидетель)')).toEqual(['Экспертиза почерка']);
  });

  it('applies each filter, with or without words', async () => {
    expect(await sorted('type:verdict')).toEqual(['Verdict in State v. Doe', 'Сот шешімі']);
    expect(await vault.titles('суд type:protocol')).toEqual(['Протокол судебного заседания']);
    expect(await vault.titles('tag:срочно')).toEqual(['Протокол судебного заседания']);
    expect(await vault.titles('lang:kk сот')).toEqual(['Сот шешімі']);
    expect(await sorted('date:2024')).toEqual([
      'Апелляционная жалоба',
      'Протокол судебного заседания',
    ]);
    expect(await vault.titles('date:2024-04..2024-12')).toEqual(['Апелляционная жалоба']);
    expect(await vault.titles(`приговор case:${otherCase}`)).toEqual(['Чужое дело']);
    const listed = await vault.search('type:verdict');
    expect(listed.documents.every((document) => document.pages.length === 0)).toBe(true);
  });

  it('limits to one case when asked', async () => {
    expect(await vault.titles('приговор', { caseId: otherCase })).toEqual(['Чужое дело']);
    expect((await vault.titles('приговор', { caseId: mainCase })).sort()).toEqual([
      'Апелляционная жалоба',
      'Приговор суда / Сот үкімі',
    ]);
  });

  it('ranks a title match above a body match', async () => {
    expect(await vault.titles('экспертиза')).toEqual(['Экспертиза почерка', 'Заметки защиты']);
    const [title, body] = (await vault.search('экспертиза')).documents;
    expect(title?.pages).toEqual([]);
    expect(title?.score).toBeLessThan(body?.score ?? 0);
  });

  it('builds a snippet of about 30 words around the hit, the inflected form marked', async () => {
    const hit = await hitOf('свидетель', 'Заметки защиты');
    const snippet = hit.pages[0]?.snippet ?? [];
    expect(snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['свидетель']);
    const words = snippet
      .map((part) => part.text)
      .join('')
      .split(/\s+/u);
    expect(words.length).toBeLessThanOrEqual(33);
    expect(snippet[0]?.text.startsWith('…')).toBe(true);
  });

  it('finds words on the right page of a PDF', async () => {
    const title = 'Приговор суда / Сот үкімі';
    expect((await hitOf('сотталушы', title)).pages.map((page) => page.page)).toEqual([2]);
    expect((await hitOf('подсудимый', title)).pages.map((page) => page.page)).toEqual([1]);
  });

  it('falls back to parts of words when no whole word matches', async () => {
    const hit = await hitOf('винительн', 'Апелляционная жалоба');
    expect(hit.pages[0]?.terms).toEqual(['обвинительный']);
  });

  it('answers an empty query with nothing, and caps documents at the limit', async () => {
    expect(await vault.search('   ')).toEqual({ documents: [], items: [], truncated: false });
    const capped = await vault.search('приговор OR суд', { limit: 1 });
    expect(capped.documents).toHaveLength(1);
    expect(capped.truncated).toBe(true);
  });
});
