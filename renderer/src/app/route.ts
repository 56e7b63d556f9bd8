import { createContext, useContext } from 'react';
import type { AnnotationId, CaseId, DocumentId, FactId, NoteId } from '../../../shared/domain/ids';

/** Screens behind the unlock screen. Plain state, not the URL: nothing to load, nothing to leak. */
export type Route =
  | { name: 'cases' }
  | { name: 'newCase' }
  | { name: 'case'; id: CaseId }
  | { name: 'upcoming' }
  /** Search across every case; `query` is what was typed, kept when coming back. */
  | { name: 'search'; query?: string }
  /**
   * The viewer; `page` is 1-based and opens the document there; `highlight` lists the words (as
   * written on the page) a search hit matched, marked in the viewer with next/previous.
   */
  | {
      name: 'document';
      caseId: CaseId;
      id: DocumentId;
      page?: number;
      highlight?: string[];
      /** An annotation to scroll to and mark (from a list of annotations or a search hit). */
      annotationId?: AnnotationId;
      /** Where "back" leads when that is not the case page (the search the hit came from). */
      back?: { name: 'search'; query?: string };
    }
  /** One note of a case, in the editor (issue 5). */
  | { name: 'note'; caseId: CaseId; id: NoteId }
  /** A case's chronology of facts; `factId` scrolls to and selects one fact (issue 5). */
  | { name: 'chronology'; caseId: CaseId; factId?: FactId }
  /** The dossier builder of a case: a court bundle PDF or a verifiable ZIP (issue 6). */
  | { name: 'dossier'; caseId: CaseId };

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
    case 'search':
      return '#search';
    case 'note':
      return `#note/${route.id}`;
    case 'chronology':
      return `#chronology/${route.caseId}`;
    case 'dossier':
      return `#dossier/${route.caseId}`;
    default:
      return `#${route.name}`;
  }
}
