interface ProgressBarProps {
  /** What is progressing, for screen readers ("Import progress"). */
  label: string;
  completed: number;
  /** 0 while the total is not known yet: the bar then moves without a value. */
  total: number;
  /** The value in words ("3 of 12 files"), read out instead of a bare number. */
  valueText: string;
}

/** A determinate bar once the total is known, an indeterminate one before. */
export function ProgressBar({ label, completed, total, valueText }: ProgressBarProps) {
  const known = total > 0;
  return (
    <div
      className="import-panel__bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      {...(known
        ? { 'aria-valuemax': total, 'aria-valuenow': completed, 'aria-valuetext': valueText }
        : {})}
    >
      <div
        className={known ? 'import-panel__fill' : 'import-panel__fill is-indeterminate'}
        style={known ? { width: `${(100 * completed) / total}%` } : {}}
      />
    </div>
  );
}
