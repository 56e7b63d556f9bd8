import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { ExclusionReason } from '../../../../shared/domain/dossier';
import type { DocumentId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { useDocumentLabels } from './useDocumentLabels';

export interface SectionChoice {
  key: string;
  label: string;
}

interface PickedDocumentRowProps {
  document: DocumentSummary;
  /** 1-based place in the whole bundle. */
  position: number;
  total: number;
  /** Where a drop would insert this row's neighbour, for the marker. */
  dropMarker: 'before' | 'after' | null;
  dragging: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  sectionKey: string;
  sections: readonly SectionChoice[];
  password: string;
  passwordOpen: boolean;
  /** Why the last export left this document out, when it did. */
  excludedAs: ExclusionReason | null;
  rowIndex: number;
  onMove: (delta: -1 | 1) => void;
  onSection: (sectionKey: string) => void;
  onUnpick: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onPassword: (password: string) => void;
  onTogglePassword: () => void;
}

export const handleSelector = (id: DocumentId) => `[data-dossier-handle="${id}"]`;

/**
 * One picked document: dragged by its handle (or the whole row), moved one place with the
 * buttons or with the arrow keys on the handle, sent to another section with the select.
 */
export function PickedDocumentRow(props: PickedDocumentRowProps) {
  const { t } = useTranslation();
  const labels = useDocumentLabels();
  const { document, position, total } = props;
  const title = document.title;
  const isPdf = document.mediaType === 'application/pdf';
  const needsPassword = props.excludedAs === 'encrypted' || props.excludedAs === 'password_wrong';

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowUp' && props.canMoveUp) {
      event.preventDefault();
      props.onMove(-1);
    } else if (event.key === 'ArrowDown' && props.canMoveDown) {
      event.preventDefault();
      props.onMove(1);
    }
  };

  return (
    <li
      className={[
        'dossier-doc',
        props.dragging && 'is-dragging',
        props.dropMarker && `is-drop-${props.dropMarker}`,
      ]
        .filter(Boolean)
        .join(' ')}
      data-row-index={props.rowIndex}
      data-document-id={document.id}
      draggable
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
    >
      <button
        type="button"
        className="dossier-doc__handle"
        data-dossier-handle={document.id}
        aria-label={t('dossier.order.handle', { title, position, total })}
        aria-describedby="dossier-order-hint"
        onKeyDown={onHandleKey}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="dossier-doc__position" aria-hidden="true">
        {position}
      </span>
      <div className="dossier-doc__body">
        <span className="dossier-doc__title">{title}</span>
        <span className="dossier-doc__meta">{labels.meta(document)}</span>
        {needsPassword && (
          <span className="dossier-doc__warning">
            {t(
              `dossier.doc.needsPassword.${props.excludedAs === 'password_wrong' ? 'wrong' : 'missing'}`,
            )}
          </span>
        )}
        {isPdf && (props.passwordOpen || needsPassword) && (
          <label className="dossier-doc__password">
            <span>{t('dossier.doc.passwordFor', { title })}</span>
            <input
              type="password"
              autoComplete="off"
              value={props.password}
              onChange={(event) => props.onPassword(event.target.value)}
            />
          </label>
        )}
      </div>
      <div className="dossier-doc__actions">
        <Button
          variant="quiet"
          disabled={!props.canMoveUp}
          aria-label={t('dossier.order.upFor', { title })}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </Button>
        <Button
          variant="quiet"
          disabled={!props.canMoveDown}
          aria-label={t('dossier.order.downFor', { title })}
          onClick={() => props.onMove(1)}
        >
          ↓
        </Button>
        {props.sections.length > 1 && (
          <select
            className="dossier-doc__section"
            aria-label={t('dossier.sections.moveTo', { title })}
            value={props.sectionKey}
            onChange={(event) => props.onSection(event.target.value)}
          >
            {props.sections.map((section) => (
              <option key={section.key} value={section.key}>
                {section.label}
              </option>
            ))}
          </select>
        )}
        {isPdf && !needsPassword && (
          <Button
            variant="quiet"
            aria-expanded={props.passwordOpen}
            aria-label={t('dossier.doc.passwordToggleFor', { title })}
            onClick={props.onTogglePassword}
          >
            {t('dossier.doc.passwordToggle')}
          </Button>
        )}
        <Button
          variant="quiet"
          aria-label={t('dossier.doc.unpickFor', { title })}
          onClick={props.onUnpick}
        >
          {t('dossier.doc.unpick')}
        </Button>
      </div>
    </li>
  );
}
