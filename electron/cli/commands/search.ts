import { InvalidArgumentError, type Command } from 'commander';
import type { PageSnippet, SearchResult, SnippetPart } from '../../../shared/domain/search';
import { SEARCH_LIMIT_MAX, SNIPPET_PAGES_MAX } from '../../../shared/domain/search';
import type { CasefileApi } from '../../../shared/ipc/client';
import { contract } from '../../../shared/ipc/contract';
import { safeText } from '../table';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';

/** One line of `casefile search --json`: a matching page (page null: only metadata matched). */
export interface SearchRow {
  documentId: string;
  caseId: string;
  title: string;
  fileName: string;
  page: number | null;
  /** The snippet as plain text, matched words wrapped in `**`. */
  snippet: string;
  /** bm25: lower is better. */
  score: number;
}

interface SearchOptions {
  case?: string;
  limit?: number;
}

const FLAGS = { query: 'QUERY', caseId: '--case', limit: '--limit' };

function parseLimit(value: string): number {
  const limit = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_MAX) {
    throw new InvalidArgumentError(`Use a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
  }
  return limit;
}

const snippetText = (parts: readonly SnippetPart[]) =>
  parts.map((part) => (part.hit ? `**${part.text}**` : part.text)).join('');

/**
 * The answer with a snippet on every page: search.query sends the first screenful only, the
 * CLI prints them all.
 */
async function withAllSnippets(api: CasefileApi, query: string, result: SearchResult) {
  for (const document of result.documents) {
    const missing = document.pages.filter((page) => page.snippet.length === 0);
    for (let at = 0; at < missing.length; at += SNIPPET_PAGES_MAX) {
      const pages = missing.slice(at, at + SNIPPET_PAGES_MAX).map((page) => page.page);
      const snippets = await valueOf(
        api.search.snippets({ query, documentId: document.documentId, pages }),
      );
      const byPage = new Map<number, PageSnippet>(snippets.map((one) => [one.page, one]));
      for (const page of document.pages) {
        const found = byPage.get(page.page);
        if (found) Object.assign(page, { snippet: found.snippet, terms: found.terms });
      }
    }
  }
  return result;
}

/** Every matching page of every document found, best score first (stable within a tie). */
export function searchRows(result: SearchResult): SearchRow[] {
  const rows = result.documents.flatMap((document): SearchRow[] => {
    const base = {
      documentId: document.documentId,
      caseId: document.caseId,
      title: document.title,
      fileName: document.fileName,
    };
    if (document.pages.length === 0)
      return [{ ...base, page: null, snippet: '', score: document.score }];
    return document.pages.map((page) => ({
      ...base,
      page: page.page,
      snippet: snippetText(page.snippet),
      score: page.score,
    }));
  });
  return rows.sort((a, b) => a.score - b.score);
}

function rowsText(rows: readonly SearchRow[], truncated: boolean): string {
  if (rows.length === 0) return 'No matches.';
  const lines = rows.map((row) => {
    const where = row.page === null ? 'title and details' : `page ${row.page}`;
    const head = `${safeText(row.title)} (${safeText(row.fileName)}), ${where}`;
    return row.snippet === '' ? head : `${head}\n    ${safeText(row.snippet)}`;
  });
  if (truncated) lines.push('More documents matched: raise --limit to see them.');
  return lines.join('\n');
}

export function registerSearch(program: Command, context: CommandContext): void {
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  program
    .command('search')
    .description(
      'full-text search of page text and document details (with --json: an array of ' +
        '{"documentId","caseId","title","fileName","page","snippet","score"}, one per page)',
    )
    .argument('<query>', 'words, "phrases", prefix*, -exclusions, OR, NEAR(a b, N), filters')
    .option('--case <id>', 'only this case')
    .option('--limit <n>', 'most documents to list (default: 50)', parseLimit)
    .action(async (query: string, options: SearchOptions, command: Command) => {
      const checked = checkInput(
        contract.routes['search.query'].input,
        { query, caseId: options.case, limit: options.limit },
        FLAGS,
      );
      const result = await withVault(context, globals(command), 'unlock', async (api) =>
        withAllSnippets(api, checked.query, await valueOf(api.search.query(checked))),
      );
      const rows = searchRows(result);
      context.out.result(rows, rowsText(rows, result.truncated));
    });

  program
    .command('reindex')
    .description(
      'rebuild the search index from the stored text (with --json: {"documents","pages"})',
    )
    .action(async (_options: unknown, command: Command) => {
      const counts = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.search.reindex()),
      );
      context.out.result(
        counts,
        `Reindexed ${counts.documents} documents (${counts.pages} pages with text).`,
      );
    });
}
