import { useTranslation } from 'react-i18next';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../../shared/domain/annotation';

interface ColorSwatchesProps {
  /** The colour now chosen, shown pressed; none when picking a colour creates something. */
  value?: AnnotationColor;
  disabled?: boolean;
  /** What a swatch's name reads as ("Highlight in yellow" or just "Yellow"). */
  labelKey: 'annotations.highlightIn' | 'annotations.colorIs';
  onPick: (color: AnnotationColor) => void;
}

export function ColorSwatches({ value, disabled, labelKey, onPick }: ColorSwatchesProps) {
  const { t } = useTranslation();
  return (
    <div className="color-swatches">
      {ANNOTATION_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className="color-swatch"
          data-color={color}
          aria-label={t(labelKey, { color: t(`annotations.colors.${color}`) })}
          title={t(`annotations.colors.${color}`)}
          aria-pressed={value === undefined ? undefined : value === color}
          disabled={disabled}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
