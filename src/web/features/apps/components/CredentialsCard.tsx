import { Button } from 'antd';
import { CopyableText } from '../../../components/CopyableText';
import { Typography } from '../../../components/Typography';
import { Popconfirm } from '../../../components/Popconfirm';
import { Descriptions } from '../../../components/Descriptions';
import { useMessage } from '../../../components/message';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useRotateSecret } from '../api/rotate-secret';
import { formatDateTime, useErrorText, type AppView } from '../deps';
import { SecretOnce } from './SecretOnce';

/** App key (always), secret hint and rotation (the new secret shown once), webhook secret. */
export function CredentialsCard({ app }: { app: AppView }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const rotate = useRotateSecret(app.id);
  const [secret, setSecret] = useState<string | null>(null);

  const onRotate = () =>
    rotate.mutate(undefined, {
      onSuccess: (r) => setSecret(r.appSecret),
      onError: (e) => void message.error(errorText(e)),
    });

  return (
    <Card
      title={t('apps.credentials')}
      extra={
        <Popconfirm
          title={t('apps.rotateConfirm')}
          onConfirm={onRotate}
          okButtonProps={{ danger: true }}
        >
          <Button danger loading={rotate.isPending} data-testid="rotate-secret">
            {t('apps.rotate')}
          </Button>
        </Popconfirm>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'appKey',
            label: t('apps.appKey'),
            children: <CopyableText text={app.appKey} data-testid="app-key" />,
          },
          {
            key: 'secret',
            label: t('apps.appSecret'),
            children: (
              <span>
                <Typography.Text code>{app.secretHint}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('apps.secretSince', { at: formatDateTime(app.secretRotatedAt) })}
                </Typography.Text>
              </span>
            ),
          },
          {
            key: 'webhookSecret',
            label: t('apps.webhookSecret'),
            children: <CopyableText text={app.webhookSecret} />,
          },
        ]}
      />
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
