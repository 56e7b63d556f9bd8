import { z } from 'zod';
import type { CaseId, HearingId, PartyId } from './ids';
import { caseIdSchema } from './ids';
import { tidy } from './text';

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

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 2024-02-31). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Not a calendar date');

/** Court wall-clock time, `YYYY-MM-DDTHH:mm`, without a zone: hearings are local events. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/)
  .refine((value) => isoDateSchema.safeParse(value.slice(0, 10)).success, 'Not a calendar date');

const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(tidy)
    .pipe(z.string().max(max));
const requiredText = (max: number) => text(max).pipe(z.string().min(1));
const optionalText = (max: number) => text(max).optional();
const longText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.normalize('NFC'));

const tagsSchema = z
  .array(requiredText(60))
  .max(40)
  .transform((tags) => [...new Set(tags)]);

export const caseFieldsSchema = z.strictObject({
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
