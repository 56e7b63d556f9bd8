import { z } from 'zod';
import { BIDI_CONTROLS, CONTROL_CHARACTERS, HAS_LETTER_OR_DIGIT, tidy, tidyLongText } from './text';

/** Field schemas every record (cases, parties, documents, ...) is typed with at the boundary. */

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
export const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(tidy)
    .pipe(z.string().max(max).refine(noHiddenControls, 'Contains control characters'));
export const requiredText = (max: number) =>
  text(max).pipe(z.string().regex(HAS_LETTER_OR_DIGIT, 'Needs at least one letter or digit'));
export const optionalText = (max: number) => text(max).optional();
export const longText = (max: number) =>
  z
    .string()
    .max(max)
    .transform(tidyLongText)
    .refine(noHiddenControls, 'Contains control characters');

export const tagsSchema = z
  .array(requiredText(60))
  .max(40)
  .transform((tags) => [...new Set(tags)]);
