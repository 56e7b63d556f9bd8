import { createContext, useContext } from 'react';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';

/** Screens behind the unlock screen. Plain state, not the URL: nothing to load, nothing to leak. */
export type Route =
  | { name: 'cases' }
  | { name: 'newCase' }
  | { name: 'case'; id: CaseId }
  | { name: 'upcoming' }
  /** The viewer; `page` is 1-based and opens the document there (search hits, later links). */
  | { name: 'document'; caseId: CaseId; id: DocumentId; page?: number };

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
  switch (route.name) {
    case 'case':
      return `#case/${route.id}`;
    case 'document':
      return `#document/${route.id}${route.page ? `?page=${route.page}` : ''}`;
    default:
      return `#${route.name}`;
  }
}
