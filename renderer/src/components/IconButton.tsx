import type { ReactNode } from 'react';
import { Button } from './Button';

interface IconButtonProps {
  /** Read by screen readers and shown as the tooltip: the glyph alone says nothing. */
  label: string;
  /** A symbol, hidden from assistive tech. */
  icon: ReactNode;
  disabled?: boolean;
  onClick: () => void;
}

export function IconButton({ label, icon, disabled, onClick }: IconButtonProps) {
  return (
    <Button
      variant="quiet"
      className="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{icon}</span>
    </Button>
  );
}
