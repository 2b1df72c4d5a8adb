import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';
import { OnboardingFieldsView } from '../deps';
import { toDraft, type WizardValues } from './wizard-values';

/** Step 4: everything entered, read-only, before "提交审核". */
export function WizardConfirmStep({ values }: { values: WizardValues }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t('onboarding.wizard.confirmHint')}
        style={{ marginBottom: 16 }}
      />
      <OnboardingFieldsView data={toDraft(values)} />
    </>
  );
}
