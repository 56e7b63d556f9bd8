import { createContext, useContext } from 'react';
import type { CaseId } from '../../../shared/domain/ids';

/** Screens behind the unlock screen. Plain state, not the URL: nothing to load, nothing to leak. */
export type Route =
  { name: 'cases' } | { name: 'newCase' } | { name: 'case'; id: CaseId } | { name: 'upcoming' };

export type Navigate = (route: Route) => void;

export const NavigationContext = createContext<{ route: Route; navigate: Navigate } | null>(null);

function useNavigation() {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigate outside NavigationContext');
  return navigation;
}

export const useNavigate = (): Navigate => useNavigation().navigate;
export const useRoute = (): Route => useNavigation().route;

/** A readable href for links (status bar, assistive tech); never followed. */
export function hrefOf(route: Route): string {
  return route.name === 'case' ? `#case/${route.id}` : `#${route.name}`;
}
