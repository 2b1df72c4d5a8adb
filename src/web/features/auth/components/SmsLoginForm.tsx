import { LockOutlined, MobileOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { useTranslation } from '../../../i18n';
import { useSendSmsCode } from '../api/send-sms-code';
import { useVerifySmsCode } from '../api/verify-sms-code';
import type { AccountRole } from '../api/start-qr';
import { applyFieldErrors, ErrorAlert, useCountdown } from '../deps';

interface Values {
  mobile: string;
  code: string;
}

const mobilePattern = /^1[3-9]\d{9}$/;

/** Mobile number + 6-digit SMS code; `onSignedIn` runs once the session is set. */
export function SmsLoginForm({ role, onSignedIn }: { role: AccountRole; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<Values>();
  const [cooldown, startCooldown] = useCountdown();
  const send = useSendSmsCode();
  const verify = useVerifySmsCode();

  const sendCode = async () => {
    const { mobile } = await form.validateFields(['mobile']);
    send.mutate(
      { mobile, role },
      {
        onSuccess: (reply) => {
          startCooldown(reply.cooldownSeconds);
          void message.success(t('auth.codeSent'));
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const submit = (values: Values) =>
    verify.mutate(
      { ...values, role },
      { onSuccess: onSignedIn, onError: (error) => applyFieldErrors(form, error) },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <ErrorAlert error={send.error ?? verify.error} />
      <Form.Item
        name="mobile"
        label={t('auth.mobile')}
        rules={[
          { required: true, message: t('validation.required') },
          { pattern: mobilePattern, message: t('validation.mobile') },
        ]}
      >
        <Input
          prefix={<MobileOutlined />}
          maxLength={11}
          inputMode="numeric"
          autoComplete="tel"
          placeholder={t('auth.mobilePlaceholder')}
          data-testid="login-mobile"
        />
      </Form.Item>
      <Form.Item label={t('auth.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="code"
            noStyle
            rules={[
              { required: true, message: t('validation.required') },
              { pattern: /^\d{6}$/, message: t('validation.smsCode') },
            ]}
          >
            <Input
              prefix={<LockOutlined />}
              maxLength={6}
              inputMode="numeric"
              autoComplete="one-time-code"
              placeholder={t('auth.codePlaceholder')}
              data-testid="login-code"
            />
          </Form.Item>
          <Button
            onClick={() => void sendCode().catch(() => undefined)}
            disabled={cooldown > 0}
            loading={send.isPending}
            data-testid="login-send-code"
          >
            {cooldown > 0 ? t('auth.resendIn', { seconds: cooldown }) : t('auth.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={verify.isPending}
        data-testid="login-submit"
      >
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
