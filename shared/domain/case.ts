import { z } from 'zod';
import { caseIdSchema, type CaseId, type HearingId, type PartyId } from './ids';
import { BIDI_CONTROLS, CONTROL_CHARACTERS, HAS_LETTER_OR_DIGIT, tidy, tidyLongText } from './text';

export const CASE_STATUSES = ['open', 'appeal', 'closed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PARTY_ROLES = [
  'client',
  'defendant',
  'accused',
  'victim',
  'prosecutor',
  'judge',
  'witness',
  'expert',
  'counsel',
  'other',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const HEARING_KINDS = ['hearing', 'deadline', 'filing', 'meeting', 'other'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

export const CASE_SORT_KEYS = ['updated', 'title', 'number', 'opened', 'nextHearing'] as const;
export type CaseSortKey = (typeof CASE_SORT_KEYS)[number];

/** Years a court document can carry; keeps date arithmetic away from year 0 and 10000. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 2026-02-30) and within 1900–2100. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    const year = Number(value.slice(0, 4));
    return (
      year >= MIN_YEAR &&
      year <= MAX_YEAR &&
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(value)
    );
  }, 'Not a calendar date between 1900 and 2100');

/** Court wall-clock time, `YYYY-MM-DDTHH:mm`, without a zone: hearings are local events. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/)
  .refine((value) => isoDateSchema.safeParse(value.slice(0, 10)).success, 'Not a calendar date');

const noHiddenControls = (value: string) =>
  !CONTROL_CHARACTERS.test(value) && !BIDI_CONTROLS.test(value);

/** Single-line text: tidied, bounded, and free of controls that would disguise what is stored. */
const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(tidy)
    .pipe(z.string().max(max).refine(noHiddenControls, 'Contains control characters'));
const requiredText = (max: number) =>
  text(max).pipe(z.string().regex(HAS_LETTER_OR_DIGIT, 'Needs at least one letter or digit'));
const optionalText = (max: number) => text(max).optional();
const longText = (max: number) =>
  z
    .string()
    .max(max)
    .transform(tidyLongText)
    .refine(noHiddenControls, 'Contains control characters');

const tagsSchema = z
  .array(requiredText(60))
  .max(40)
  .transform((tags) => [...new Set(tags)]);

export const caseFieldsSchema = z
  .strictObject({
    title: requiredText(300),
    number: optionalText(120),
    court: optionalText(300),
    judge: optionalText(200),
    jurisdiction: optionalText(200),
    status: z.enum(CASE_STATUSES).default('open'),
    openedOn: isoDateSchema.optional(),
    closedOn: isoDateSchema.optional(),
    description: longText(20_000).optional(),
    tags: tagsSchema.default([]),
  })
  .refine((fields) => !fields.openedOn || !fields.closedOn || fields.closedOn >= fields.openedOn, {
    message: 'A case cannot close before it opens',
    path: ['closedOn'],
  });
export type CaseFieldsInput = z.input<typeof caseFieldsSchema>;
export type CaseFields = z.output<typeof caseFieldsSchema>;

/** Edits name only the fields that change; `null` clears an optional field. */
export const caseChangesSchema = z
  .strictObject({
    title: requiredText(300),
    number: text(120).nullable(),
    court: text(300).nullable(),
    judge: text(200).nullable(),
    jurisdiction: text(200).nullable(),
    status: z.enum(CASE_STATUSES),
    openedOn: isoDateSchema.nullable(),
    closedOn: isoDateSchema.nullable(),
    description: longText(20_000).nullable(),
    tags: tagsSchema,
  })
  .partial();
export type CaseChanges = z.output<typeof caseChangesSchema>;

export const partyFieldsSchema = z.strictObject({
  name: requiredText(300),
  role: z.enum(PARTY_ROLES),
  contact: longText(4_000).optional(),
});
export const partyChangesSchema = z
  .strictObject({
    name: requiredText(300),
    role: z.enum(PARTY_ROLES),
    contact: longText(4_000).nullable(),
  })
  .partial();

export const hearingFieldsSchema = z.strictObject({
  at: localDateTimeSchema,
  kind: z.enum(HEARING_KINDS),
  place: optionalText(300),
  notes: longText(4_000).optional(),
  done: z.boolean().default(false),
});
export const hearingChangesSchema = z
  .strictObject({
    at: localDateTimeSchema,
    kind: z.enum(HEARING_KINDS),
    place: text(300).nullable(),
    notes: longText(4_000).nullable(),
    done: z.boolean(),
  })
  .partial();

export const caseListQuerySchema = z
  .strictObject({
    text: z.string().max(300).default(''),
    statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).default([]),
    sort: z.enum(CASE_SORT_KEYS).default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
  })
  .default({ text: '', statuses: [], sort: 'updated', direction: 'desc' });

export const upcomingQuerySchema = z.strictObject({
  /** The renderer's local wall-clock now; the core never guesses the lawyer's time zone. */
  now: localDateTimeSchema,
  days: z.number().int().min(1).max(366).default(30),
  caseId: caseIdSchema.optional(),
});

export const partyInputSchema = partyFieldsSchema.extend({ caseId: caseIdSchema });
export const hearingInputSchema = hearingFieldsSchema.extend({ caseId: caseIdSchema });

// What services receive: the parsed output of the schemas above, so the two cannot drift.
export type PartyInput = z.output<typeof partyInputSchema>;
export type PartyChanges = z.output<typeof partyChangesSchema>;
export type HearingInput = z.output<typeof hearingInputSchema>;
export type HearingChanges = z.output<typeof hearingChangesSchema>;
export type CaseListQuery = z.output<typeof caseListQuerySchema>;
export type UpcomingQuery = z.output<typeof upcomingQuerySchema>;

export interface Party {
  id: PartyId;
  caseId: CaseId;
  name: string;
  role: PartyRole;
  contact: string | null;
}

export interface Hearing {
  id: HearingId;
  caseId: CaseId;
  at: string;
  kind: HearingKind;
  place: string | null;
  notes: string | null;
  done: boolean;
}

export interface CaseSummary {
  id: CaseId;
  title: string;
  number: string | null;
  court: string | null;
  status: CaseStatus;
  tags: string[];
  openedOn: string | null;
  updatedAt: string;
  partyCount: number;
  nextHearing: { at: string; kind: HearingKind } | null;
}

export interface CaseDetail extends Omit<CaseSummary, 'partyCount' | 'nextHearing'> {
  judge: string | null;
  jurisdiction: string | null;
  closedOn: string | null;
  description: string | null;
  createdAt: string;
  parties: Party[];
  hearings: Hearing[];
}

export interface UpcomingItem extends Hearing {
  caseTitle: string;
  caseNumber: string | null;
  /** Not done and already past: a missed deadline must stay visible. */
  overdue: boolean;
}
