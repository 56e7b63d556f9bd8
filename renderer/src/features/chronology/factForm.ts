import {
  FACT_STATEMENT_MAX,
  factInputSchema,
  parseFactDate,
  type Fact,
  type FactChanges,
  type FactDate,
  type FactImportance,
  type FactInput,
  type FactInputDraft,
  type FactStatus,
} from '../../../../shared/domain/fact';
import type { AnnotationId, CaseId, DocumentId, PartyId } from '../../../../shared/domain/ids';

/** The fact dialog's state, and its translation to and from what the core takes (pure). */

export type FactDateKind = FactDate['kind'];
export const FACT_DATE_KINDS: readonly FactDateKind[] = [
  'exact',
  'month',
  'year',
  'range',
  'undated',
];

export interface FormSource {
  /** Null when the document was deleted; such a source can only be kept or removed. */
  documentId: DocumentId | null;
  /** Known for a saved fact; a new fact's source is titled by looking the document up. */
  documentTitle: string | null;
  page: number;
  quote: string | null;
  annotationId: AnnotationId | null;
}

export interface FactFormValues {
  dateKind: FactDateKind;
  day: string;
  month: string;
  year: string;
  from: string;
  to: string;
  /** What was typed in the free date box; read with parseFactDate. */
  dateText: string;
  statement: string;
  partyIds: PartyId[];
  issues: string[];
  status: FactStatus;
  importance: FactImportance;
  source: FormSource | null;
  sourceNote: string;
}

export type FactFieldName = 'date' | 'statement' | 'people' | 'issues' | 'source' | 'sourceNote';
/** Keys under `chronology.errors`. */
export type FactFieldError =
  | 'date'
  | 'dateMissing'
  | 'rangeOrder'
  | 'statement'
  | 'statementTooLong'
  | 'issues'
  | 'source'
  | 'sourceNote'
  | 'people';
export type FactFieldErrors = Partial<Record<FactFieldName, FactFieldError>>;

const EMPTY_DATE = { day: '', month: '', year: '', from: '', to: '' };

/** The structured date inputs showing `date`. */
export function dateFields(
  date: FactDate,
): Pick<FactFormValues, 'dateKind' | 'day' | 'month' | 'year' | 'from' | 'to'> {
  switch (date.kind) {
    case 'exact':
      return { ...EMPTY_DATE, dateKind: 'exact', day: date.date };
    case 'month':
      return { ...EMPTY_DATE, dateKind: 'month', month: date.month };
    case 'year':
      return { ...EMPTY_DATE, dateKind: 'year', year: date.year };
    case 'range':
      return { ...EMPTY_DATE, dateKind: 'range', from: date.from, to: date.to };
    case 'undated':
      return { ...EMPTY_DATE, dateKind: 'undated' };
  }
}

/** Starting values: the fact being edited, else the prefill (a viewer selection), else blank. */
export function initialFormValues(fact?: Fact, initial?: Partial<FactInputDraft>): FactFormValues {
  if (fact) {
    return {
      ...dateFields(fact.date),
      dateText: '',
      statement: fact.statement,
      partyIds: [...fact.partyIds],
      issues: [...fact.issues],
      status: fact.status,
      importance: fact.importance,
      source: fact.source
        ? {
            documentId: fact.source.documentId,
            documentTitle: fact.source.documentTitle,
            page: fact.source.page,
            quote: fact.source.quote,
            annotationId: fact.source.annotationId,
          }
        : null,
      sourceNote: fact.sourceNote ?? '',
    };
  }
  const date = initial?.date;
  return {
    ...(date ? dateFields(date) : { ...EMPTY_DATE, dateKind: 'exact' as const }),
    dateText: '',
    statement: initial?.statement ?? '',
    partyIds: [...(initial?.partyIds ?? [])] as PartyId[],
    issues: [...(initial?.issues ?? [])],
    status: initial?.status ?? 'unverified',
    importance: initial?.importance ?? 'normal',
    source: initial?.source
      ? {
          documentId: initial.source.documentId as DocumentId,
          documentTitle: null,
          page: initial.source.page,
          quote: initial.source.quote ?? null,
          annotationId: (initial.source.annotationId as AnnotationId | undefined) ?? null,
        }
      : null,
    sourceNote: initial?.sourceNote ?? '',
  };
}

/** The date the inputs describe, or why there is none. */
export function dateOf(values: FactFormValues): FactDate | 'dateMissing' | 'date' {
  if (values.dateText.trim() && !parseFactDate(values.dateText)) return 'date';
  switch (values.dateKind) {
    case 'exact':
      return values.day ? { kind: 'exact', date: values.day } : 'dateMissing';
    case 'month':
      return values.month ? { kind: 'month', month: values.month } : 'dateMissing';
    case 'year':
      return values.year.trim() ? { kind: 'year', year: values.year.trim() } : 'dateMissing';
    case 'range':
      return values.from && values.to
        ? { kind: 'range', from: values.from, to: values.to }
        : 'dateMissing';
    case 'undated':
      return { kind: 'undated' };
  }
}

function fieldOf(path: readonly PropertyKey[], code: string): [FactFieldName, FactFieldError] {
  switch (path[0]) {
    case 'date':
      return ['date', path.includes('to') && code === 'custom' ? 'rangeOrder' : 'date'];
    case 'statement':
      return ['statement', code === 'too_big' ? 'statementTooLong' : 'statement'];
    case 'partyIds':
      return ['people', 'people'];
    case 'issues':
      return ['issues', 'issues'];
    case 'source':
      return ['source', 'source'];
    case 'sourceNote':
      return ['sourceNote', 'sourceNote'];
    default:
      // Only caseId is left, and it comes from the route, not from anything typed.
      return ['statement', 'statement'];
  }
}

export type Validated = { ok: true; input: FactInput } | { ok: false; errors: FactFieldErrors };

/**
 * Checked with the contract's own schema, so the dialog refuses exactly what the core would,
 * and each problem is told at its field. A source whose document was deleted is left out: it
 * cannot be sent again, only kept (by not changing it) or removed.
 */
export function validateFact(caseId: CaseId, values: FactFormValues): Validated {
  const errors: FactFieldErrors = {};
  const date = dateOf(values);
  if (typeof date === 'string') errors.date = date;
  const source = values.source;
  const draft: FactInputDraft = {
    caseId,
    date: typeof date === 'string' ? { kind: 'undated' } : date,
    statement: values.statement,
    partyIds: values.partyIds,
    issues: values.issues,
    status: values.status,
    importance: values.importance,
    ...(source?.documentId
      ? {
          source: {
            documentId: source.documentId,
            page: source.page,
            ...(source.quote ? { quote: source.quote } : {}),
            ...(source.annotationId ? { annotationId: source.annotationId } : {}),
          },
        }
      : {}),
    ...(values.sourceNote.trim() ? { sourceNote: values.sourceNote } : {}),
  };
  const parsed = factInputSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, error] = fieldOf(issue.path, issue.code);
      errors[field] ??= error;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/**
 * What an edit sends: every field but the source, which goes only when it was removed (the
 * dialog cannot pick a new one, and a deleted document's source cannot be sent back).
 */
export function changesOf(fact: Fact, input: FactInput, values: FactFormValues): FactChanges {
  return {
    date: input.date,
    statement: input.statement,
    sourceNote: input.sourceNote ?? null,
    partyIds: input.partyIds,
    issues: input.issues,
    status: input.status,
    importance: input.importance,
    ...(fact.source && !values.source ? { source: null } : {}),
  };
}

/** Statement length the textarea allows; the schema says why. */
export const STATEMENT_MAX = FACT_STATEMENT_MAX;
