import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

export interface DropTarget {
  sectionKey: string;
  /** Place among the section's rows as shown, the dragged row included. */
  index: number;
}

interface SectionCardProps {
  sectionKey: string;
  /** 1-based. */
  number: number;
  count: number;
  title: string;
  empty: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canRemove: boolean;
  /** A document is being dragged: the section takes drops. */
  accepting: boolean;
  dropAtEnd: boolean;
  onRename: (title: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onDragOver: (target: DropTarget) => void;
  onDrop: (target: DropTarget) => void;
  children: ReactNode;
}

/** Where in the section a pointer at `clientY` would drop: before or after the row it is over. */
function dropIndex(event: DragEvent<HTMLElement>, rows: number): number {
  const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
  if (!row || !event.currentTarget.contains(row)) return rows;
  const box = row.getBoundingClientRect();
  const index = Number(row.dataset.rowIndex);
  return event.clientY > box.top + box.height / 2 ? index + 1 : index;
}

/** A titled group of the bundle: its title is printed in the inventory and as a bookmark. */
export function SectionCard(props: SectionCardProps) {
  const { t } = useTranslation();
  const target = (event: DragEvent<HTMLElement>): DropTarget => ({
    sectionKey: props.sectionKey,
    index: dropIndex(event, props.count),
  });
  const name = props.title.trim() || t('dossier.sections.untitled', { number: props.number });

  return (
    <section
      className="dossier-section"
      aria-label={t('dossier.sections.label', { name })}
      data-section-key={props.sectionKey}
    >
      <div className="dossier-section__top">
        <Field
          label={t('dossier.sections.titleLabel', { number: props.number })}
          className="dossier-section__title"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={200}
              value={props.title}
              onChange={(event) => props.onRename(event.target.value)}
            />
          )}
        </Field>
        <div className="dossier-section__actions">
          <Button
            variant="quiet"
            disabled={!props.canMoveUp}
            aria-label={t('dossier.sections.upFor', { name })}
            onClick={() => props.onMove(-1)}
          >
            ↑
          </Button>
          <Button
            variant="quiet"
            disabled={!props.canMoveDown}
            aria-label={t('dossier.sections.downFor', { name })}
            onClick={() => props.onMove(1)}
          >
            ↓
          </Button>
          {props.canRemove && (
            <Button
              variant="quiet"
              aria-label={t('dossier.sections.removeFor', { name })}
              onClick={props.onRemove}
            >
              {t('dossier.sections.remove')}
            </Button>
          )}
        </div>
      </div>
      <div
        className={['dossier-section__drop', props.dropAtEnd && 'is-drop-end']
          .filter(Boolean)
          .join(' ')}
        onDragOver={(event) => {
          if (!props.accepting) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          props.onDragOver(target(event));
        }}
        onDrop={(event) => {
          if (!props.accepting) return;
          event.preventDefault();
          props.onDrop(target(event));
        }}
      >
        {props.empty ? (
          <p className="dossier-section__empty">{t('dossier.sections.empty')}</p>
        ) : (
          <ol
            className="dossier-section__list"
            aria-label={t('dossier.sections.listLabel', { name })}
          >
            {props.children}
          </ol>
        )}
      </div>
    </section>
  );
}
