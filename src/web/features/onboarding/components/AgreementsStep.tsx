import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex } from 'antd';
import { List } from '../../../components/List';
import { Alert } from '../../../components/Alert';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { useAcceptAgreements } from '../api/accept-agreements';
import { ErrorAlert, useErrorText, type MyOnboardingReply } from '../deps';

const materials = [
  'licence',
  'creditCode',
  'legalRepId',
  'legalRepName',
  'contact',
  'companyFacts',
] as const;

type Agreement = MyOnboardingReply['agreements'][number];

/** Before anything is filled in: what to prepare, the agreements to accept, then "start". */
export function AgreementsStep({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const accept = useAcceptAgreements();
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(agreements.map((a) => [a.code, a.acceptedAt !== null])),
  );
  const allChecked = agreements.every((a) => checked[a.code]);

  const start = () =>
    accept.mutate(
      {
        accept: agreements
          .filter((a) => a.acceptedAt === null)
          .map((a) => ({ code: a.code, version: a.version })),
      },
      { onError: (error) => void message.error(errorText(error)) },
    );

  return (
    <Card title={t('onboarding.materials.title')}>
      <Typography.Paragraph type="secondary">
        {t('onboarding.materials.intro')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...materials]}
        renderItem={(key) => (
          <List.Item>
            <CheckCircleOutlined style={{ color: '#52c41a', marginRight: 8 }} />
            {t(`onboarding.materials.${key}`)}
          </List.Item>
        )}
        style={{ marginBottom: 16 }}
      />
      <Alert type="warning" showIcon title={t('auth.boundForLife')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={accept.error} />
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        {agreements.map((a) => (
          <Checkbox
            key={a.code}
            checked={checked[a.code]}
            disabled={a.acceptedAt !== null}
            onChange={(e) => setChecked((c) => ({ ...c, [a.code]: e.target.checked }))}
            data-testid={`agreement-${a.code}`}
          >
            {t('onboarding.agreements.readAndAccept')}{' '}
            <a href={a.url} target="_blank" rel="noreferrer">
              {t('onboarding.agreements.title', { title: a.title })}
            </a>{' '}
            <Typography.Text type="secondary">
              {t('onboarding.agreements.version', { version: a.version })}
            </Typography.Text>
          </Checkbox>
        ))}
      </Flex>
      <Flex gap={16} align="center" wrap>
        <Button
          type="primary"
          disabled={!allChecked}
          loading={accept.isPending}
          onClick={start}
          data-testid="start-onboarding"
        >
          {t('onboarding.agreements.start')}
        </Button>
        <Link to="/market/merchant-onboarding" data-testid="merchant-onboarding-link">
          {t('onboarding.agreements.merchantLink')}
        </Link>
      </Flex>
    </Card>
  );
}
