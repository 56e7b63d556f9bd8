import type { Party } from '../../../shared/domain/case';
import { formatFactDate, type Fact } from '../../../shared/domain/fact';
import { renderTable, type Column } from '../table';

// Human output only; --json prints the core's facts untouched.

function source(fact: Fact): string {
  if (!fact.source) return fact.sourceNote ?? '—';
  const deleted = fact.source.documentId === null ? ' (deleted)' : '';
  return `${fact.source.documentTitle}${deleted}, p. ${fact.source.page}`;
}

export function factTable(facts: readonly Fact[], parties: readonly Party[]): string {
  if (facts.length === 0) return 'No facts.';
  const names = new Map(parties.map((party) => [party.id as string, party.name]));
  const columns: Column<Fact>[] = [
    { header: 'DATE', value: (fact) => formatFactDate(fact.date) },
    { header: 'STATUS', value: (fact) => fact.status },
    { header: 'IMPORTANCE', value: (fact) => fact.importance },
    {
      header: 'PEOPLE',
      value: (fact) => fact.partyIds.map((id) => names.get(id) ?? '?').join('; ') || '—',
      max: 30,
    },
    { header: 'SOURCE', value: source, max: 40 },
    // Last, so a long statement never pushes the other columns out of line.
    { header: 'STATEMENT', value: (fact) => fact.statement.replace(/\s+/g, ' '), max: 100 },
  ];
  return renderTable(facts, columns);
}
