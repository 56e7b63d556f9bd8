import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/domain/fact';
import type { AnnotationId, CaseId, DocumentId, FactId, PartyId } from '../../shared/domain/ids';
import {
  changesOf,
  dateOf,
  initialFormValues,
  validateFact,
  type FactFormValues,
} from '../../renderer/src/features/chronology/factForm';

const caseId = '6f1c1d2e-0a6b-4c1e-9a55-2f8b1f3e4a01' as CaseId;
const documentId = '6f1c1d2e-0a6b-4c1e-9a55-2f8b1f3e4a02' as DocumentId;
const annotation = '6f1c1d2e-0a6b-4c1e-9a55-2f8b1f3e4a05';
const party = '6f1c1d2e-0a6b-4c1e-9a55-2f8b1f3e4a03' as PartyId;

const blank = (changes: Partial<FactFormValues> = {}): FactFormValues => ({
  ...initialFormValues(),
  statement: 'Свидетель видел подсудимого у дома',
  day: '2024-05-14',
  ...changes,
});

const saved: Fact = {
  id: '6f1c1d2e-0a6b-4c1e-9a55-2f8b1f3e4a04' as FactId,
  caseId,
  date: { kind: 'month', month: '2024-05' },
  statement: 'Договор подписан',
  source: {
    documentId: null,
    documentTitle: 'Договор №7',
    page: 3,
    quote: 'подписан сторонами',
    annotationId: null,
  },
  sourceNote: null,
  partyIds: [party],
  issues: ['alibi'],
  status: 'disputed',
  importance: 'high',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the fact form', () => {
  it('starts from a viewer selection with its page, quote and highlight', () => {
    const values = initialFormValues(undefined, {
      source: { documentId, page: 4, quote: 'Я видел его 14 мая', annotationId: annotation },
    });
    expect(values.source).toEqual({
      documentId,
      documentTitle: null,
      page: 4,
      quote: 'Я видел его 14 мая',
      annotationId: annotation as AnnotationId,
    });
    const result = validateFact(caseId, { ...values, statement: 'Видел', day: '2024-05-14' });
    expect(result.ok && result.input.source).toEqual({
      documentId,
      page: 4,
      quote: 'Я видел его 14 мая',
      annotationId: annotation,
    });
  });

  it('reads each precision from its inputs, and a typed date over them', () => {
    expect(dateOf(blank())).toEqual({ kind: 'exact', date: '2024-05-14' });
    expect(dateOf(blank({ dateKind: 'month', month: '2024-05' }))).toEqual({
      kind: 'month',
      month: '2024-05',
    });
    expect(dateOf(blank({ dateKind: 'year', year: ' 2024 ' }))).toEqual({
      kind: 'year',
      year: '2024',
    });
    expect(dateOf(blank({ dateKind: 'undated' }))).toEqual({ kind: 'undated' });
    expect(dateOf(blank({ dateKind: 'range', from: '2024-05-01' }))).toBe('dateMissing');
    expect(dateOf(blank({ dateText: '31.02.2024' }))).toBe('date');
  });

  it('tells each problem at its field', () => {
    const result = validateFact(
      caseId,
      blank({
        statement: '  …  ',
        dateKind: 'range',
        from: '2024-06-01',
        to: '2024-05-01',
        issues: ['—'],
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: { date: 'rangeOrder', statement: 'statement', issues: 'issues' },
    });
    expect(validateFact(caseId, blank({ day: '' }))).toEqual({
      ok: false,
      errors: { date: 'dateMissing' },
    });
    expect(validateFact(caseId, blank({ day: '2024-02-30' }))).toEqual({
      ok: false,
      errors: { date: 'date' },
    });
  });

  it('applies the defaults and leaves an empty typed source out', () => {
    const result = validateFact(caseId, blank({ sourceNote: '   ' }));
    expect(result.ok && result.input).toMatchObject({
      caseId,
      status: 'unverified',
      importance: 'normal',
      partyIds: [],
      issues: [],
    });
    expect(result.ok && 'sourceNote' in result.input && result.input.sourceNote).toBeFalsy();
  });

  it('keeps a deleted document source untouched when editing, and removes it only on request', () => {
    const values = initialFormValues(saved);
    expect(values).toMatchObject({ dateKind: 'month', month: '2024-05', status: 'disputed' });
    const kept = validateFact(caseId, values);
    if (!kept.ok) throw new Error('expected a valid fact');
    expect(kept.input.source).toBeUndefined();
    expect(changesOf(saved, kept.input, values)).not.toHaveProperty('source');
    expect(changesOf(saved, kept.input, values)).toMatchObject({
      date: { kind: 'month', month: '2024-05' },
      sourceNote: null,
      partyIds: [party],
      issues: ['alibi'],
    });
    const cleared = { ...values, source: null };
    const result = validateFact(caseId, cleared);
    if (!result.ok) throw new Error('expected a valid fact');
    expect(changesOf(saved, result.input, cleared)).toHaveProperty('source', null);
  });
});
