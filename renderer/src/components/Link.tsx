import type { AnchorHTMLAttributes } from 'react';
import { hrefOf, useNavigate, type Route } from '../app/route';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  to: Route;
}

/**
 * Navigation is a link for assistive tech and the keyboard (Enter), but routing is app state:
 * the hash href is never followed, so nothing is loaded.
 */
export function Link({ to, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  return (
    <a
      {...rest}
      href={hrefOf(to)}
      onClick={(event) => {
        // Modifier clicks too: the shell opens no second window, and a new tab has no bridge.
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
