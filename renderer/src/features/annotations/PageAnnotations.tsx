import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { AnnotationId } from '../../../../shared/domain/ids';
import { pagePointToPercent, pageRectToPercent, type PageGeometry } from './annotationGeometry';

interface PageAnnotationsProps {
  annotations: readonly Annotation[];
  geometry: PageGeometry;
  selectedId: AnnotationId | null;
  onSelect: (id: AnnotationId) => void;
}

const percent = (value: number) => `${value}%`;

/**
 * One page's highlights and sticky comments, placed in percentages of the shown page so they
 * follow pdf.js's CSS zoom too. Highlights let clicks and selection through to the text layer
 * (a click on one is found by position, see `useAnnotationClicks`); comment pins are buttons.
 */
export function PageAnnotations({
  annotations,
  geometry,
  selectedId,
  onSelect,
}: PageAnnotationsProps) {
  const { t } = useTranslation();
  return (
    <>
      {annotations.map((annotation) => {
        const selected = annotation.id === selectedId;
        if (annotation.kind === 'comment' && annotation.point) {
          const at = pagePointToPercent(annotation.point, geometry);
          return (
            <button
              key={annotation.id}
              type="button"
              className="annotation-pin"
              data-annotation-id={annotation.id}
              data-color={annotation.color}
              aria-pressed={selected}
              aria-label={t('annotations.pinLabel', { comment: annotation.comment ?? '' })}
              title={annotation.comment ?? undefined}
              style={{ left: percent(at.x), top: percent(at.y) }}
              onClick={(event) => {
                event.stopPropagation();
                onSelect(annotation.id);
              }}
            />
          );
        }
        return (
          <div
            key={annotation.id}
            className={['annotation-highlight', selected && 'annotation-highlight--selected']
              .filter(Boolean)
              .join(' ')}
            data-annotation-id={annotation.id}
            data-color={annotation.color}
          >
            {annotation.rects.map((rect, index) => {
              const box = pageRectToPercent(rect, geometry);
              return (
                <div
                  // A highlight's line boxes have no identity but their order.
                  key={index}
                  className="annotation-highlight__rect"
                  style={{
                    left: percent(box.left),
                    top: percent(box.top),
                    width: percent(box.width),
                    height: percent(box.height),
                  }}
                />
              );
            })}
          </div>
        );
      })}
    </>
  );
}
