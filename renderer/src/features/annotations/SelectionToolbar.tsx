import { useTranslation } from 'react-i18next';
import type { AnnotationColor } from '../../../../shared/domain/annotation';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ClientBox } from './annotationGeometry';
import { ColorSwatches } from './ColorSwatches';

interface SelectionToolbarProps {
  /** The selection's last line box on screen: the toolbar sits just under it. */
  anchor: ClientBox;
  busy: boolean;
  error: unknown;
  onHighlight: (color: AnnotationColor) => void;
  onComment: () => void;
  onCreateFact: () => void;
  onLinkInNote: () => void;
}

/**
 * What a text selection in the viewer can become. Pressing its buttons keeps the selection
 * (mousedown is not let through), so the words stay marked while the lawyer chooses.
 */
export function SelectionToolbar({
  anchor,
  busy,
  error,
  onHighlight,
  onComment,
  onCreateFact,
  onLinkInNote,
}: SelectionToolbarProps) {
  const { t } = useTranslation();
  const top = Math.min(anchor.top + anchor.height + 6, window.innerHeight - 60);
  const left = Math.min(Math.max(anchor.left, 8), window.innerWidth - 360);
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations.selectionToolbar')}
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <ColorSwatches labelKey="annotations.highlightIn" disabled={busy} onPick={onHighlight} />
      <Button variant="quiet" busy={busy} onClick={onComment}>
        {t('annotations.comment')}
      </Button>
      <Button variant="quiet" busy={busy} onClick={onCreateFact}>
        {t('annotations.createFact')}
      </Button>
      <Button variant="quiet" busy={busy} onClick={onLinkInNote}>
        {t('annotations.linkInNote')}
      </Button>
      <ErrorNotice error={error} />
    </div>
  );
}
