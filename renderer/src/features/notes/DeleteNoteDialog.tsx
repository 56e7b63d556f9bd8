import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseId, NoteId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { useNavigate } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { noteKeys } from './queries';

interface DeleteNoteDialogProps {
  caseId: CaseId;
  id: NoteId;
  title: string;
  /** The autosave: pending edits go first (a failed delete keeps them), then nothing is left
   * for the screen's unmount to save into a deleted note. */
  autosave: { flush(): Promise<void>; discard(): void };
  onCancel: () => void;
}

export function DeleteNoteDialog({ caseId, id, title, autosave, onCancel }: DeleteNoteDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: async () => {
      await autosave.flush();
      return api.notes.remove({ id, confirm: true });
    },
    onSuccess: async () => {
      autosave.discard();
      navigate({ name: 'case', id: caseId });
      queryClient.removeQueries({ queryKey: noteKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: noteKeys.list(caseId) });
    },
  });
  return (
    <ConfirmDialog
      title={t('notes.deleteTitle')}
      body={<p>{t('notes.deleteBody', { title })}</p>}
      confirmLabel={t('notes.deleteConfirm')}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onCancel={onCancel}
    />
  );
}
