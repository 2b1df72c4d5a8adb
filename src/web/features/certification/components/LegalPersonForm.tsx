import { Button, Flex, Form } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { useSendLegalCode, type LegalIdentity } from '../api/send-legal-code';
import { useSubmitLegal } from '../api/submit-legal';
import { applyFieldErrors, ErrorAlert, useCountdown } from '../deps';

const l = 'certification.legal';
type Values = LegalIdentity & { code: string };

/** 法人认证: the legal representative confirms name, ID number and mobile with an SMS code. */
export function LegalPersonForm({ legalRepNameMasked }: { legalRepNameMasked: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const send = useSendLegalCode();
  const submit = useSubmitLegal();
  const [left, setLeft] = useCountdown();

  const sendCode = async () => {
    const v = await form.validateFields(['name', 'idNumber', 'mobile']);
    send.mutate(
      { name: v.name, idNumber: v.idNumber, mobile: v.mobile },
      {
        onSuccess: (r) => setLeft(r.cooldownSeconds),
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 480 }}
      onFinish={(v) => submit.mutate(v, { onError: (e) => applyFieldErrors(form, e) })}
    >
      <ErrorAlert error={send.error ?? submit.error} />
      <Form.Item
        name="name"
        label={t(`${l}.name`)}
        extra={t(`${l}.nameHint`, { name: legalRepNameMasked })}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input maxLength={50} data-testid="legal-name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t(`${l}.idNumber`)}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input maxLength={18} data-testid="legal-id-number" />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t(`${l}.mobile`)}
        rules={[{ required: true, message: t('validation.mobile') }]}
      >
        <Input maxLength={11} data-testid="legal-mobile" />
      </Form.Item>
      <Form.Item label={t(`${l}.code`)} required>
        <Flex gap={8}>
          <Form.Item
            name="code"
            noStyle
            rules={[{ required: true, message: t('validation.smsCode') }]}
          >
            <Input maxLength={6} data-testid="legal-code" />
          </Form.Item>
          <Button
            onClick={() => void sendCode()}
            disabled={left > 0}
            loading={send.isPending}
            data-testid="legal-send-code"
          >
            {left > 0 ? t(`${l}.resend`, { seconds: left }) : t(`${l}.sendCode`)}
          </Button>
        </Flex>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={submit.isPending}
        data-testid="cert-submit-legal"
      >
        {t(`${l}.submit`)}
      </Button>
    </Form>
  );
}
