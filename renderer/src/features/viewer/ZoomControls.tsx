import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton';
import type { ZoomPreset } from './usePdfViewer';

const PRESETS: readonly ZoomPreset[] = ['auto', 'page-fit', 'page-width', 'page-actual'];
const PERCENTS = [50, 75, 100, 125, 150, 200, 300, 400] as const;

interface ZoomControlsProps {
  scaleValue: string;
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onZoom: (value: ZoomPreset | number) => void;
  onRotate: (degrees: 90 | -90) => void;
}

/** Zoom out / choose / in, and rotation of every page (as pdf.js's own viewer does). */
export function ZoomControls({
  scaleValue,
  scale,
  onZoomIn,
  onZoomOut,
  onZoom,
  onRotate,
}: ZoomControlsProps) {
  const { t } = useTranslation();
  const percent = Math.round(scale * 100);
  const isPreset = (PRESETS as readonly string[]).includes(scaleValue);
  const isListed = (PERCENTS as readonly number[]).includes(percent);
  const selected = isPreset ? scaleValue : String(percent);

  return (
    <div className="viewer-toolbar__group">
      <IconButton label={t('viewer.zoomOut')} icon="−" onClick={onZoomOut} />
      <label>
        <span className="visually-hidden">{t('viewer.zoom')}</span>
        <select
          className="viewer-toolbar__zoom"
          value={selected}
          onChange={(event) => {
            const value = event.target.value;
            onZoom(
              (PRESETS as readonly string[]).includes(value)
                ? (value as ZoomPreset)
                : Number(value) / 100,
            );
          }}
        >
          {PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`viewer.zoomPresets.${preset}`)}
            </option>
          ))}
          {!isPreset && !isListed && <option value={String(percent)}>{percent}%</option>}
          {PERCENTS.map((value) => (
            <option key={value} value={String(value)}>
              {value}%
            </option>
          ))}
        </select>
      </label>
      <IconButton label={t('viewer.zoomIn')} icon="+" onClick={onZoomIn} />
      <IconButton
        label={t('viewer.rotateCounterClockwise')}
        icon="↺"
        onClick={() => onRotate(-90)}
      />
      <IconButton label={t('viewer.rotateClockwise')} icon="↻" onClick={() => onRotate(90)} />
    </div>
  );
}
