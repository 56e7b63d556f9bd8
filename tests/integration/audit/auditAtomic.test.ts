import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseId } from '../../../shared/domain/ids';
import type { ImportProgress } from '../../../shared/domain/job';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  type CoreFixture,
} from '../../support/coreFixture';
import { actionsOf, rawConnection } from './auditSupport';

let fixture: CoreFixture;
let caseId: CaseId;
/** Routes that failed unexpectedly (the injected SQL errors), instead of console noise. */
let unexpected: string[];

beforeEach(async () => {
  unexpected = [];
  fixture = await openCoreFixture({ onUnexpected: (route) => unexpected.push(route) });
  caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Омарова' })).id;
});
afterEach(() => fixture.dispose());

/** Adds SQL through a second connection while the app keeps the vault open. */
function injectSql(sql: string): void {
  const db = rawConnection(fixture.vaultPath);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** The audit log refuses entries of `action` from now on (a full disk at the worst moment). */
const refuseEntries = (action: string) =>
  injectSql(`CREATE TRIGGER refuse_entry BEFORE INSERT ON audit_log WHEN new.action = '${action}'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);

async function importFile(name: string, text: string): Promise<ImportProgress> {
  const file = path.join(fixture.dir, name);
  fs.writeFileSync(file, text);
  let last: ImportProgress | null = null;
  const stop = fixture.core.subscribe('jobs.progress', (payload) => {
    last = payload as ImportProgress;
  });
  expectOk(await fixture.api.documents.import({ caseId, paths: [file] }));
  await fixture.core.idle();
  stop();
  if (!last) throw new Error('no progress event');
  return last;
}

describe('an audited change and its entry commit together or not at all', () => {
  it('a case is not created, edited or deleted when its entry cannot be written', async () => {
    refuseEntries('case.created');
    expect(errorCodeOf(await fixture.api.cases.create({ title: 'Без записи' }))).toBe('INTERNAL');
    expect(expectOk(await fixture.api.cases.list({})).map((item) => item.title)).toEqual([
      'Дело Омарова',
    ]);

    injectSql('DROP TRIGGER refuse_entry');
    refuseEntries('case.updated');
    expect(
      errorCodeOf(await fixture.api.cases.update({ id: caseId, changes: { title: 'Другое' } })),
    ).toBe('INTERNAL');
    expect(expectOk(await fixture.api.cases.get({ id: caseId })).title).toBe('Дело Омарова');

    injectSql('DROP TRIGGER refuse_entry');
    refuseEntries('case.deleted');
    expect(errorCodeOf(await fixture.api.cases.delete({ id: caseId, confirm: true }))).toBe(
      'INTERNAL',
    );
    expect(expectOk(await fixture.api.cases.get({ id: caseId })).id).toBe(caseId);
    expect(await actionsOf(fixture.api)).toEqual(['case.created']);
    expect(unexpected).toEqual(['cases.create', 'cases.update', 'cases.delete']);
  });

  it('an imported file is not stored when its entry cannot be written', async () => {
    refuseEntries('document.imported');
    const progress = await importFile('протокол.txt', 'Протокол');
    expect(progress.state).toBe('failed');
    expect(expectOk(await fixture.api.documents.list({ caseId }))).toEqual([]);
    expect(await actionsOf(fixture.api)).toEqual(['case.created']);
  });

  it('a document is not deleted when its entry cannot be written, and no entry without the deletion', async () => {
    const result = (await importFile('акт.txt', 'Акт')).results[0];
    if (result?.outcome !== 'imported') throw new Error('not imported');
    const id = result.documentId;

    refuseEntries('document.deleted');
    expect(errorCodeOf(await fixture.api.documents.remove({ id, confirm: true }))).toBe('INTERNAL');
    expect(expectOk(await fixture.api.documents.get({ id })).id).toBe(id);

    // The reverse: the deletion itself fails inside the transaction, so its entry goes too.
    injectSql(`DROP TRIGGER refuse_entry;
      CREATE TRIGGER refuse_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
    expect(errorCodeOf(await fixture.api.documents.remove({ id, confirm: true }))).toBe('INTERNAL');
    expect(await actionsOf(fixture.api)).toEqual(['case.created', 'document.imported']);
    expect(expectOk(await fixture.api.audit.verify()).ok).toBe(true);
  });
});
