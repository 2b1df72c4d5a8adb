import { Button, Radio, Space } from 'antd';
import { Alert } from '../../../components/Alert';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useCheckEligibility, type EntityType } from '../api/check-eligibility';
import { isApiError, useErrorText } from '../deps';

const entityTypes: EntityType[] = ['enterprise', 'sole_proprietor', 'foreign'];
const rules = ['mediaAccount', 'violation', 'soleProprietor', 'foreign'] as const;

/** Who is applying: an ineligible applicant is told why before filling anything else. */
export function EligibilityStep({ reviewRequired }: { reviewRequired: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [entityType, setEntityType] = useState<EntityType>();
  const check = useCheckEligibility();

  return (
    <Card title={t('onboarding.eligibility.title')}>
      {reviewRequired ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('onboarding.eligibility.intro')}
          </Typography.Paragraph>
          <ul style={{ marginTop: 0 }}>
            {rules.map((r) => (
              <li key={r}>
                <Typography.Text type="secondary">
                  {t(`onboarding.eligibility.rule.${r}`)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('onboarding.eligibility.introDeveloper')}
        </Typography.Paragraph>
      )}
      <Radio.Group
        value={entityType}
        onChange={(e) => {
          setEntityType(e.target.value as EntityType);
          check.reset();
        }}
        style={{ marginBottom: 16 }}
      >
        <Space orientation="vertical">
          {entityTypes.map((value) => (
            <Radio key={value} value={value} data-testid={`entity-type-${value}`}>
              {t(`entityType.${value}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {check.isError && (
        <Alert
          type="error"
          showIcon
          title={t('onboarding.eligibility.refused')}
          description={errorText(check.error)}
          data-testid="eligibility-refusal"
          style={{ marginBottom: 16 }}
        />
      )}
      <div>
        <Button
          type="primary"
          disabled={!entityType || (check.isError && isApiError(check.error))}
          loading={check.isPending}
          onClick={() => entityType && check.mutate(entityType)}
          data-testid="eligibility-submit"
        >
          {t('onboarding.eligibility.submit')}
        </Button>
      </div>
    </Card>
  );
}
