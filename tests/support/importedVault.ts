import fs from 'node:fs';
import path from 'node:path';
import type { DocumentId } from '../../shared/domain/ids';
import type { ImportProgress } from '../../shared/domain/job';
import { expectOk, openCoreFixture, type CoreFixture } from './coreFixture';

/**
 * A fresh unlocked vault with one case into which `files` were imported through the real core;
 * `ids` follows `files` (null where a file was not imported). Dispose of it with `dispose()`.
 */
export async function vaultWithDocuments(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<CoreFixture & { ids: (DocumentId | null)[] }> {
  const fixture = await openCoreFixture();
  const events: ImportProgress[] = [];
  fixture.core.subscribe('jobs.progress', (payload) => events.push(payload as ImportProgress));
  const caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Елкина' })).id;
  const paths = files.map(({ name, bytes }) => {
    const file = path.join(fixture.dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
  if (paths.length > 0) {
    expectOk(await fixture.api.documents.import({ caseId, paths }));
    await fixture.core.idle();
  }
  const results = events.at(-1)?.results ?? [];
  const ids = files.map(({ name }) => {
    const result = results.find((entry) => entry.name === name);
    return result?.outcome === 'imported' ? result.documentId : null;
  });
  return { ...fixture, ids };
}
