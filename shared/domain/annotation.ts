import { z } from 'zod';
import { longText } from './fields';
import {
  annotationIdSchema,
  caseIdSchema,
  documentIdSchema,
  type AnnotationId,
  type CaseId,
  type DocumentId,
} from './ids';

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/** A highlight covers selected text; a comment is a sticky note on a point of the page. */
export const ANNOTATION_KINDS = ['highlight', 'comment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/**
 * Page geometry in PDF units of the page's own viewport at scale 1 and rotation 0, origin at the
 * top-left corner, y downwards (pdf.js `page.getViewport({ scale: 1, rotation: 0 })`). Stored so,
 * an annotation lands on the same words at any zoom and rotation.
 */
const coordinate = z
  .number()
  .finite()
  .min(-1)
  .max(14_400 * 4);
const length = z
  .number()
  .finite()
  .min(0)
  .max(14_400 * 4);
export const annotationRectSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
});
export type AnnotationRect = z.output<typeof annotationRectSchema>;
export const annotationPointSchema = z.strictObject({ x: coordinate, y: coordinate });
export type AnnotationPoint = z.output<typeof annotationPointSchema>;

export const ANNOTATION_QUOTE_MAX = 10_000;
export const ANNOTATION_COMMENT_MAX = 20_000;

export const annotationInputSchema = z
  .strictObject({
    documentId: documentIdSchema,
    page: z.number().int().min(1).max(1_000_000),
    kind: z.enum(ANNOTATION_KINDS),
    color: z.enum(ANNOTATION_COLORS).default('yellow'),
    /** The selected text's line boxes (highlight); empty for a comment. */
    rects: z.array(annotationRectSchema).max(1000).default([]),
    /** Where a comment is pinned; absent for a highlight. */
    point: annotationPointSchema.optional(),
    /** The selected text, as the text layer gave it (highlight). */
    quote: longText(ANNOTATION_QUOTE_MAX).optional(),
    comment: longText(ANNOTATION_COMMENT_MAX).optional(),
  })
  .refine((input) => input.kind !== 'highlight' || input.rects.length > 0, {
    message: 'A highlight needs the area it covers',
    path: ['rects'],
  })
  .refine((input) => input.kind !== 'comment' || input.point !== undefined, {
    message: 'A comment needs the point it is pinned to',
    path: ['point'],
  })
  .refine((input) => input.kind !== 'comment' || (input.comment ?? '').trim() !== '', {
    message: 'A comment needs text',
    path: ['comment'],
  });
export type AnnotationInput = z.output<typeof annotationInputSchema>;

export const annotationChangesSchema = z
  .strictObject({
    color: z.enum(ANNOTATION_COLORS),
    comment: longText(ANNOTATION_COMMENT_MAX).nullable(),
  })
  .partial();
export type AnnotationChanges = z.output<typeof annotationChangesSchema>;

/** One document's annotations (the viewer) or one case's (the case page); exactly one is given. */
export const annotationListSchema = z
  .strictObject({ documentId: documentIdSchema.optional(), caseId: caseIdSchema.optional() })
  .refine((input) => (input.documentId === undefined) !== (input.caseId === undefined), {
    message: 'Give either documentId or caseId',
  });
export type AnnotationListQuery = z.output<typeof annotationListSchema>;

export interface Annotation {
  id: AnnotationId;
  caseId: CaseId;
  documentId: DocumentId;
  documentTitle: string;
  page: number;
  kind: AnnotationKind;
  color: AnnotationColor;
  rects: AnnotationRect[];
  point: AnnotationPoint | null;
  quote: string | null;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
}

export { annotationIdSchema };
