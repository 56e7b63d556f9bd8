import { describe, expect, it } from 'vitest';
import type { Fact, FactDate } from '../../shared/domain/fact';
import type { CaseId, DocumentId, FactId, PartyId } from '../../shared/domain/ids';
import {
  compareByDate,
  filterFacts,
  groupFacts,
  hasFilters,
  issuesOf,
  NO_FILTERS,
  sortFacts,
} from '../../renderer/src/features/chronology/chronologyModel';

const ivanov = 'party-ivanov' as PartyId;
const petrova = 'party-petrova' as PartyId;
const names: Record<string, string> = { [ivanov]: 'Иванов', [petrova]: 'Петрова' };
const context = { partyName: (id: PartyId) => names[id] ?? '' };

let sequence = 0;
function fact(statement: string, date: FactDate, extra: Partial<Fact> = {}): Fact {
  sequence += 1;
  return {
    id: `fact-${statement}` as FactId,
    caseId: 'case-1' as CaseId,
    date,
    statement,
    source: null,
    sourceNote: null,
    partyIds: [],
    issues: [],
    status: 'unverified',
    importance: 'normal',
    createdAt: `2026-01-01T00:00:${String(sequence).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const undated = fact('undated', { kind: 'undated' });
const year = fact('year', { kind: 'year', year: '2024' });
const may = fact('may', { kind: 'month', month: '2024-05' });
const may14 = fact('may14', { kind: 'exact', date: '2024-05-14' }, { partyIds: [ivanov] });
const range = fact(
  'range',
  { kind: 'range', from: '2024-05-10', to: '2024-06-02' },
  { partyIds: [ivanov, petrova], issues: ['alibi'], status: 'disputed' },
);
const jan2023 = fact(
  'jan2023',
  { kind: 'exact', date: '2023-01-31' },
  { issues: ['ст. 274 УК', 'alibi'], importance: 'key', sourceNote: 'показания Ёлкина' },
);
const all = [undated, range, may14, year, jan2023, may];
const statements = (facts: readonly Fact[]) => facts.map((one) => one.statement);

describe('chronological order', () => {
  it('puts facts by their first day, the more precise first on the same day, undated last', () => {
    expect(statements([...all].sort(compareByDate))).toEqual([
      'jan2023',
      'year',
      'may',
      'range',
      'may14',
      'undated',
    ]);
  });

  it('keeps undated facts last when the date order is reversed', () => {
    expect(statements(sortFacts(all, 'date', 'desc', context))).toEqual([
      'may14',
      'range',
      'may',
      'year',
      'jan2023',
      'undated',
    ]);
  });

  it('sorts by another column with date order breaking ties and blank cells last', () => {
    expect(statements(sortFacts(all, 'people', 'asc', context))).toEqual([
      'may14',
      'range',
      'jan2023',
      'year',
      'may',
      'undated',
    ]);
    expect(statements(sortFacts(all, 'importance', 'desc', context))[0]).toBe('jan2023');
    expect(statements(sortFacts(all, 'status', 'asc', context))[0]).toBe('range');
  });
});

describe('filters', () => {
  it('lets everything through with no filter set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(filterFacts(all, NO_FILTERS, context)).toHaveLength(all.length);
  });

  it('keeps the facts of one person and of one issue', () => {
    expect(statements(filterFacts(all, { ...NO_FILTERS, partyId: petrova }, context))).toEqual([
      'range',
    ]);
    expect(statements(filterFacts(all, { ...NO_FILTERS, issue: 'alibi' }, context))).toEqual([
      'range',
      'jan2023',
    ]);
  });

  it('matches text in statements, people and typed sources, folding case and ё', () => {
    const byText = (text: string) => statements(filterFacts(all, { ...NO_FILTERS, text }, context));
    expect(byText('ПЕТРОВА')).toEqual(['range']);
    expect(byText('елкина')).toEqual(['jan2023']);
    expect(byText('274 ук')).toEqual(['jan2023']);
    expect(byText('nothing-like-this')).toEqual([]);
  });

  it('keeps dates overlapping a span and drops undated facts from it', () => {
    const inSpan = statements(
      filterFacts(all, { ...NO_FILTERS, from: '2024-05-20', to: '2024-05-31' }, context),
    );
    expect(inSpan.sort()).toEqual(['may', 'range', 'year']);
    expect(statements(filterFacts(all, { ...NO_FILTERS, to: '2023-12-31' }, context))).toEqual([
      'jan2023',
    ]);
  });

  it('combines status and importance', () => {
    expect(
      statements(
        filterFacts(all, { ...NO_FILTERS, status: 'disputed', importance: 'normal' }, context),
      ),
    ).toEqual(['range']);
    expect(
      filterFacts(all, { ...NO_FILTERS, status: 'disputed', importance: 'key' }, context),
    ).toEqual([]);
  });
});

describe('groupings', () => {
  const chronological = sortFacts(all, 'date', 'asc', context);

  it('lists a fact under each of its people, in date order, with the rest last', () => {
    const groups = groupFacts(chronological, (one) => one.partyIds, [petrova, ivanov]);
    expect(groups.map((group) => [group.key, statements(group.facts)])).toEqual([
      [petrova, ['range']],
      [ivanov, ['range', 'may14']],
      [null, ['jan2023', 'year', 'may', 'undated']],
    ]);
  });

  it('groups by issue and offers every issue once, in Russian collation (Cyrillic first)', () => {
    expect(issuesOf(all)).toEqual(['ст. 274 УК', 'alibi']);
    const groups = groupFacts(chronological, (one) => one.issues, issuesOf(all));
    expect(groups.map((group) => [group.key, group.facts.length])).toEqual([
      ['ст. 274 УК', 1],
      ['alibi', 2],
      [null, 4],
    ]);
  });
});

describe('sorting by source', () => {
  it('orders by document title, then page as a number, with no source last', () => {
    const source = (title: string, page: number) => ({
      documentId: 'doc' as DocumentId,
      documentTitle: title,
      page,
      quote: null,
      annotationId: null,
    });
    const sourced = [
      fact('b10', { kind: 'undated' }, { source: source('Протокол', 10) }),
      fact('b2', { kind: 'undated' }, { source: source('Протокол', 2) }),
      fact('a', { kind: 'undated' }, { source: source('Ақт', 7) }),
      fact('none', { kind: 'undated' }),
    ];
    expect(statements(sortFacts(sourced, 'source', 'asc', context))).toEqual([
      'a',
      'b2',
      'b10',
      'none',
    ]);
  });
});
