import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex, Radio, Space } from 'antd';
import { Alert } from '../../../components/Alert';
import { Stars } from '../../../components/Stars';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import {
  apiRequest,
  ErrorAlert,
  formatDate,
  formatFen,
  useSession,
  type MarketOrder,
  type MarketService,
  type Quote,
  type RatingsReply,
} from '../deps';

type Choice = {
  packageName: string;
  version: string;
  durationDays: number;
  priceFen: number;
  trial: boolean;
};

/**
 * 购买 / 授权 on the service page: online purchase picks a spec row, shows BEFORE paying what it
 * does to the current subscription, then goes to the cashier; without online purchase (xiaohongshu)
 * the merchant authorizes the app and settles outside the market.
 */
export function BuyPanel({ service }: { service: MarketService }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const merchant = session.data?.actor?.kind === 'merchant';
  const online = session.data?.policy.purchase === 'online';
  const rows: Choice[] = service.packages.flatMap((p) =>
    p.specs.map((s) => ({ packageName: p.name, ...s })),
  );
  const [pick, setPick] = useState(0);
  const choice = rows[pick];
  const quote = useQuery({
    queryKey: ['orders', 'quote', service.id, choice],
    enabled: merchant && online && !!choice && service.orderable,
    retry: false,
    queryFn: ({ signal }) =>
      apiRequest<Quote>(`/api/market/services/${service.id}/quote`, {
        signal,
        query: {
          packageName: choice.packageName,
          version: choice.version,
          durationDays: String(choice.durationDays),
        },
      }),
  });
  const buy = useMutation({
    mutationFn: () =>
      apiRequest<MarketOrder>('/api/market/orders', {
        method: 'POST',
        body: {
          serviceId: service.id,
          packageName: choice.packageName,
          version: choice.version,
          durationDays: choice.durationDays,
        },
      }),
    onSuccess: (o) => {
      if (o.cashierUrl) window.location.assign(o.cashierUrl);
      else void navigate(`/market/orders/${o.id}`);
    },
  });
  const use = useMutation({
    mutationFn: () =>
      apiRequest<{ launchUrl: string }>(`/api/market/services/${service.id}/use`, {
        method: 'POST',
      }),
    onSuccess: (r) => window.location.assign(r.launchUrl),
  });
  const ratings = useQuery({
    queryKey: ['orders', 'ratings', service.id],
    queryFn: ({ signal }) =>
      apiRequest<RatingsReply>(`/api/market/services/${service.id}/ratings`, { signal }),
  });

  return (
    <Card title={online ? t('orders.buy.title') : t('orders.buy.authorizeTitle')}>
      <Flex vertical gap={12}>
        {ratings.data && (
          <Space data-testid="rating-summary">
            <Stars value={ratings.data.average ?? 0} />
            <Typography.Text>
              {t('orders.ratings.summary', { count: ratings.data.count })}
            </Typography.Text>
          </Space>
        )}
        {!merchant && (
          <Button
            type="primary"
            onClick={() => void navigate(`/market/login?next=/market/services/${service.id}`)}
          >
            {t('orders.buy.signIn')}
          </Button>
        )}
        {merchant && online && (
          <>
            <Radio.Group
              value={pick}
              onChange={(e) => setPick(e.target.value as number)}
              data-testid="buy-specs"
            >
              <Flex vertical gap={4}>
                {rows.map((r, i) => (
                  <Radio key={i} value={i} data-testid={`buy-spec-${r.version}-${r.durationDays}`}>
                    {r.packageName} · {r.version} · {t('orders.days', { days: r.durationDays })} ·{' '}
                    {r.trial ? t('orders.trial') : `¥${formatFen(r.priceFen)}`}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
            {quote.data && (
              <Alert
                type={quote.data.forfeitDays > 0 ? 'warning' : 'info'}
                showIcon
                data-testid="buy-quote"
                title={t(`orders.kind.${quote.data.kind}`, {
                  until: formatDate(quote.data.validUntil),
                  days: quote.data.forfeitDays,
                })}
              />
            )}
            {quote.isError && <ErrorAlert error={quote.error} />}
            <Space>
              <Button
                type="primary"
                disabled={!service.orderable || !choice || quote.isError}
                loading={buy.isPending}
                onClick={() => buy.mutate()}
                data-testid="buy-now"
              >
                {t('orders.buy.now')}
              </Button>
              <Button
                loading={use.isPending}
                onClick={() => use.mutate()}
                data-testid="use-service"
              >
                {t('orders.use')}
              </Button>
            </Space>
          </>
        )}
        {merchant && !online && (
          <>
            <Typography.Text type="secondary">{t('orders.buy.offlineHint')}</Typography.Text>
            <Button
              type="primary"
              loading={use.isPending}
              onClick={() => use.mutate()}
              data-testid="authorize-service"
            >
              {t('orders.buy.authorize')}
            </Button>
          </>
        )}
        {buy.isError && <ErrorAlert error={buy.error} />}
        {use.isError && <ErrorAlert error={use.error} />}
      </Flex>
    </Card>
  );
}
