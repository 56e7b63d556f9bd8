import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListItem } from '../../../../shared/domain/audit';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNoteTime } from '../notes/formatNoteTime';
import { auditDetailText, auditSubject } from './describeAuditEntry';

/** As the document list: up to this many rows all stay in the page (find, screen readers). */
const WHOLE_LIST_LIMIT = 100;
const OVERSCAN = 10;
const ESTIMATED_ROW_HEIGHT = 56;

interface AuditEntryListProps {
  entries: readonly AuditListItem[];
  /** The vault-wide view names each entry's case; a case's own view does not repeat it. */
  withCase: boolean;
}

/** Entries newest first in a bounded scroll box, virtualised once the list is long. */
export function AuditEntryList({ entries, withCase }: AuditEntryListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollBox = useRef<HTMLDivElement>(null);
  const count = entries.length;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: count <= WHOLE_LIST_LIMIT ? count : OVERSCAN,
    getItemKey: (index) => entries[index]?.seq ?? index,
  });

  return (
    <div ref={scrollBox} className="audit-list">
      <ol
        className="audit-list__rows"
        aria-label={t('audit.listLabel')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          const about = [...auditSubject(entry, t, withCase), ...auditDetailText(entry, t)];
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-action={entry.action}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              className="audit-entry"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <span className="audit-entry__seq">#{entry.seq}</span>
              <time className="audit-entry__time" dateTime={entry.at}>
                {formatNoteTime(entry.at, language)}
              </time>
              <span className="audit-entry__action">{t(`audit.actions.${entry.action}`)}</span>
              {about.length > 0 && <span className="audit-entry__about">{about.join(' · ')}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
