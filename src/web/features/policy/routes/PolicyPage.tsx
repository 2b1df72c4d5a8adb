import { Button, Form } from 'antd';
import { Divider } from '../../../components/Divider';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { usePolicy } from '../api/get-policy';
import { useUpdatePolicy, type PolicyUpdate } from '../api/update-policy';
import { PolicyFieldInput } from '../components/PolicyFieldInput';
import { policyFields, policyKeys, policySections } from '../components/policy-fields';
import { applyFieldErrors, ErrorAlert, PageSpinner, type Policy } from '../deps';

function PolicyForm({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<PolicyUpdate>();
  const [error, setError] = useState<unknown>(null);
  const update = useUpdatePolicy();

  const save = (values: PolicyUpdate) => {
    setError(null);
    const body = Object.fromEntries(policyKeys.map((k) => [k, values[k] ?? null])) as PolicyUpdate;
    update.mutate(body, {
      onSuccess: (saved) => {
        form.setFieldsValue(saved);
        void message.success(t('policy.saved'));
      },
      onError: (e) => {
        setError(e);
        applyFieldErrors(form, e);
      },
    });
  };

  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ flex: '260px' }}
      labelWrap
      initialValues={policy}
      onFinish={save}
    >
      <ErrorAlert error={error} />
      {policySections.map((section) => (
        <div key={section}>
          <Divider>{t(`policy.section.${section}`)}</Divider>
          {policyKeys
            .filter((k) => policyFields[k].section === section)
            .map((k) => (
              <PolicyFieldInput key={k} name={k} />
            ))}
        </div>
      ))}
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="policy-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** Every marketplace policy key; the preset is the install's starting point, shown read-only. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const policy = usePolicy();
  if (policy.isPending) return <PageSpinner />;
  if (policy.isError) return <ErrorAlert error={policy.error} />;
  return (
    <Card
      title={t('ops.menu.policy')}
      extra={
        <span>
          {t('policy.preset')}{' '}
          <Tag color="blue" data-testid="policy-preset">
            {t(`policy.presetName.${policy.data.preset}`)}
          </Tag>
        </span>
      }
    >
      <Alert type="info" showIcon title={t('policy.intro')} style={{ marginBottom: 16 }} />
      <PolicyForm policy={policy.data} />
    </Card>
  );
}
