import { CheckCircleTwoTone } from '@ant-design/icons';
import { Flex } from 'antd';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import type { AppScope } from '../deps';

const keys = {
  'shop:read': 'shop_read',
  'orders:read': 'orders_read',
  'subscription:read': 'subscription_read',
} as const satisfies Record<AppScope, string>;

/** Each scope as the merchant reads it: what the app will be able to do. */
export function ScopeList({ scopes }: { scopes: AppScope[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="consent-scopes">
      {scopes.map((s) => (
        <span key={s} data-testid={`consent-scope-${keys[s]}`}>
          <CheckCircleTwoTone twoToneColor="#52c41a" /> {t(`oauth.scope.${keys[s]}.title`)}
          <Typography.Text type="secondary">
            {' '}
            — {t(`oauth.scope.${keys[s]}.detail`)}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/** A scope's short name, for tables. */
export function useScopeTitle() {
  const { t } = useTranslation();
  return (s: AppScope) => t(`oauth.scope.${keys[s]}.title`);
}
