import { z } from 'zod';
import { isoDateSchema, longText, optionalText, tagsSchema, text } from './fields';
import { HAS_LETTER_OR_DIGIT } from './text';
import {
  annotationIdSchema,
  caseIdSchema,
  documentIdSchema,
  partyIdSchema,
  type AnnotationId,
  type CaseId,
  type DocumentId,
  type FactId,
  type PartyId,
} from './ids';

export const FACT_STATUSES = ['undisputed', 'disputed', 'unverified'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const FACT_IMPORTANCE = ['low', 'normal', 'high', 'key'] as const;
export type FactImportance = (typeof FACT_IMPORTANCE)[number];

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine(
    (value) => isoDateSchema.safeParse(`${value}-01`).success,
    'Not a month between 1900 and 2100',
  );
const yearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .refine(
    (value) => isoDateSchema.safeParse(`${value}-01-01`).success,
    'Not a year between 1900 and 2100',
  );

/** How precisely a fact is dated: lawyers often know only the month or the year, or a span. */
export const factDateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), date: isoDateSchema }),
  z.strictObject({ kind: z.literal('month'), month: monthSchema }),
  z.strictObject({ kind: z.literal('year'), year: yearSchema }),
  z
    .strictObject({ kind: z.literal('range'), from: isoDateSchema, to: isoDateSchema })
    .refine((range) => range.from <= range.to, {
      message: 'A range cannot end before it starts',
      path: ['to'],
    }),
  z.strictObject({ kind: z.literal('undated') }),
]);
export type FactDate = z.output<typeof factDateSchema>;

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The first and last day a date covers, for sorting and date filters; undated facts have none
 * and sort after every dated one.
 */
export function factDateBounds(date: FactDate): { start: string; end: string } | null {
  switch (date.kind) {
    case 'exact':
      return { start: date.date, end: date.date };
    case 'month':
      return { start: `${date.month}-01`, end: lastDayOfMonth(date.month) };
    case 'year':
      return { start: `${date.year}-01-01`, end: `${date.year}-12-31` };
    case 'range':
      return { start: date.from, end: date.to };
    case 'undated':
      return null;
  }
}

/** The canonical text of a date, as `parseFactDate` reads it back (CLI, CSV). */
export function formatFactDate(date: FactDate): string {
  switch (date.kind) {
    case 'exact':
      return date.date;
    case 'month':
      return date.month;
    case 'year':
      return date.year;
    case 'range':
      return `${date.from}..${date.to}`;
    case 'undated':
      return 'undated';
  }
}

const UNDATED = new Set(['', 'undated', 'без даты', 'күнсіз', '-', '?']);

/** `14.05.2024` (the day-first form Russian and Kazakh documents use) as `2024-05-14`. */
function isoDay(value: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!dotted) return value;
  return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
}

/**
 * A typed date: `2024-05-14`, `14.05.2024`, `2024-05`, `05.2024`, `2024`, a range `A..B` of two
 * days, or `undated`. Null when it is none of these (the caller reports VALIDATION).
 */
export function parseFactDate(input: string): FactDate | null {
  const value = input.trim().toLowerCase();
  if (UNDATED.has(value)) return { kind: 'undated' };
  const candidates: unknown[] = [];
  const range = /^(.+?)\s*(?:\.\.|–|—)\s*(.+)$/.exec(value);
  if (range && !/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(value))
    candidates.push({ kind: 'range', from: isoDay(range[1]!), to: isoDay(range[2]!) });
  candidates.push({ kind: 'exact', date: isoDay(value) });
  const dottedMonth = /^(\d{1,2})\.(\d{4})$/.exec(value);
  candidates.push({
    kind: 'month',
    month: dottedMonth ? `${dottedMonth[2]}-${dottedMonth[1]!.padStart(2, '0')}` : value,
  });
  candidates.push({ kind: 'year', year: value });
  for (const candidate of candidates) {
    const parsed = factDateSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export const FACT_STATEMENT_MAX = 4000;
export const FACT_QUOTE_MAX = 10_000;

/** Where a fact comes from: a page of a document in the vault, with the words quoted. */
export const factSourceSchema = z.strictObject({
  documentId: documentIdSchema,
  page: z.number().int().min(1).max(1_000_000),
  quote: longText(FACT_QUOTE_MAX).optional(),
  /** The highlight the fact was made from, when it was. */
  annotationId: annotationIdSchema.optional(),
});
export type FactSourceInput = z.output<typeof factSourceSchema>;

const statementSchema = longText(FACT_STATEMENT_MAX).pipe(
  z.string().regex(HAS_LETTER_OR_DIGIT, 'Needs at least one letter or digit'),
);

export const factInputSchema = z.strictObject({
  caseId: caseIdSchema,
  date: factDateSchema,
  statement: statementSchema,
  source: factSourceSchema.optional(),
  /** A source outside the vault, typed ("testimony at the hearing of 14 May"). */
  sourceNote: optionalText(1000),
  /** Parties of the same case. */
  partyIds: z.array(partyIdSchema).max(200).default([]),
  /** User-defined labels ("ст. 274 УК", "alibi"). */
  issues: tagsSchema.default([]),
  status: z.enum(FACT_STATUSES).default('unverified'),
  importance: z.enum(FACT_IMPORTANCE).default('normal'),
});
export type FactInput = z.output<typeof factInputSchema>;
export type FactInputDraft = z.input<typeof factInputSchema>;

export const factChangesSchema = z
  .strictObject({
    date: factDateSchema,
    statement: statementSchema,
    source: factSourceSchema.nullable(),
    sourceNote: text(1000).nullable(),
    partyIds: z.array(partyIdSchema).max(200),
    issues: tagsSchema,
    status: z.enum(FACT_STATUSES),
    importance: z.enum(FACT_IMPORTANCE),
  })
  .partial();
export type FactChanges = z.output<typeof factChangesSchema>;

export interface FactSource {
  /** Null once the document was deleted and the lawyer chose to keep the fact. */
  documentId: DocumentId | null;
  /** The document's title, or its title when it was deleted. */
  documentTitle: string;
  page: number;
  quote: string | null;
  annotationId: AnnotationId | null;
}

export interface Fact {
  id: FactId;
  caseId: CaseId;
  date: FactDate;
  statement: string;
  source: FactSource | null;
  sourceNote: string | null;
  partyIds: PartyId[];
  issues: string[];
  status: FactStatus;
  importance: FactImportance;
  createdAt: string;
  updatedAt: string;
}

/** What deleting a document does with what hangs on it (the lawyer is asked). */
export const documentDependentsPolicySchema = z.strictObject({
  /** Delete the highlights and comments, or keep their text in a new note of the case. */
  annotations: z.enum(['delete', 'keepAsNote']).default('delete'),
  /** Delete facts sourced from the document, or keep them with the source marked as deleted. */
  facts: z.enum(['keep', 'delete']).default('keep'),
});
export type DocumentDependentsPolicy = z.output<typeof documentDependentsPolicySchema>;

export interface DocumentDependents {
  annotations: number;
  facts: number;
}
