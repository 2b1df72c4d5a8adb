import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form } from 'antd';
import { Input } from '../../../components/Input';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { applyFieldErrors, ErrorAlert, type AppBody, type AppScope, type AppView } from '../deps';
import { LogoUpload } from './LogoUpload';
import { scopeKey, scopeOptions } from './scopes';

interface Values {
  name: string;
  description?: string;
  logoFileId?: string | null;
  redirectUris: string[];
  scopes: AppScope[];
  webhookUrl?: string;
}

interface Props {
  initial?: AppView;
  submitText: string;
  /** Saves; a rejected promise with field errors marks the fields. */
  onSubmit: (body: AppBody) => Promise<unknown>;
}

const toBody = (v: Values): AppBody => ({
  name: v.name,
  description: v.description ?? '',
  logoFileId: v.logoFileId ?? null,
  redirectUris: v.redirectUris.map((u) => u.trim()),
  scopes: v.scopes,
  webhookUrl: v.webhookUrl?.trim() ? v.webhookUrl.trim() : null,
});

/** Register or edit an app: name, logo, description, redirect URIs, scopes, webhook URL. */
export function AppForm({ initial, submitText, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const required = { required: true, message: t('apps.required') };

  const submit = (values: Values) => {
    setError(null);
    setPending(true);
    onSubmit(toBody(values))
      .catch((e: unknown) => {
        setError(e);
        applyFieldErrors(form, e);
      })
      .finally(() => setPending(false));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark
      onFinish={submit}
      style={{ maxWidth: 720 }}
      initialValues={{
        name: initial?.name ?? '',
        description: initial?.description ?? '',
        logoFileId: initial?.logo?.id ?? null,
        redirectUris: initial?.redirectUris ?? [''],
        scopes: initial?.scopes ?? ['shop:read'],
        webhookUrl: initial?.webhookUrl ?? '',
      }}
    >
      <ErrorAlert error={error} />
      <Form.Item name="name" label={t('apps.field.name')} rules={[required]}>
        <Input maxLength={30} showCount data-testid="app-name" />
      </Form.Item>
      <Form.Item name="logoFileId" label={t('apps.field.logo')} extra={t('apps.logoHint')}>
        <LogoUpload />
      </Form.Item>
      <Form.Item name="description" label={t('apps.field.description')}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="app-description" />
      </Form.Item>
      <Form.Item label={t('apps.field.redirectUris')} required extra={t('apps.redirectHint')}>
        <Form.List name="redirectUris">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item
                    name={field.name}
                    rules={[required]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      placeholder="https://app.example.com/oauth/callback"
                      data-testid={`redirect-uri-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      aria-label={t('apps.removeUri')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              {fields.length < 5 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add('')}
                  data-testid="add-redirect-uri"
                >
                  {t('apps.addUri')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="scopes" label={t('apps.field.scopes')} rules={[required]}>
        <Checkbox.Group
          options={scopeOptions.map((s) => ({
            value: s,
            label: (
              <span data-testid={`scope-${scopeKey[s]}`}>{t(`apps.scope.${scopeKey[s]}`)}</span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="webhookUrl" label={t('apps.field.webhookUrl')} extra={t('apps.webhookHint')}>
        <Input placeholder="https://app.example.com/fuwu/webhooks" data-testid="app-webhook-url" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} data-testid="app-save">
        {submitText}
      </Button>
    </Form>
  );
}
