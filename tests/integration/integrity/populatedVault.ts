import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../../electron/core/createCore';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { createClient } from '../../../shared/ipc/client';
import type { ImportProgress } from '../../../shared/domain/job';
import { expectOk, PASSPHRASE } from '../../support/coreFixture';

/** Everything a reader of the vault sees, to tell "wrong data" from "the same data". */
export function snapshotOf(file: string, passphrase = PASSPHRASE): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyCipher(db, passphrase);
    const rows = (sql: string) =>
      JSON.stringify(db.prepare(sql).raw().all(), (_key, value: unknown) =>
        Buffer.isBuffer(value) ? value.toString('base64') : value,
      );
    return [
      rows('SELECT id, title, description FROM cases ORDER BY id'),
      rows('SELECT id, title, sha256, size FROM documents ORDER BY id'),
      rows('SELECT document_id, seq, bytes FROM document_chunks ORDER BY document_id, seq'),
      rows('SELECT document_id, page_no, text FROM document_pages ORDER BY document_id, page_no'),
      rows('SELECT id, title, text FROM notes ORDER BY id'),
    ].join('\n');
  } finally {
    db.close();
  }
}

/**
 * A closed vault (at `<dir>/casefile.vault`) with cases, documents (plain-text originals) and
 * notes, where a deleted case left free pages behind: a vault as it is after some use.
 */
export async function writePopulatedVault(dir: string): Promise<string> {
  const vaultPath = path.join(dir, 'casefile.vault');
  const core = createCore({ vaultPath });
  try {
    const api = createClient(core.dispatch);
    expectOk(await api.vault.create({ passphrase: PASSPHRASE }));
    const caseId = expectOk(
      await api.cases.create({ title: 'Дело Елкина', description: 'Обвинение по ст. 190' }),
    ).id;
    const doomed = expectOk(
      await api.cases.create({ title: 'Удалённое дело', description: 'ш'.repeat(19_000) }),
    ).id;
    const files = ['протокол.txt', 'хаттама.txt', 'ruling.txt'].map((name, index) => {
      const file = path.join(dir, name);
      fs.writeFileSync(
        file,
        `Документ ${index}: ${'показания свидетеля '.repeat(400 * (index + 1))}`,
      );
      return file;
    });
    let finished: ImportProgress | undefined;
    core.subscribe('jobs.progress', (payload) => {
      if ((payload as ImportProgress).state !== 'running') finished = payload as ImportProgress;
    });
    expectOk(await api.documents.import({ caseId, paths: files }));
    await core.idle();
    if (finished?.results.some((result) => result.outcome !== 'imported')) {
      throw new Error('The fixture documents were not imported');
    }
    for (const title of ['Позиция защиты', 'Қорғау ұстанымы']) {
      expectOk(await api.notes.create({ caseId, title }));
    }
    expectOk(await api.cases.delete({ id: doomed, confirm: true }));
    for (const file of files) fs.rmSync(file);
  } finally {
    core.close();
  }
  return vaultPath;
}
