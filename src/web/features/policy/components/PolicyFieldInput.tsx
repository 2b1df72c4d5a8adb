import { Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from '../../../i18n';
import type { PolicyKey } from '../deps';
import { policyFields, splitSeconds } from './policy-fields';

function SecondsHint({ name }: { name: PolicyKey }) {
  const { t } = useTranslation();
  const value = Form.useWatch(name) as number | null | undefined;
  if (typeof value !== 'number') return null;
  return <>{t('policy.duration', splitSeconds(value))}</>;
}

/** One policy key as a form item: Switch, Select, tags or InputNumber by its spec. */
export function PolicyFieldInput({ name }: { name: PolicyKey }) {
  const { t } = useTranslation();
  const { spec } = policyFields[name];
  const testId = `policy-${name}`;
  const label = t(`policy.field.${name}`);

  switch (spec.kind) {
    case 'switch':
      return (
        <Form.Item name={name} label={label} valuePropName="checked">
          <Switch data-testid={testId} />
        </Form.Item>
      );
    case 'select':
    case 'multiple':
      return (
        <Form.Item name={name} label={label}>
          <Select
            mode={spec.kind === 'multiple' ? 'multiple' : undefined}
            style={{ maxWidth: 420 }}
            data-testid={testId}
            options={spec.options.map((value) => ({
              value,
              label: t(`policy.option.${value}`),
            }))}
          />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item name={name} label={label} extra={t('policy.tagsHint')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，']}
            open={false}
            style={{ maxWidth: 600 }}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item
          name={name}
          label={label}
          extra={
            spec.unit === 'seconds' ? (
              <SecondsHint name={name} />
            ) : (
              spec.nullable && t('policy.nullableHint')
            )
          }
        >
          <InputNumber
            min={spec.min}
            max={spec.max}
            precision={0}
            placeholder={spec.nullable ? t('policy.unlimited') : undefined}
            suffix={t(`policy.unit.${spec.unit}`)}
            style={{ width: 240 }}
            data-testid={testId}
          />
        </Form.Item>
      );
  }
}
