import { Form } from 'antd';
import { Input } from '../../../components/Input';
import { NativeSelect } from '../../../components/NativeSelect';
import { NumberInput } from '../../../components/NumberInput';
import { useTranslation } from '../../../i18n';
import { companyTypes } from '../deps';
import { LicenceUpload } from './LicenceUpload';

/** Today as YYYY-MM-DD in the visitor's time zone: a company is not founded in the future. */
function today(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Step 1: the company. Every field is required at submission (the server checks). */
interface Props {
  onLicenceUploaded: () => void;
  /** The file name of the licence already in the draft. */
  licenceName?: string;
}

export function WizardCompanyStep({ onLicenceUploaded, licenceName }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="companyName" label={t('onboardingField.companyName')} required>
        <Input maxLength={100} data-testid="field-companyName" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('onboardingField.creditCode')}
        extra={t('onboarding.hint.creditCode')}
        required
      >
        <Input maxLength={18} data-testid="field-creditCode" />
      </Form.Item>
      <Form.Item name="companyType" label={t('onboardingField.companyType')} required>
        <NativeSelect
          data-testid="field-companyType"
          placeholder={t('common.select')}
          style={{ width: '100%' }}
          options={companyTypes.map((value) => ({ value, label: t(`companyType.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="registeredCapitalWan"
        label={t('onboardingField.registeredCapitalWan')}
        required
      >
        <NumberInput
          min={0}
          max={100_000_000}
          style={{ width: '100%' }}
          suffix={t('onboarding.unit.wan')}
          data-testid="field-registeredCapitalWan"
        />
      </Form.Item>
      <Form.Item
        name="establishedOn"
        label={t('onboardingField.establishedOn')}
        required
        getValueProps={(value?: string | null) => ({ value: value ?? '' })}
      >
        <input
          type="date"
          className="fuwu-date"
          max={today()}
          style={{ width: '100%' }}
          data-testid="field-establishedOn"
        />
      </Form.Item>
      <Form.Item name="staffSize" label={t('onboardingField.staffSize')} required>
        <NumberInput
          min={0}
          max={10_000_000}
          precision={0}
          style={{ width: '100%' }}
          suffix={t('onboarding.unit.people')}
          data-testid="field-staffSize"
        />
      </Form.Item>
      <Form.Item name="address" label={t('onboardingField.address')} required>
        <Input maxLength={200} data-testid="field-address" />
      </Form.Item>
      <Form.Item
        name="licenceFileId"
        label={t('onboardingField.licenceFileId')}
        extra={t('onboarding.hint.licence')}
        required
      >
        <LicenceUpload onUploaded={onLicenceUploaded} initialName={licenceName} />
      </Form.Item>
    </>
  );
}
