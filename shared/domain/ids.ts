import { z } from 'zod';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CaseId = Brand<string, 'CaseId'>;
export type PartyId = Brand<string, 'PartyId'>;
export type HearingId = Brand<string, 'HearingId'>;
export type DocumentId = Brand<string, 'DocumentId'>;

// UUIDs from crypto.randomUUID(); validated at the boundary so a malformed id never reaches SQL,
// and lower-cased because that is how they are stored.
const uuid = z.uuid().transform((value) => value.toLowerCase());
export const caseIdSchema = uuid.transform((value) => value as CaseId);
export const partyIdSchema = uuid.transform((value) => value as PartyId);
export const hearingIdSchema = uuid.transform((value) => value as HearingId);
export const documentIdSchema = uuid.transform((value) => value as DocumentId);
