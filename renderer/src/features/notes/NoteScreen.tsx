import { useTranslation } from 'react-i18next';
import type { CaseId, NoteId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { NoteWorkspace } from './NoteWorkspace';
import { useNote } from './queries';

/** One note of a case: loads it, then hands it to the editor, which owns it from then on. */
export function NoteScreen({ caseId, id }: { caseId: CaseId; id: NoteId }) {
  const { t } = useTranslation();
  const note = useNote(id);
  return (
    <div className="screen note-screen">
      <Link to={{ name: 'case', id: caseId }} className="back-link">
        {t('notes.backToCase')}
      </Link>
      <ErrorNotice error={note.error} />
      {!note.isFetchedAfterMount && !note.error && <p className="loading">{t('app.loading')}</p>}
      {/* The editor starts from the copy read now, never from an older cached one; later
          refetches do not reach it (it owns the text from then on). */}
      {note.data && note.isFetchedAfterMount && <NoteWorkspace note={note.data} />}
    </div>
  );
}
