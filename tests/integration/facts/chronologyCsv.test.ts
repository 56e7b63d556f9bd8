import fs from 'node:fs';
import { UNRECORDED } from '../../../electron/core/exports/partialLedger';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNewFile } from '../../../electron/core/exports/writeNewFile';
import { errorCodeOf, expectOk } from '../../support/coreFixture';
import { openCaseVault, type CaseVault } from '../notes/caseVault';
import { CYRILLIC_TITLE } from '../../fixtures/pdfFixtures';

/** RFC 4180 read back independently of the writer: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

let vault: CaseVault;
let out: string;
beforeAll(async () => {
  vault = await openCaseVault();
  out = path.join(vault.dir, 'out');
  fs.mkdirSync(out);
  const { api, caseId, parties } = vault;
  expectOk(
    await api.facts.create({
      caseId,
      date: { kind: 'exact', date: '2024-05-14' },
      statement: 'Свидетель сказал: "видел его", затем ушёл\nв 22:00',
      source: { documentId: vault.verdict, page: 2, quote: 'Сотталушы кінәлі деп танылды.' },
      partyIds: [parties.witness, parties.defendant],
      issues: ['ст. 274 УК', 'алиби'],
      status: 'disputed',
      importance: 'key',
    }),
  );
  expectOk(
    await api.facts.create({
      caseId,
      date: { kind: 'undated' },
      statement: '=HYPERLINK("http://example.invalid","click")',
      sourceNote: '-2+3',
      issues: ['@risk'],
    }),
  );
  expectOk(
    await api.facts.create({
      caseId,
      date: { kind: 'range', from: '2024-01-01', to: '2024-01-31' },
      statement: 'Январь: переписка',
    }),
  );
}, 60_000);
afterAll(() => vault.dispose());

describe('chronology CSV', () => {
  it('writes UTF-8 with a BOM, headers in the settings language and every fact in date order', async () => {
    const { api, caseId } = vault;
    expectOk(await api.settings.update({ language: 'ru' }));
    const target = path.join(out, 'хронология.csv');
    expect(expectOk(await api.facts.exportCsv({ caseId, path: target }))).toEqual({
      path: target,
      rows: 3,
    });
    const bytes = fs.readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
    expect(rows[0]).toEqual([
      'Дата',
      'Факт',
      'Статус',
      'Важность',
      'Лица',
      'Вопросы',
      'Документ-источник',
      'Страница',
      'Цитата',
      'Источник (примечание)',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      '2024-01-01..2024-01-31',
      '2024-05-14',
      'без даты',
    ]);
    expect(rows[2]).toEqual([
      '2024-05-14',
      'Свидетель сказал: "видел его", затем ушёл\nв 22:00',
      'оспаривается',
      'ключевая',
      'Ахметов Қайрат; Нурланов, Ерлан "Ержан"',
      'алиби; ст. 274 УК',
      CYRILLIC_TITLE,
      '2',
      'Сотталушы кінәлі деп танылды.',
      '',
    ]);
    // A spreadsheet must not run a statement, an issue or a note as a formula.
    const [, statement, , , , issues, , , , note] = rows[3]!;
    expect([statement, issues, note]).toEqual([
      `'=HYPERLINK("http://example.invalid","click")`,
      `'@risk`,
      `'-2+3`,
    ]);
  });

  it('uses Kazakh headers and status words when the settings say Kazakh', async () => {
    const { api, caseId } = vault;
    expectOk(await api.settings.update({ language: 'kk' }));
    const target = path.join(out, 'kk.csv');
    expectOk(await api.facts.exportCsv({ caseId, path: target }));
    const rows = parseCsv(fs.readFileSync(target, 'utf8').slice(1));
    expect(rows[0]?.slice(0, 4)).toEqual(['Күні', 'Факт', 'Мәртебесі', 'Маңыздылығы']);
    expect(rows[2]?.slice(2, 4)).toEqual(['дауланады', 'шешуші']);
    expect(rows[3]?.[0]).toBe('күнсіз');
  });

  it('never overwrites an existing file', async () => {
    const target = path.join(out, 'existing.csv');
    fs.writeFileSync(target, 'мой файл');
    const result = await vault.api.facts.exportCsv({ caseId: vault.caseId, path: target });
    expect(errorCodeOf(result)).toBe('FILE_EXISTS');
    expect(fs.readFileSync(target, 'utf8')).toBe('мой файл');
  });

  it('leaves no half-written file when the disk fills up', async () => {
    const target = path.join(out, 'full', 'chronology.csv');
    fs.mkdirSync(path.dirname(target));
    const open: typeof fsp.open = async (...args) => {
      const handle = await fsp.open(...args);
      (handle as { write: unknown }).write = () =>
        Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      return handle;
    };
    // The export's writer, as exportChronology calls it, with a disk that fills on first write.
    await expect(
      writeNewFile(target, Buffer.from('\uFEFFДата\r\n'), UNRECORDED, { open }),
    ).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown case and writes nothing', async () => {
    const target = path.join(out, 'none.csv');
    const result = await vault.api.facts.exportCsv({
      caseId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      path: target,
    });
    expect(errorCodeOf(result)).toBe('NOT_FOUND');
    expect(fs.existsSync(target)).toBe(false);
  });
});
