import { CaseListScreen } from '../features/cases/CaseListScreen';
import { CasePage } from '../features/cases/CasePage';
import { CreateCaseScreen } from '../features/cases/CreateCaseScreen';
import { UpcomingScreen } from '../features/upcoming/UpcomingScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { ViewerScreen } from '../features/viewer/ViewerScreen';
import { NoteScreen } from '../features/notes/NoteScreen';
import { ChronologyScreen } from '../features/chronology/ChronologyScreen';
import { DossierScreen } from '../features/dossier/DossierScreen';
import type { Route } from './route';

/** The screens behind the unlock screen; `key` gives each case page fresh state. */
export function Screens({ route }: { route: Route }) {
  switch (route.name) {
    case 'cases':
      return <CaseListScreen />;
    case 'newCase':
      return <CreateCaseScreen />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'upcoming':
      return <UpcomingScreen />;
    case 'search':
      return <SearchScreen query={route.query ?? ''} />;
    case 'document':
      return (
        <ViewerScreen
          key={`${route.id}:${route.page ?? ''}`}
          caseId={route.caseId}
          id={route.id}
          page={route.page}
          highlight={route.highlight}
          annotationId={route.annotationId}
          back={route.back}
        />
      );
    case 'note':
      return <NoteScreen key={route.id} caseId={route.caseId} id={route.id} />;
    case 'chronology':
      return (
        <ChronologyScreen
          key={`${route.caseId}:${route.factId ?? ''}`}
          caseId={route.caseId}
          factId={route.factId}
        />
      );
    case 'dossier':
      return <DossierScreen key={route.caseId} caseId={route.caseId} />;
  }
}
