import { Button, Form, Input } from 'antd';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { Navigate, useNavigate } from 'react-router';
import { useOperatorLogin, type OperatorLoginBody } from '../api/operator-login';
import { applyFieldErrors, ErrorAlert, PageSpinner, useNextPath, useSession } from '../deps';

export default function OpsLogin() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const next = useNextPath('/ops', '/ops/onboarding');
  const [form] = Form.useForm<OperatorLoginBody>();
  const login = useOperatorLogin();

  if (session.isPending) return <PageSpinner />;
  if (session.data?.actor?.kind === 'operator') return <Navigate to={next} replace />;

  const submit = (values: OperatorLoginBody) =>
    login.mutate(values, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => applyFieldErrors(form, error),
    });

  const required = { required: true, message: t('validation.required') };
  return (
    <Card title={t('auth.opsSignInTitle')}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <ErrorAlert error={login.error} />
        <Form.Item name="username" label={t('auth.username')} rules={[required]}>
          <Input autoComplete="username" data-testid="ops-username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[required]}>
          <Input.Password autoComplete="current-password" data-testid="ops-password" />
        </Form.Item>
        <Form.Item
          name="totp"
          label={t('auth.totp')}
          extra={t('auth.totpHint')}
          rules={[required, { pattern: /^\d{6}$/, message: t('validation.totp') }]}
        >
          <Input
            maxLength={6}
            inputMode="numeric"
            autoComplete="one-time-code"
            data-testid="ops-totp"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={login.isPending}
          data-testid="ops-login-submit"
        >
          {t('auth.signIn')}
        </Button>
      </Form>
    </Card>
  );
}
