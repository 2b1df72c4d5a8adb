import { Avatar, Button, Flex, Space } from 'antd';
import { Result } from '../../../components/Result';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { AppstoreOutlined } from '@ant-design/icons';
import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../../i18n';
import { Navigate, useLocation } from 'react-router';
import { useConsent } from '../api/get-consent';
import { useDecide } from '../api/decide';
import { ScopeList } from '../components/ScopeList';
import { ErrorAlert, PageSpinner, useErrorText, useSession, type AuthorizeQuery } from '../deps';

const PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
] as const;

function Consent({ query }: { query: AuthorizeQuery }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const consent = useConsent(query);
  const decide = useDecide();
  const redirectTo = consent.data?.kind === 'redirect' ? consent.data.redirectTo : null;
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);

  if (consent.isPending || redirectTo) return <PageSpinner />;
  if (consent.isError)
    return (
      <Result
        status="error"
        title={t('oauth.errorTitle')}
        subTitle={<span data-testid="consent-error">{errorText(consent.error)}</span>}
      />
    );
  if (consent.data.kind !== 'consent') return null;
  const { app, provider, scopes, redirectUri, alreadyGranted } = consent.data;
  const answer = (decision: 'approve' | 'deny') =>
    decide.mutate(
      { ...query, decision },
      { onSuccess: (r) => window.location.assign(r.redirectTo) },
    );

  return (
    <Card style={{ maxWidth: 560, margin: '24px auto' }} data-testid="consent-card">
      <Flex vertical gap={16}>
        <Space size="middle">
          <Avatar
            shape="square"
            size={56}
            src={app.logoUrl ?? undefined}
            icon={<AppstoreOutlined />}
          />
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="consent-app">
              {app.name}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="consent-provider">
              {t('oauth.byProvider', { company: provider.companyName })}
            </Typography.Text>
          </div>
        </Space>
        <Typography.Text strong>{t('oauth.asks')}</Typography.Text>
        <ScopeList scopes={scopes} />
        <Typography.Text type="secondary">
          {t('oauth.redirectNote', { host: new URL(redirectUri).host })}
        </Typography.Text>
        {alreadyGranted && (
          <Typography.Text type="secondary">{t('oauth.alreadyGranted')}</Typography.Text>
        )}
        <ErrorAlert error={decide.error} />
        <Flex gap={12} justify="end">
          <Button
            onClick={() => answer('deny')}
            disabled={decide.isPending}
            data-testid="consent-deny"
          >
            {t('oauth.deny')}
          </Button>
          <Button
            type="primary"
            loading={decide.isPending}
            onClick={() => answer('approve')}
            data-testid="consent-approve"
          >
            {t('oauth.approve')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** The consent page an app sends a merchant to (`/oauth/authorize` forwards here). */
export default function ConsentPage() {
  const session = useSession();
  const location = useLocation();
  const query = useMemo(() => {
    const params = new URLSearchParams(location.search);
    const q: AuthorizeQuery = {};
    for (const k of PARAMS) {
      const v = params.get(k);
      if (v !== null) q[k] = v;
    }
    return q;
  }, [location.search]);
  if (session.isPending) return <PageSpinner />;
  if (session.data?.actor?.kind !== 'merchant') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/market/login?next=${next}`} replace />;
  }
  return <Consent query={query} />;
}
