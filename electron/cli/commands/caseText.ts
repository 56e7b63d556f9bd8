import type { CaseDetail, CaseSummary } from '../../../shared/domain/case';
import { padEnd, renderTable, safeMultiline, safeText, type Column } from '../table';

// Human output only; --json prints the core's objects untouched.

const dash = (value: string | null): string => value ?? '—';
const when = (at: string): string => at.replace('T', ' ');

const SUMMARY_COLUMNS: Column<CaseSummary>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'STATUS', value: (row) => row.status },
  { header: 'NUMBER', value: (row) => dash(row.number), max: 24 },
  { header: 'OPENED', value: (row) => dash(row.openedOn) },
  {
    header: 'NEXT HEARING',
    value: (row) => (row.nextHearing ? `${when(row.nextHearing.at)} ${row.nextHearing.kind}` : '—'),
  },
  // Last, so a long title never pushes the other columns out of line; `case show` has it whole.
  { header: 'TITLE', value: (row) => row.title, max: 80 },
];

export function caseTable(cases: readonly CaseSummary[]): string {
  return cases.length === 0 ? 'No cases.' : renderTable(cases, SUMMARY_COLUMNS);
}

export function caseDetailText(detail: CaseDetail): string {
  const fields: [string, string][] = [
    ['Title', detail.title],
    ['ID', detail.id],
    ['Number', dash(detail.number)],
    ['Status', detail.status],
    ['Court', dash(detail.court)],
    ['Judge', dash(detail.judge)],
    ['Jurisdiction', dash(detail.jurisdiction)],
    ['Opened', dash(detail.openedOn)],
    ['Closed', dash(detail.closedOn)],
    ['Tags', detail.tags.length > 0 ? detail.tags.join(', ') : '—'],
    ['Updated', detail.updatedAt],
  ];
  const lines = fields.map(([label, value]) => `${padEnd(`${label}:`, 14)}${safeText(value)}`);

  lines.push('', `Parties (${detail.parties.length})`);
  for (const party of detail.parties) lines.push(`  ${party.role}: ${safeText(party.name)}`);

  lines.push('', `Hearings (${detail.hearings.length})`);
  for (const hearing of detail.hearings) {
    const place = hearing.place ? ` — ${safeText(hearing.place)}` : '';
    lines.push(`  ${when(hearing.at)}  ${hearing.kind}${place}${hearing.done ? '  [done]' : ''}`);
  }

  if (detail.description) {
    lines.push('', 'Description', ...indent(safeMultiline(detail.description)));
  }
  return lines.join('\n');
}

const indent = (text: string): string[] => text.split('\n').map((line) => `  ${line}`);
