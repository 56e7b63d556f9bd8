import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton';
import type { FindStatus } from './usePdfViewer';

interface FindBarProps {
  status: FindStatus;
  inputRef: Ref<HTMLInputElement>;
  onFind: (query: string) => void;
  onFindAgain: (previous: boolean) => void;
  onClear: () => void;
}

/**
 * Find in the document as you type: pdf.js searches its own text layer, ignoring case and
 * accents (so е finds ё), and highlights every match with the current one marked.
 */
export function FindBar({ status, inputRef, onFind, onFindAgain, onClear }: FindBarProps) {
  const { t } = useTranslation();
  const { query } = status;
  const hasQuery = query.trim().length > 0;

  return (
    <div role="search" className="viewer-find">
      <label>
        <span className="visually-hidden">{t('viewer.find')}</span>
        <input
          ref={inputRef}
          type="search"
          className="viewer-find__input"
          placeholder={t('viewer.findPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            const next = event.target.value;
            if (next.length === 0) onClear();
            else onFind(next);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && hasQuery) {
              event.preventDefault();
              onFindAgain(event.shiftKey);
            } else if (event.key === 'Escape' && hasQuery) {
              event.preventDefault();
              onClear();
            }
          }}
        />
      </label>
      <IconButton
        label={t('viewer.findPrevious')}
        icon="↑"
        disabled={status.total === 0}
        onClick={() => onFindAgain(true)}
      />
      <IconButton
        label={t('viewer.findNext')}
        icon="↓"
        disabled={status.total === 0}
        onClick={() => onFindAgain(false)}
      />
      <span className="viewer-find__status" role="status" aria-live="polite">
        {hasQuery && status.state === 'notFound' && t('viewer.notFound')}
        {hasQuery &&
          status.total > 0 &&
          t('viewer.matches', { current: status.current, count: status.total })}
      </span>
    </div>
  );
}
