import { useTranslation } from 'react-i18next';
import type { CaseFieldsInput } from '../../../../shared/domain/case';
import { api } from '../../api';
import { useNavigate } from '../../app/route';
import { ScreenHeading } from '../../components/Heading';
import { CaseForm } from './CaseForm';
import { emptyCaseValues, toCreateInput } from './caseFormValues';
import { useCaseMutation } from './queries';

export function CreateCaseScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCaseMutation((input: CaseFieldsInput) => api.cases.create(input));
  return (
    <div className="screen screen--form">
      <ScreenHeading>{t('cases.create.title')}</ScreenHeading>
      <CaseForm
        initial={emptyCaseValues}
        submitLabel={t('cases.create.submit')}
        busyLabel={t('cases.create.busy')}
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toCreateInput(values), {
            onSuccess: ({ id }) => navigate({ name: 'case', id }),
          })
        }
        onCancel={() => navigate({ name: 'cases' })}
      />
    </div>
  );
}
