import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMetadataInput } from '../../../shared/domain/document';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { ImportProgress } from '../../../shared/domain/job';
import type { SearchInput, SearchResult } from '../../../shared/domain/search';
import { expectOk, openCoreFixture, type CoreFixture } from '../../support/coreFixture';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

export interface SearchVault extends CoreFixture {
  createCase(title: string): Promise<CaseId>;
  /** Imports one file through the real import job; returns the new document's id. */
  importFile(
    caseId: CaseId,
    name: string,
    content: string | Uint8Array,
    metadata?: DocumentMetadataInput,
  ): Promise<DocumentId>;
  search(query: string, options?: Omit<SearchInput, 'query'>): Promise<SearchResult>;
  /** Titles of the documents found, best first. */
  titles(query: string, options?: Omit<SearchInput, 'query'>): Promise<string[]>;
}

let fileCounter = 0;

export async function openSearchVault(): Promise<SearchVault> {
  const fixture = await openCoreFixture({
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
  });
  const { api, core } = fixture;
  let last: ImportProgress | null = null;
  core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));

  const search = async (query: string, options: Omit<SearchInput, 'query'> = {}) =>
    expectOk(await api.search.query({ query, ...options }));

  return {
    ...fixture,
    createCase: async (title) => expectOk(await api.cases.create({ title })).id,
    async importFile(caseId, name, content, metadata) {
      fileCounter += 1;
      const folder = path.join(fixture.dir, `in-${fileCounter}`);
      fs.mkdirSync(folder);
      const file = path.join(folder, name);
      fs.writeFileSync(file, content);
      expectOk(await api.documents.import({ caseId, paths: [file], metadata }));
      await core.idle();
      const result = last?.results.at(-1);
      if (result?.outcome !== 'imported') throw new Error(`${name} was not imported`);
      return result.documentId;
    },
    search,
    titles: async (query, options) =>
      (await search(query, options)).documents.map((document) => document.title),
  };
}
