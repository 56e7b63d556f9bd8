import { z } from 'zod';
import { requiredText } from './fields';
import { caseIdSchema, noteIdSchema, type CaseId, type DocumentId, type NoteId } from './ids';

/**
 * A note is stored as the editor's document tree (ProseMirror JSON, as Tiptap emits it): lossless
 * for headings, lists, marks and links, and walkable by the core for search without an HTML or
 * Markdown parser. Markdown is an import/export format, converted in the renderer.
 */
export interface NoteMark {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
}
export interface NoteNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  text?: string;
  marks?: NoteMark[];
  content?: NoteNode[];
}
export interface NoteDoc extends NoteNode {
  type: 'doc';
}

/** Serialized size of one note's document; a book-length note fits, a runaway paste does not. */
export const NOTE_DOC_MAX_BYTES = 4 * 1024 * 1024;
/** Nesting the editor can produce (lists in lists in quotes) is far below this. */
export const NOTE_DOC_MAX_DEPTH = 40;
export const NOTE_TITLE_MAX = 300;

const nodeType = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
const attrsSchema = z
  .record(z.string().max(40), z.union([z.string().max(4000), z.number(), z.boolean(), z.null()]))
  .optional();
const markSchema = z.object({ type: nodeType, attrs: attrsSchema });

const noteNodeSchema: z.ZodType<NoteNode> = z.lazy(() =>
  z.object({
    type: nodeType,
    attrs: attrsSchema,
    text: z.string().max(NOTE_DOC_MAX_BYTES).optional(),
    marks: z.array(markSchema).max(20).optional(),
    content: z.array(noteNodeSchema).max(100_000).optional(),
  }),
);

function depthOf(value: unknown, depth = 0): number {
  if (depth > NOTE_DOC_MAX_DEPTH || typeof value !== 'object' || value === null) return depth;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content)) return depth;
  let deepest = depth;
  for (const child of content) deepest = Math.max(deepest, depthOf(child, depth + 1));
  return deepest;
}

/**
 * Size and depth are checked before the tree is parsed, so a hostile document cannot exhaust the
 * stack or the heap of the main process.
 */
export const noteDocSchema = z
  .unknown()
  .refine(
    (value) => JSON.stringify(value ?? null).length <= NOTE_DOC_MAX_BYTES,
    'The note is too large',
  )
  .refine((value) => depthOf(value) <= NOTE_DOC_MAX_DEPTH, 'The note is nested too deeply')
  .pipe(noteNodeSchema)
  .refine((node): node is NoteDoc => node.type === 'doc', 'Not a note document');

export const EMPTY_NOTE_DOC: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

const BLOCK_BREAK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock']);

/** The words of a note, block by block: what search indexes and what excerpts are cut from. */
export function noteDocText(doc: NoteNode): string {
  const parts: string[] = [];
  const walk = (node: NoteNode) => {
    if (node.type === 'text' && node.text) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    for (const child of node.content ?? []) walk(child);
    if (BLOCK_BREAK.has(node.type)) parts.push('\n');
  };
  walk(doc);
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Plain text (the CLI's `--text`) as a note: one paragraph per line. */
export function plainTextToNoteDoc(text: string): NoteDoc {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    type: 'doc',
    content: lines.map((line) =>
      line === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}

/** Internal link to a page of a document, as stored in a note's link marks. */
export const DOCUMENT_LINK_PREFIX = 'casefile://document/';

export function documentLink(id: DocumentId, page?: number): string {
  return `${DOCUMENT_LINK_PREFIX}${id}${page ? `?page=${page}` : ''}`;
}

const DOCUMENT_LINK =
  /^casefile:\/\/document\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\?page=([1-9]\d{0,5}))?$/i;

/** The document and page a note link points to; null for anything else (never followed). */
export function parseDocumentLink(href: string): { id: DocumentId; page?: number } | null {
  const match = DOCUMENT_LINK.exec(href);
  if (!match) return null;
  const id = match[1]!.toLowerCase() as DocumentId;
  return match[2] ? { id, page: Number(match[2]) } : { id };
}

/**
 * The note with a paragraph appended that links to a page of a document ("Link this page in a
 * note" in the viewer): `label` is the link's text, usually the title and the page.
 */
export function appendPageLink(
  doc: NoteDoc,
  link: { documentId: DocumentId; page: number; label: string },
): NoteDoc {
  const paragraph: NoteNode = {
    type: 'paragraph',
    content: [
      {
        type: 'text',
        text: link.label,
        marks: [{ type: 'link', attrs: { href: documentLink(link.documentId, link.page) } }],
      },
    ],
  };
  const content = doc.content ?? [];
  const last = content.at(-1);
  // The editor's empty note is one empty paragraph: replace it rather than leave a blank line.
  const keep = last?.type === 'paragraph' && !last.content?.length ? content.slice(0, -1) : content;
  return { ...doc, content: [...keep, paragraph] };
}

export const noteCreateSchema = z.strictObject({
  caseId: caseIdSchema,
  title: requiredText(NOTE_TITLE_MAX),
  doc: noteDocSchema.optional(),
});

/** An autosave: the whole document and/or the title. */
export const noteSaveSchema = z
  .strictObject({
    id: noteIdSchema,
    title: requiredText(NOTE_TITLE_MAX).optional(),
    doc: noteDocSchema.optional(),
  })
  .refine((input) => input.title !== undefined || input.doc !== undefined, 'Nothing to save');

export type NoteCreateInput = z.output<typeof noteCreateSchema>;
export type NoteSaveInput = z.output<typeof noteSaveSchema>;

export interface NoteSummary {
  id: NoteId;
  caseId: CaseId;
  title: string;
  /** The first words of the note's text. */
  excerpt: string;
  createdAt: string;
  updatedAt: string;
}

export interface Note extends NoteSummary {
  doc: NoteDoc;
  /** Grows by one with every save; lets the renderer tell its own save from a restore. */
  revision: number;
}

/** A kept earlier state of a note (history). */
export interface NoteVersion {
  id: number;
  noteId: NoteId;
  title: string;
  excerpt: string;
  /** When this state was replaced by a later one. */
  savedAt: string;
}

export interface NoteVersionDetail extends NoteVersion {
  doc: NoteDoc;
}
