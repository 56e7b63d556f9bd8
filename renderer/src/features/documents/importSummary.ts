import type { ImportFileResult, ImportProgress } from '../../../../shared/domain/job';

/** A rejected file of the batch, with where it is (needed to import it again with a password). */
export type RejectedFile = Extract<ImportFileResult, { outcome: 'rejected' }>;

export interface ImportSummary {
  imported: number;
  duplicates: number;
  rejected: RejectedFile[];
}

/**
 * The batch's outcome, with the files that were imported later with their password counted as
 * what that second attempt made of them (`resolved`, by path).
 */
export function summarise(
  progress: ImportProgress,
  resolved: ReadonlyMap<string, ImportFileResult>,
): ImportSummary {
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [] };
  for (const result of progress.results) {
    const final = result.outcome === 'rejected' ? (resolved.get(result.path) ?? result) : result;
    if (final.outcome === 'imported') summary.imported += 1;
    else if (final.outcome === 'duplicate') summary.duplicates += 1;
    else summary.rejected.push(final);
  }
  return summary;
}
