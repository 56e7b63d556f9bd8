import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen appears so keyboard and screen-reader users
 * land on the new content instead of on a button that no longer exists.
 */
export function ScreenHeading({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={['screen-heading', className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
