import type { DocumentId } from '../../../../shared/domain/ids';

/**
 * The builder's picked documents, grouped into sections in bundle order. Plain data with pure
 * operations: the screen keeps one draft in state and replaces it on every change, and each
 * operation keeps the one rule the core also checks, that a document is in one section only.
 */

export interface SectionDraft {
  /** Stable across renames and moves, for React keys and drop targets; never sent to the core. */
  key: string;
  title: string;
  documentIds: readonly DocumentId[];
}

export interface DossierDraft {
  sections: readonly SectionDraft[];
  /** The next section key's number. */
  nextKey: number;
}

export interface DocumentPlace {
  sectionIndex: number;
  index: number;
}

export function createDraft(documentIds: readonly DocumentId[] = []): DossierDraft {
  return { sections: [{ key: 's1', title: '', documentIds: [...documentIds] }], nextKey: 2 };
}

/** Every picked document, in bundle order. */
export const pickedIds = (draft: DossierDraft): DocumentId[] =>
  draft.sections.flatMap((section) => section.documentIds);

export function locate(draft: DossierDraft, id: DocumentId): DocumentPlace | null {
  for (const [sectionIndex, section] of draft.sections.entries()) {
    const index = section.documentIds.indexOf(id);
    if (index >= 0) return { sectionIndex, index };
  }
  return null;
}

function withSections(draft: DossierDraft, sections: SectionDraft[]): DossierDraft {
  return { ...draft, sections };
}

function without(draft: DossierDraft, ids: ReadonlySet<DocumentId>): SectionDraft[] {
  return draft.sections.map((section) => ({
    ...section,
    documentIds: section.documentIds.filter((id) => !ids.has(id)),
  }));
}

/**
 * Makes `ids` the picked set: documents still picked keep their section and place, the ones no
 * longer picked leave, and new ones join the end of the last section in the order given.
 */
export function setPicked(draft: DossierDraft, ids: readonly DocumentId[]): DossierDraft {
  const wanted = new Set(ids);
  const current = new Set(pickedIds(draft));
  const dropped = new Set([...current].filter((id) => !wanted.has(id)));
  const added = [...new Set(ids)].filter((id) => !current.has(id));
  const sections = without(draft, dropped);
  const last = sections.length - 1;
  sections[last] = {
    ...sections[last]!,
    documentIds: [...sections[last]!.documentIds, ...added],
  };
  return withSections(draft, sections);
}

export const togglePicked = (draft: DossierDraft, id: DocumentId, picked: boolean) =>
  setPicked(
    draft,
    picked ? [...pickedIds(draft), id] : pickedIds(draft).filter((other) => other !== id),
  );

/** Moves a picked document to `index` of a section (clamped); where it was is left behind. */
export function moveDocument(
  draft: DossierDraft,
  id: DocumentId,
  sectionKey: string,
  index: number,
): DossierDraft {
  const from = locate(draft, id);
  const target = draft.sections.findIndex((section) => section.key === sectionKey);
  if (!from || target < 0) return draft;
  const sections = without(draft, new Set([id]));
  const ids = [...sections[target]!.documentIds];
  ids.splice(Math.max(0, Math.min(index, ids.length)), 0, id);
  sections[target] = { ...sections[target]!, documentIds: ids };
  return withSections(draft, sections);
}

/**
 * A drop: `index` counts the target section's rows as they are on screen, the dragged one
 * included, so dropping a row below itself in its own section lands one place earlier.
 */
export function dropDocument(
  draft: DossierDraft,
  id: DocumentId,
  sectionKey: string,
  index: number,
): DossierDraft {
  const from = locate(draft, id);
  const target = draft.sections.findIndex((section) => section.key === sectionKey);
  if (!from || target < 0) return draft;
  const adjusted = from.sectionIndex === target && from.index < index ? index - 1 : index;
  return moveDocument(draft, id, sectionKey, adjusted);
}

/**
 * One step up (-1) or down (+1) in bundle order. At a section's edge the document crosses into
 * the neighbouring section, so the keyboard alone can take it anywhere.
 */
export function moveBy(draft: DossierDraft, id: DocumentId, delta: -1 | 1): DossierDraft {
  const place = locate(draft, id);
  if (!place) return draft;
  const section = draft.sections[place.sectionIndex]!;
  const index = place.index + delta;
  if (index >= 0 && index < section.documentIds.length) {
    return moveDocument(draft, id, section.key, index);
  }
  const neighbour = draft.sections[place.sectionIndex + delta];
  if (!neighbour) return draft;
  return moveDocument(draft, id, neighbour.key, delta < 0 ? neighbour.documentIds.length : 0);
}

/** Whether `moveBy` would change anything: for disabling the first "up" and the last "down". */
export function canMoveBy(draft: DossierDraft, id: DocumentId, delta: -1 | 1): boolean {
  const place = locate(draft, id);
  if (!place) return false;
  const ids = pickedIds(draft);
  const position = ids.indexOf(id) + delta;
  return position >= 0 && position < ids.length;
}

export function addSection(draft: DossierDraft, title: string): DossierDraft {
  return {
    sections: [...draft.sections, { key: `s${draft.nextKey}`, title, documentIds: [] }],
    nextKey: draft.nextKey + 1,
  };
}

export const renameSection = (draft: DossierDraft, key: string, title: string): DossierDraft =>
  withSections(
    draft,
    draft.sections.map((section) => (section.key === key ? { ...section, title } : section)),
  );

/**
 * A removed section's documents stay picked: they join the end of the section before it (the
 * first section's go to the start of the next). The last remaining section cannot be removed.
 */
export function removeSection(draft: DossierDraft, key: string): DossierDraft {
  const index = draft.sections.findIndex((section) => section.key === key);
  if (index < 0 || draft.sections.length === 1) return draft;
  const removed = draft.sections[index]!;
  const sections = draft.sections.filter((section) => section.key !== key);
  if (index > 0) {
    const before = sections[index - 1]!;
    sections[index - 1] = {
      ...before,
      documentIds: [...before.documentIds, ...removed.documentIds],
    };
  } else {
    const after = sections[0]!;
    sections[0] = { ...after, documentIds: [...removed.documentIds, ...after.documentIds] };
  }
  return withSections(draft, sections);
}

export function moveSection(draft: DossierDraft, key: string, delta: -1 | 1): DossierDraft {
  const index = draft.sections.findIndex((section) => section.key === key);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  [sections[index], sections[target]] = [sections[target]!, sections[index]!];
  return withSections(draft, sections);
}

/** Reorders every section within itself; `order` is all the documents in the wanted order. */
export function orderWithinSections(
  draft: DossierDraft,
  order: readonly DocumentId[],
): DossierDraft {
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (id: DocumentId) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return withSections(
    draft,
    draft.sections.map((section) => ({
      ...section,
      documentIds: [...section.documentIds].sort((a, b) => rankOf(a) - rankOf(b)),
    })),
  );
}

/** Drops picked documents the case no longer has (removed in another window or by the CLI). */
export function keepExisting(draft: DossierDraft, existing: ReadonlySet<DocumentId>): DossierDraft {
  const gone = new Set(pickedIds(draft).filter((id) => !existing.has(id)));
  return gone.size === 0 ? draft : withSections(draft, without(draft, gone));
}

export type DraftProblem =
  | { kind: 'noDocuments' }
  | { kind: 'emptySection'; sectionIndex: number }
  | { kind: 'duplicate'; documentId: DocumentId };

/** What stops an export; the core's schema refuses the same, this says it before asking. */
export function draftProblems(draft: DossierDraft): DraftProblem[] {
  const ids = pickedIds(draft);
  if (ids.length === 0) return [{ kind: 'noDocuments' }];
  const problems: DraftProblem[] = [];
  draft.sections.forEach((section, sectionIndex) => {
    if (section.documentIds.length === 0) problems.push({ kind: 'emptySection', sectionIndex });
  });
  const seen = new Set<DocumentId>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ kind: 'duplicate', documentId: id });
    seen.add(id);
  }
  return problems;
}

/** The sections as `dossier.export` takes them. */
export const toSections = (draft: DossierDraft) =>
  draft.sections.map((section) => ({
    title: section.title.trim(),
    documentIds: [...section.documentIds],
  }));
