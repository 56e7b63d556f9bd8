import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CaseId, NoteId } from '../../../../shared/domain/ids';
import type { Note } from '../../../../shared/domain/note';
import { api } from '../../api';
import { flushPendingNoteSaves } from './pendingSaves';

export const noteKeys = {
  all: ['notes'] as const,
  list: (caseId: CaseId) => ['notes', 'list', caseId] as const,
  detail: (id: NoteId) => ['notes', 'detail', id] as const,
  history: (id: NoteId) => ['notes', 'history', id] as const,
  version: (id: NoteId, versionId: number) => ['notes', 'version', id, versionId] as const,
};

/** A case's notes, most recently changed first (the core's order). */
export function useNotes(caseId: CaseId) {
  return useQuery({ queryKey: noteKeys.list(caseId), queryFn: () => api.notes.list({ caseId }) });
}

export function useNote(id: NoteId) {
  return useQuery({
    queryKey: noteKeys.detail(id),
    // A save still running from when this note was last left goes first, or the editor would
    // start from the text before it and its next save would undo it.
    queryFn: async () => {
      await flushPendingNoteSaves();
      return api.notes.get({ id });
    },
    // Read afresh whenever the note opens: the viewer may have appended a page link meanwhile,
    // and an editor started from a stale copy would save over it.
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

export function useNoteHistory(id: NoteId) {
  return useQuery({ queryKey: noteKeys.history(id), queryFn: () => api.notes.history({ id }) });
}

export function useNoteVersion(id: NoteId, versionId: number | null) {
  return useQuery({
    queryKey: noteKeys.version(id, versionId ?? 0),
    queryFn: () => api.notes.version({ id, versionId: versionId ?? 0 }),
    enabled: versionId !== null,
  });
}

/** After a save or restore: the note as stored, and the lists and history that show it. */
export function useNoteStored() {
  const queryClient = useQueryClient();
  return useCallback(
    (note: Note) => {
      queryClient.setQueryData(noteKeys.detail(note.id), note);
      void queryClient.invalidateQueries({ queryKey: noteKeys.list(note.caseId) });
      void queryClient.invalidateQueries({ queryKey: noteKeys.history(note.id) });
    },
    [queryClient],
  );
}
