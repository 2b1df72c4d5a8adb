import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Alert } from '../../../components/Alert';
import { useMessage } from '../../../components/message';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useApp } from '../api/get-app';
import { useUpdateApp } from '../api/update-app';
import { AppForm } from '../components/AppForm';
import { AppStateTag } from '../components/AppStateTag';
import { CredentialsCard } from '../components/CredentialsCard';
import { DeliveryLog } from '../components/DeliveryLog';
import { SecretOnce } from '../components/SecretOnce';
import { ErrorAlert, PageSpinner } from '../deps';

/** One app: credentials (secret once after creation), settings, and the webhook delivery log. */
export default function AppDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = useMessage();
  const app = useApp(id);
  const update = useUpdateApp();
  const created = (location.state as { appSecret?: string } | null)?.appSecret ?? null;

  if (app.isPending) return <PageSpinner />;
  if (app.isError) return <ErrorAlert error={app.error} />;
  const a = app.data;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center">
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/provider/apps')}
            />
            {a.name}
            <AppStateTag state={a.state} />
          </Flex>
        }
      >
        {a.state === 'developing' && (
          <Alert type="info" showIcon title={t('apps.developingHint')} />
        )}
        {a.state === 'suspended' && (
          <Alert
            type="error"
            showIcon
            title={t('apps.suspendedHint', { reason: a.stateReason ?? '' })}
          />
        )}
        {a.state === 'online' && <Alert type="success" showIcon title={t('apps.onlineHint')} />}
      </Card>
      <CredentialsCard app={a} />
      <Card title={t('apps.settings')}>
        <AppForm
          key={a.updatedAt}
          initial={a}
          submitText={t('common.save')}
          onSubmit={(body) =>
            update.mutateAsync({ id, body }).then(() => void message.success(t('apps.saved')))
          }
        />
      </Card>
      <DeliveryLog appId={id} hasUrl={Boolean(a.webhookUrl)} />
      <SecretOnce
        secret={created}
        onClose={() => void navigate(location.pathname, { replace: true, state: null })}
      />
    </Flex>
  );
}
