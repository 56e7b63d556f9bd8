import { z } from 'zod';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CaseId = Brand<string, 'CaseId'>;
export type PartyId = Brand<string, 'PartyId'>;
export type HearingId = Brand<string, 'HearingId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type NoteId = Brand<string, 'NoteId'>;
export type AnnotationId = Brand<string, 'AnnotationId'>;
export type FactId = Brand<string, 'FactId'>;

// UUIDs from crypto.randomUUID(); validated at the boundary so a malformed id never reaches SQL,
// and lower-cased because that is how they are stored.
const uuid = z.uuid().transform((value) => value.toLowerCase());
export const caseIdSchema = uuid.transform((value) => value as CaseId);
export const partyIdSchema = uuid.transform((value) => value as PartyId);
export const hearingIdSchema = uuid.transform((value) => value as HearingId);
export const documentIdSchema = uuid.transform((value) => value as DocumentId);
export const noteIdSchema = uuid.transform((value) => value as NoteId);
export const annotationIdSchema = uuid.transform((value) => value as AnnotationId);
export const factIdSchema = uuid.transform((value) => value as FactId);
