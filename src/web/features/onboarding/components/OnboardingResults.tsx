import { ClockCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Alert } from '../../../components/Alert';
import { Result } from '../../../components/Result';
import { Typography } from '../../../components/Typography';
import { Trans, useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import { formatDate, isOnboardingField, useSession, type MyOnboardingReply } from '../deps';

/** Submitted, waiting for an operator: when to expect the answer and how it arrives. */
export function SubmittedResult({ expectedBy }: { expectedBy: string | null }) {
  const { t } = useTranslation();
  const policy = useSession().data?.policy;
  return (
    <Result
      status="info"
      icon={<ClockCircleOutlined />}
      title={t('onboarding.submitted.title')}
      subTitle={
        <Trans
          i18nKey="onboarding.submitted.text"
          values={{
            date: formatDate(expectedBy),
            min: policy?.onboardingReviewDaysMin ?? 3,
            max: policy?.onboardingReviewDaysMax ?? 5,
            channel: t(`channel.${policy?.onboardingResultChannel ?? 'sms'}`),
          }}
          components={{ date: <Typography.Text strong data-testid="expected-by" /> }}
        />
      }
    />
  );
}

export function ApprovedResult({ reviewRequired }: { reviewRequired: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('onboarding.approved.title')}
      subTitle={
        reviewRequired ? t('onboarding.approved.text') : t('onboarding.approved.textDeveloper')
      }
      extra={
        <Button type="primary" onClick={() => void navigate('/provider')}>
          {t('onboarding.approved.home')}
        </Button>
      }
    />
  );
}

/** The account itself may not onboard (media/government account, open violation, ...). */
export function RefusalResult({ refusal }: { refusal: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('onboarding.eligibility.refused')}
      extra={<Alert type="error" showIcon title={refusal} data-testid="eligibility-refusal" />}
    />
  );
}

type Latest = NonNullable<NonNullable<MyOnboardingReply['application']>['latest']>;

/** Why the last submission was rejected: the general reason and one line per field. */
export function RejectionAlert({ latest }: { latest: Latest }) {
  const { t } = useTranslation();
  const entries = Object.entries(latest.fieldReasons);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rejection-reasons"
      style={{ marginBottom: 16 }}
      title={t('onboarding.rejected.title')}
      description={
        <>
          {latest.reason && <Typography.Paragraph>{latest.reason}</Typography.Paragraph>}
          {entries.length > 0 && (
            <ul style={{ margin: 0 }}>
              {entries.map(([field, reason]) => (
                <li key={field}>
                  {t('common.fieldLine', {
                    field: isOnboardingField(field) ? t(`onboardingField.${field}`) : field,
                    reason,
                  })}
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary">{t('onboarding.rejected.hint')}</Typography.Text>
        </>
      }
    />
  );
}
