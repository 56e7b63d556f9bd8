import { useEffect, useState } from 'react';
import type { DocumentContent } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';

export type ContentState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * The original, turned into what a view shows (text, an object URL, decoded pages) and held only
 * while the view is mounted: no cache, and `release` frees what the value holds (an object URL)
 * when the view goes, on leaving the document or locking the vault.
 */
export function useDocumentContent<T>(
  id: DocumentId,
  prepare: (content: DocumentContent) => T | Promise<T>,
  release?: (value: T) => void,
): ContentState<T> {
  const [state, setState] = useState<ContentState<T>>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    let prepared: { value: T } | null = null;
    api.documents
      .content({ id })
      .then(prepare)
      .then(
        (value) => {
          prepared = { value };
          if (active) setState({ status: 'ready', value });
          else release?.(value);
        },
        (error: unknown) => {
          if (active) setState({ status: 'failed', error });
        },
      );
    return () => {
      active = false;
      if (prepared) release?.(prepared.value);
    };
    // `prepare` and `release` are fixed per view; the document is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return state;
}
