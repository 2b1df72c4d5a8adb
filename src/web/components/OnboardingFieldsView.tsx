import { Image } from './Image';
import { Descriptions } from './Descriptions';
import { Typography } from './Typography';
import { useTranslation } from '../i18n';
import type { OnboardingFields } from '../../contracts/onboarding';
import { onboardingFieldOrder, type OnboardingFieldName } from './onboarding-fields';

interface Props {
  data: Partial<OnboardingFields>;
  /** Per-field reasons of a rejection, shown in red under the value. */
  fieldReasons?: Record<string, string>;
  column?: number;
}

/** The onboarding fields as a read-only list (confirmation step, operator review). */
export function OnboardingFieldsView({ data, fieldReasons = {}, column = 2 }: Props) {
  const { t } = useTranslation();

  const render = (name: OnboardingFieldName) => {
    const value = data[name];
    if (value === undefined || value === null || value === '') return '—';
    switch (name) {
      case 'companyType':
        return t(`companyType.${data.companyType ?? 'other_enterprise'}`);
      case 'registeredCapitalWan':
        return t('onboarding.unit.wanYuan', { value });
      case 'licenceFileId':
        return <Image width={200} src={`/api/files/${encodeURIComponent(String(value))}`} />;
      default:
        return String(value);
    }
  };

  return (
    <Descriptions
      bordered
      size="small"
      column={column}
      items={onboardingFieldOrder.map((name) => ({
        key: name,
        label: t(`onboardingField.${name}`),
        span: name === 'licenceFileId' || name === 'address' ? column : 1,
        children: (
          <>
            {render(name)}
            {fieldReasons[name] && (
              <Typography.Paragraph type="danger" style={{ margin: 0 }}>
                {fieldReasons[name]}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
