import { z } from 'zod';
import { caseIdSchema, type CaseId, type HearingId, type PartyId } from './ids';
import {
  isoDateSchema,
  localDateTimeSchema,
  longText,
  optionalText,
  requiredText,
  tagsSchema,
  text,
} from './fields';

export { isoDateSchema, localDateTimeSchema };

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
