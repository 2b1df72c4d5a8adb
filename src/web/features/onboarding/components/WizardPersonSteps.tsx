import { Form } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';

/** Step 2: the legal representative. */
export function WizardLegalRepStep() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="legalRepName" label={t('onboardingField.legalRepName')} required>
        <Input maxLength={50} data-testid="field-legalRepName" />
      </Form.Item>
      <Form.Item
        name="legalRepIdNumber"
        label={t('onboardingField.legalRepIdNumber')}
        extra={t('onboarding.hint.idNumber')}
        required
      >
        <Input maxLength={18} autoComplete="off" data-testid="field-legalRepIdNumber" />
      </Form.Item>
    </>
  );
}

/** Step 3: who the platform contacts. */
export function WizardContactStep() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="contactName" label={t('onboardingField.contactName')} required>
        <Input maxLength={50} data-testid="field-contactName" />
      </Form.Item>
      <Form.Item name="contactMobile" label={t('onboardingField.contactMobile')} required>
        <Input maxLength={11} inputMode="numeric" data-testid="field-contactMobile" />
      </Form.Item>
      <Form.Item name="contactEmail" label={t('onboardingField.contactEmail')} required>
        <Input maxLength={200} inputMode="email" data-testid="field-contactEmail" />
      </Form.Item>
    </>
  );
}
