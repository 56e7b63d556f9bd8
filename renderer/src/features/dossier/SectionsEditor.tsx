import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { ExclusionReason } from '../../../../shared/domain/dossier';
import type { DocumentId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import {
  addSection,
  canMoveBy,
  dropDocument,
  locate,
  moveBy,
  moveDocument,
  moveSection,
  pickedIds,
  removeSection,
  renameSection,
  togglePicked,
  type DossierDraft,
} from './dossierDraft';
import { handleSelector, PickedDocumentRow } from './PickedDocumentRow';
import { SectionCard, type DropTarget } from './SectionCard';
import { SORT_CHOICES, type SortChoice } from './sortPicked';

interface SectionsEditorProps {
  draft: DossierDraft;
  documents: ReadonlyMap<DocumentId, DocumentSummary>;
  passwords: ReadonlyMap<DocumentId, string>;
  passwordOpen: ReadonlySet<DocumentId>;
  excluded: ReadonlyMap<DocumentId, ExclusionReason>;
  onChange: (draft: DossierDraft) => void;
  onSort: (choice: SortChoice) => void;
  onPassword: (id: DocumentId, password: string) => void;
  onTogglePassword: (id: DocumentId) => void;
}

/**
 * The picked documents in bundle order, in their sections. Order by dragging a row, by its
 * up/down buttons, or with the arrow keys on its handle; every move is announced.
 */
export function SectionsEditor(props: SectionsEditorProps) {
  const { t } = useTranslation();
  const { draft, documents, onChange } = props;
  const [dragging, setDragging] = useState<DocumentId | null>(null);
  const [dropAt, setDropAt] = useState<DropTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // After a move the row may re-mount in another section; its handle gets focus back.
  const refocus = useRef<DocumentId | null>(null);
  const order = pickedIds(draft);
  const total = order.length;
  const sectionName = (index: number) =>
    draft.sections[index]?.title.trim() || t('dossier.sections.untitled', { number: index + 1 });
  const choices = draft.sections.map((section, index) => ({
    key: section.key,
    label: sectionName(index),
  }));

  useEffect(() => {
    if (refocus.current === null) return;
    document.querySelector<HTMLElement>(handleSelector(refocus.current))?.focus();
    refocus.current = null;
  }, [draft]);

  const moved = (next: DossierDraft, id: DocumentId, focus: boolean) => {
    onChange(next);
    const place = locate(next, id);
    if (!place) return;
    setAnnouncement(
      t('dossier.order.moved', {
        title: documents.get(id)?.title ?? '',
        position: pickedIds(next).indexOf(id) + 1,
        total,
        section:
          next.sections[place.sectionIndex]?.title.trim() ||
          t('dossier.sections.untitled', { number: place.sectionIndex + 1 }),
      }),
    );
    if (focus) refocus.current = id;
  };

  const endDrag = () => {
    setDragging(null);
    setDropAt(null);
  };

  // Where each section starts in the whole bundle, for the rows' numbers.
  const offsets = draft.sections.map((_, index) =>
    draft.sections.slice(0, index).reduce((sum, section) => sum + section.documentIds.length, 0),
  );
  return (
    <section className="panel dossier-panel" aria-labelledby="dossier-order-title">
      <h2 id="dossier-order-title" className="panel__title">
        {t('dossier.order.title')} <span className="count">{total}</span>
      </h2>
      <p id="dossier-order-hint" className="field__hint">
        {t('dossier.order.hint')}
      </p>
      <div className="dossier-order__tools" role="group" aria-label={t('dossier.order.sortLabel')}>
        {SORT_CHOICES.map((choice) => (
          <Button key={choice} disabled={total < 2} onClick={() => props.onSort(choice)}>
            {t(`dossier.order.sort.${choice}`)}
          </Button>
        ))}
        <Button onClick={() => onChange(addSection(draft, ''))}>{t('dossier.sections.add')}</Button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {draft.sections.map((section, sectionIndex) => (
        <SectionCard
          key={section.key}
          sectionKey={section.key}
          number={sectionIndex + 1}
          count={section.documentIds.length}
          title={section.title}
          empty={section.documentIds.length === 0}
          canMoveUp={sectionIndex > 0}
          canMoveDown={sectionIndex < draft.sections.length - 1}
          canRemove={draft.sections.length > 1}
          accepting={dragging !== null}
          dropAtEnd={
            dropAt?.sectionKey === section.key && dropAt.index >= section.documentIds.length
          }
          onRename={(title) => onChange(renameSection(draft, section.key, title))}
          onMove={(delta) => onChange(moveSection(draft, section.key, delta))}
          onRemove={() => onChange(removeSection(draft, section.key))}
          onDragOver={setDropAt}
          onDrop={(target) => {
            if (dragging)
              moved(
                dropDocument(draft, dragging, target.sectionKey, target.index),
                dragging,
                false,
              );
            endDrag();
          }}
        >
          {section.documentIds.map((id, rowIndex) => {
            const document = documents.get(id);
            if (!document) return null;
            const marker =
              dropAt?.sectionKey === section.key && dropAt.index === rowIndex && dragging !== id
                ? 'before'
                : null;
            return (
              <PickedDocumentRow
                key={id}
                document={document}
                position={(offsets[sectionIndex] ?? 0) + rowIndex + 1}
                total={total}
                rowIndex={rowIndex}
                dropMarker={marker}
                dragging={dragging === id}
                canMoveUp={canMoveBy(draft, id, -1)}
                canMoveDown={canMoveBy(draft, id, 1)}
                sectionKey={section.key}
                sections={choices}
                password={props.passwords.get(id) ?? ''}
                passwordOpen={props.passwordOpen.has(id)}
                excludedAs={props.excluded.get(id) ?? null}
                onMove={(delta) => moved(moveBy(draft, id, delta), id, true)}
                onSection={(key) => {
                  const target = draft.sections.find((candidate) => candidate.key === key);
                  if (target)
                    moved(moveDocument(draft, id, key, target.documentIds.length), id, true);
                }}
                onUnpick={() => onChange(togglePicked(draft, id, false))}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  // Some data is needed for Chromium to start the drag; the id itself stays in state.
                  event.dataTransfer.setData('text/plain', document.title);
                  setDragging(id);
                }}
                onDragEnd={endDrag}
                onPassword={(password) => props.onPassword(id, password)}
                onTogglePassword={() => props.onTogglePassword(id)}
              />
            );
          })}
        </SectionCard>
      ))}
    </section>
  );
}
