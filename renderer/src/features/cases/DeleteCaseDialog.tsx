import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case';
import { api } from '../../api';
import { useNavigate } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { caseKeys, refreshAfterChange } from './queries';

export function DeleteCaseDialog({
  detail,
  onCancel,
}: {
  detail: CaseDetail;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    // The route insists on `confirm: true`; this dialog is where the lawyer gave it.
    mutationFn: () => api.cases.delete({ id: detail.id, confirm: true }),
    onSuccess: async () => {
      navigate({ name: 'cases' });
      queryClient.removeQueries({ queryKey: caseKeys.detail(detail.id) });
      await refreshAfterChange(queryClient);
    },
  });
  return (
    <ConfirmDialog
      title={t('cases.page.deleteTitle')}
      body={<p>{t('cases.page.deleteBody', { title: detail.title })}</p>}
      confirmLabel={t('cases.page.deleteConfirm')}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onCancel={onCancel}
    />
  );
}
