import { Form, Switch } from 'antd';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { NativeSelect } from '../../../components/NativeSelect';
import { NumberInput } from '../../../components/NumberInput';
import { TagsInput } from '../../../components/TagsInput';
import { useTranslation } from '../../../i18n';
import type { PolicyKey } from '../deps';
import { policyFields, splitSeconds } from './policy-fields';

function SecondsHint({ name }: { name: PolicyKey }) {
  const { t } = useTranslation();
  const value = Form.useWatch(name) as number | null | undefined;
  if (typeof value !== 'number') return null;
  return <>{t('policy.duration', splitSeconds(value))}</>;
}

/**
 * One policy key as a form item by its spec: Switch, the browser's select, checkboxes, a tags box
 * or a number box: plain controls where antd's Select and InputNumber cost ~43 KB gzip here.
 */
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
    case 'multiple': {
      const options = spec.options.map((value) => ({
        value,
        label: t(`policy.option.${value}`),
      }));
      return (
        <Form.Item name={name} label={label}>
          {spec.kind === 'multiple' ? (
            <CheckboxGroup data-testid={testId} aria-label={label} options={options} />
          ) : (
            <NativeSelect
              data-testid={testId}
              aria-label={label}
              options={options}
              style={{ minWidth: 240, maxWidth: 420 }}
            />
          )}
        </Form.Item>
      );
    }
    case 'tags':
      return (
        <Form.Item name={name} label={label} extra={t('policy.tagsHint')}>
          <TagsInput style={{ maxWidth: 600 }} data-testid={testId} aria-label={label} />
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
          <NumberInput
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
